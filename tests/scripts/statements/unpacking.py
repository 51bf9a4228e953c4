# Tuple and list unpacking, including starred and nested targets.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, *rest = [1, 2, 3, 4]
print(h, rest)
*init, last = range(5)
print(init, last)
first, *mid, end = 'abcde'
print(first, mid, end)
one, *none = [1]
print(one, none)
for k, v in [('a', 1), ('b', 2)]:
    print(k, v)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x + y)
m, n = {'p': 1, 'q': 2}
print(m, n)
t = 1,
print(t)
u, = [42]
print(u)
lst = [0, 0]
lst[0], lst[1] = 'L', 'R'
print(lst)
i = 0
i, lst[i] = 1, 'changed'
print(i, lst)
