# **kwargs collects extra keyword arguments into an ordered dict.
def f(**kw):
    return kw
print(f(), f(a=1), f(z=1, a=2, m=3))
def g(a, *args, b=0, **kw):
    return a, args, b, kw
print(g(1, 2, 3, b=4, c=5, d=6))
print(g(a=9))
def describe(name, **attrs):
    parts = []
    for k, v in attrs.items():
        parts.append(k + '=' + repr(v))
    return name + '(' + ', '.join(parts) + ')'
print(describe('point', x=1, y=2.5, label='p'))
kw = f(q=1)
kw['r'] = 2
print(kw, type(kw))
