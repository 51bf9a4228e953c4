# Order after growth, deletion and reinsertion, with larger and negative ints.
s = set()
for i in [8, 0, 16, 24, 1]:
    s.add(i)
print(s)
s = {1, 2, 3}
s.discard(2)
s.add(10)
print(s)
s = set()
for i in range(0, 200, 13):
    s.add(i)
print(s)
for i in range(0, 200, 26):
    s.discard(i)
print(s)
for i in range(300, 250, -7):
    s.add(i)
print(s)
t = set([100, 200, 300, 7])
print(t)
u = set([-5, -1, 0, 1, 5, 2 ** 40, -(2 ** 33)])
print(u)
v = set([1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 3])
print(v)
w = set(v)
print(w, w == v)
print(v | {1000})
print(set(range(1000)) == set(range(999, -1, -1)))
print(len(set(range(100000))))
