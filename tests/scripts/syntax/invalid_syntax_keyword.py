x = 5
def = 3
