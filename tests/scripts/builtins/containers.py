# list, tuple and dict constructors.
print(list(), list('abc'), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}))
print(tuple(), tuple('ab'), tuple([1, 2]), tuple(range(2)))
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=0))
original = [1, 2]
copy = list(original)
copy.append(3)
print(original, copy, copy is original)
print(dict(zip('abc', range(3))))
print(list(dict(a=1).items()), tuple({'q': 0}.keys()))
