# * and ** unpacking at call sites.
def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw
args = [1, 2]
print(f(*args))
print(f(*args, 3, 4))
print(f(*'xy'))
print(f(*(1, 2, 3, 4, 5)))
print(f(*range(3)))
opts = {'c': 30, 'extra': True}
print(f(1, 2, **opts))
print(f(**{'a': 'A', 'b': 'B'}))
print(f(0, *[1], *[2, 3], **{'x': 1}, **{'y': 2}))
print(f(*[1], b=2, **{'c': 3}))
print(max(*[3, 9, 4]), print(*['a', 'b'], sep='|'))
