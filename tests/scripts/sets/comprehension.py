# Set comprehensions: duplicates vanish, order is the table's.
print({x % 5 for x in range(20)})
print({x * x for x in range(-4, 5)})
print({c for c in "banana" if c != "n"} == {"b", "a"})
words = ["apple", "bob", "cat", "dog", "egg", "apple"]
print(sorted({len(w) for w in words}))
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({x for x in range(100) if x % 7 == 0})
print(sum({1, 2, 3, 3}), max({4, 9, 2}), min({4, 9, 2}))
print(sorted({-x for x in {3, 1, 2}}))
def evens(n):
    return {i for i in range(n) if i % 2 == 0}
print(evens(10), len(evens(1000)))
s = set()
for i in range(10):
    s.add(i * 37 % 11)
print(s)
print(list({5: 0, 3: 0, 9: 0}), set({5: 0, 3: 0, 9: 0}))
