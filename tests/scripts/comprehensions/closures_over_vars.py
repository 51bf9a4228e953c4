funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[k](10) for k in adders])
late = {n: (lambda x: x + n) for n in range(3)}
print([late[k](10) for k in late])


def make_multipliers():
    return [lambda x, k=k: x * k for k in (2, 3, 4)]


print([m(5) for m in make_multipliers()])
nested = [[lambda: (r, c) for c in range(2)] for r in range(2)]
print([[fn() for fn in row] for row in nested])
