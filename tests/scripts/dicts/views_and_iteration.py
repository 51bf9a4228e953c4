# Iterating over dicts and their views.
d = {'x': 1, 'y': 2, 'z': 3}
keys = []
for k in d:
    keys.append(k)
print(keys)
total = 0
for v in d.values():
    total += v
print(total)
print(sorted(d, reverse=True), max(d), min(d.values()))
print(list(zip(d.keys(), d.values())))
print(dict(d.items()) == d)
inverse = {}
for k, v in d.items():
    inverse[v] = k
print(inverse)
print(tuple(d), list(enumerate(d)))
copy = dict(d)
copy['w'] = 0
print(d, copy)
