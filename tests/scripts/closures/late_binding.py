# Closures capture variables, not values.
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print(funcs[0](), funcs[1](), funcs[2]())
funcs = []
for i in range(3):
    def g(i=i):
        return i
    funcs.append(g)
print(funcs[0](), funcs[1](), funcs[2]())
def make_adders():
    adders = []
    for n in [10, 20]:
        adders.append(lambda x, n=n: x + n)
    return adders
a10, a20 = make_adders()
print(a10(1), a20(1))
def outer():
    x = 'before'
    def read():
        return x
    x = 'after'
    return read
print(outer()())
