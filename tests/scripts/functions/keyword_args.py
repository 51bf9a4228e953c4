# Mixing positional and keyword arguments.
def f(a, b, c):
    return 'a=' + str(a) + ' b=' + str(b) + ' c=' + str(c)
print(f(1, 2, 3))
print(f(1, c=3, b=2))
print(f(c='C', a='A', b='B'))
def g(x, y=0, *, z=0):
    return x * 100 + y * 10 + z
print(g(1), g(1, 2), g(1, z=3), g(x=1, y=2, z=3))
def order(**kw):
    return list(kw)
print(order(b=1, a=2, c=3))
