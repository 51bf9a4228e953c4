# Chained assignment binds every target to the same object.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p = q = 1, 2
print(p, q)
d = {}
d['k'] = e = d2 = 'v'
print(d, e, d2)
i = l = [0, 0, 0]
i[0] = l[1] = 7
print(i)
