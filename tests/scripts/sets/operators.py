# | & - ^ on sets and frozensets, in place and not.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
f = frozenset(b)
print(a | f, type(a | f).__name__)
print(f | a, type(f | a).__name__)
print(f & a, f - a, f ^ a)
c = a
c |= {10}
print(a, c is a)
c &= {1, 2, 10, 11}
print(a)
c -= {1}
print(a)
c ^= {2, 20}
print(a)
g = frozenset({1})
h = g
g |= {2}
print(g, h, g is h)
print(set() | set(), set() & {1}, {1} - set())
print({1, 2} - {1, 2}, {1, 2} ^ {1, 2})
x = set(range(40))
y = set(range(20, 60))
print(x & y)
print(x - y)
print(x ^ y)
print(set(range(100)) - {5, 50})
print(2 in a, 99 in a, 99 not in a)
print(frozenset({1, 2}) in {frozenset({1, 2}), frozenset()})
print({1, 2} in {frozenset({1, 2})})
