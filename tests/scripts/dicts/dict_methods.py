# get, items, keys, values, pop, setdefault, update.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 'default'))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop('a'), d, d.pop('missing', 'fallback'))
print(d.setdefault('b', 99), d.setdefault('c', []), d)
d.setdefault('c', []).append('x')
print(d)
d.update({'b': 'new', 'd': 4})
print(d)
d.update(e=5)
d.update([('f', 6)])
print(d)
print(len(d.keys()), 'b' in d.keys(), 4 in d.values(), ('e', 5) in d.items())
for k, v in d.items():
    print(k, '->', v)
