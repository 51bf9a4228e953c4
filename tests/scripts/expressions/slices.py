# Slicing with starts, stops, steps and negatives.
s = 'abcdefghij'
l = list(range(10))
t = tuple(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:3])
print(l[2:5], l[::3], l[::-1], l[-1:-4:-1], l[100:], l[-100:2])
print(t[1:4], t[::-3], t[5:1], t[3:3])
print(s[10:], s[5:100], s[-100:100])
r = range(20)
print(r[2:10:2], list(r[::5]), r[::-1][0], len(r[3:15]))
m = [0, 1, 2, 3, 4, 5]
m[1:3] = ['a', 'b', 'c']
print(m)
m[::2] = [9, 9, 9, 9]
print(m)
del m[1:3]
print(m)
m[:] = []
print(m)
n = [1, 2, 3, 4, 5, 6]
del n[::2]
print(n)
i, j = 1, 4
print(s[i:j], s[i:], s[:j], s[None:j:None])
