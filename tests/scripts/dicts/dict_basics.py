# Dict creation, lookup, update, ordering.
d = {'b': 2, 'a': 1}
d['c'] = 3
d['b'] = 20
print(d, len(d), d['a'])
print('a' in d, 'z' in d, 20 in d)
d2 = {1: 'int', 1.5: 'float', (1, 2): 'tuple', None: 'none', True: 'bool'}
print(d2)
print({'x': 1} == {'x': 1}, {'x': 1, 'y': 2} == {'y': 2, 'x': 1})
del d['b']
d['b'] = 'back at the end'
print(d)
nested = {'outer': {'inner': [1, 2]}}
print(nested['outer']['inner'][1])
print({}, dict(), {'k': {}})
