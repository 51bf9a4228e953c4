def remainder(x, y):
    return x % y
print(remainder(7, 3))
print(remainder(7, 0))
