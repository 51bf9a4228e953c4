def compute(total):
    return totl + 1
compute(5)
