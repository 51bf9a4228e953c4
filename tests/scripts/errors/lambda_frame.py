f = lambda x: x / 0
def g():
    return f(1)
g()
