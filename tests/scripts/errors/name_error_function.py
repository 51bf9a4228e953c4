def compute():
    return totl + 1
count = 5
compute()
