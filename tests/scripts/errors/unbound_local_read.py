def f(flag):
    if flag:
        value = 'set'
    return value
print(f(True))
print(f(False))
