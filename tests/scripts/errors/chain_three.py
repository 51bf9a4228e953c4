def a():
    return 1 / 0
def b():
    try:
        a()
    except ZeroDivisionError as e:
        raise ValueError('b failed') from e
def c():
    try:
        b()
    except ValueError:
        raise KeyError('c failed')
c()
