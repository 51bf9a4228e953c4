# Assignment to subscript targets.
l = [1, 2, 3]
l[0] = 'a'
l[-1] = 'c'
print(l)
d = {}
d['x'] = 1
d[(1, 2)] = 'tuple key'
d[3] = [4]
d[3][0] += 10
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] = 5
print(grid)
nested = {'a': {'b': [1, 2]}}
nested['a']['b'][1] = 'deep'
print(nested)
keys = ['k1', 'k2']
counts = {}
for k in keys + keys + ['k1']:
    counts[k] = counts.get(k, 0) + 1
print(counts)
