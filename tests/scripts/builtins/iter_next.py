# iter and next.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
s = iter('hé')
print(next(s), next(s))
try:
    next(s)
except StopIteration as e:
    print('StopIteration', e.args)
d = iter({'a': 1, 'b': 2})
print(next(d), list(d))
r = iter(range(3))
print(list(r), list(r))
t = iter((9, 8))
for x in t:
    print('loop', x)
z = iter(zip('ab', [1, 2]))
print(next(z))
e = enumerate('xy')
print(next(e), next(e), next(e, 'end'))
it2 = iter([1, 2, 3, 4])
for x in it2:
    print('first', x, 'second', next(it2))
