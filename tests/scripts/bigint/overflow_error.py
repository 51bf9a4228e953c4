# An uncaught OverflowError converting a huge int to float.
def ratio(n):
    return n * 0.5


print(ratio(2 ** 1000) > 0)
print(ratio(2 ** 1024))
