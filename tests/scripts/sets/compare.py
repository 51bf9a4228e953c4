# Comparisons between sets: subsets, supersets, equality across set and frozenset.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b > a, b >= a, a < a, a <= a)
print(a == frozenset([2, 1]), frozenset([1, 2]) == a)
print({1, 2} == [1, 2], {1, 2} != (1, 2))
print(set() == frozenset(), set() < {0})
print(a.issubset(b), a.issubset([1, 2, 7]), b.issubset(a))
print(b.issuperset(a), b.issuperset([3]), a.issuperset(range(3)))
print(a.isdisjoint({3}), a.isdisjoint([2]), a.isdisjoint(set()))
print({1, 2} < {1, 3}, {1, 2} > {1, 3})
print(sorted([{1, 2, 3}, {1}, {1, 2}], key=len))
print({1.0, 2.0} == {1, 2}, {True} == {1})
print(frozenset("ab") == frozenset("ba"))
print(bool(set()), bool({0}))
