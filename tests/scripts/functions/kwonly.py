# Keyword-only parameters after * or *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=4, b=5))
def g(*args, sep='-', end=''):
    return sep.join(args) + end
print(g('a', 'b', 'c'))
print(g('a', 'b', sep='+', end='.'))
def h(x, *, flag=False):
    return x if not flag else -x
print(h(5), h(5, flag=True))
