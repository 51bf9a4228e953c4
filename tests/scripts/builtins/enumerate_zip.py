# enumerate and zip.
for i, c in enumerate('abc'):
    print(i, c)
for i, c in enumerate(['x', 'y'], 1):
    print(i, c)
print(list(enumerate([])), list(enumerate('ab', start=10)))
for a, b in zip([1, 2, 3], 'xyz'):
    print(a, b)
print(list(zip([1, 2, 3], ['a', 'b'])))
print(list(zip()), list(zip('ab')), list(zip('ab', 'cd', 'ef')))
names = ['a', 'b']
scores = [90, 80]
print(dict(zip(names, scores)))
for i, (n, s) in enumerate(zip(names, scores)):
    print(i, n, s)
