# KeyError and friends on dicts, caught and inspected.
d = {'a': 1, (1, 2): 'pair', 3: 'three'}
for key in ['a', 'b', (1, 2), (2, 1), 3, 3.0, 4]:
    try:
        print(repr(key), '->', d[key])
    except KeyError as e:
        print(repr(key), 'missing:', e, e.args)
try:
    d.pop('zzz')
except KeyError as e:
    print('pop missing:', repr(e))
try:
    d[['list']] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del d['nope']
except KeyError as e:
    print('del missing:', e)
print(d.get('x', 'fallback'))
print(len(d), d)
