# hash() of frozensets follows CPython's algorithm; frozensets as keys.
print(hash(frozenset()))
print(hash(frozenset({1, 2, 3})))
print(hash(frozenset(range(100))))
print(hash(frozenset({frozenset({1})})))
print(hash(frozenset([(1, 2), -1, 2.5])) == hash(frozenset([2.5, (1, 2), -1])))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
d = {frozenset({1, 2}): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
print(d.get({1, 2} and frozenset({1, 2})))
groups = {}
for word in ["tea", "eat", "ate", "tan", "nat", "bat"]:
    key = frozenset(word)
    groups.setdefault(key, []).append(word)
print(sorted(sorted(g) for g in groups.values()))
nested = {frozenset({1}), frozenset({1, 2}), frozenset({1})}
print(len(nested))
print(frozenset({1, 2}) | frozenset({3}))
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
