# Messages for bad calls to def'd functions.
def show(f):
    try:
        f()
    except TypeError as e:
        print(e)
def two(a, b):
    return a + b
def kw(a, *, key):
    return a
def opt(a, b=1, *args, c, **kw):
    return a
show(lambda: two(1))
show(lambda: two())
show(lambda: two(1, 2, 3))
show(lambda: two(1, c=2))
show(lambda: two(1, a=2))
show(lambda: kw(1))
show(lambda: kw(1, 2))
show(lambda: kw(1, 2, key=3))
show(lambda: opt())
show(lambda: opt(1))
show(lambda: two(*[1, 2, 3]))
show(lambda: two(**{'a': 1, 'b': 2, 'z': 3}))
show(lambda: (lambda: 0)(1))
show(lambda: (lambda x: 0)())
