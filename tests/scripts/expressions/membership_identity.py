# in / not in / is / is not.
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print('ell' in 'hello', 'z' not in 'hello', '' in 'abc')
print('a' in {'a': 1}, 1 in {'a': 1}, 3 in (1, 2, 3), 5 in range(10), 10 in range(10))
print(4 in range(0, 10, 2), 5 in range(0, 10, 2))
x = None
print(x is None, x is not None)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(True is True, (1 == 1) is True)
print(id(a) == id(b), id(a) == id(c))
print([1] in [[1], [2]], (1, 2) in [(1, 2)])
print(1.0 in [1], 'A' in 'abc')
