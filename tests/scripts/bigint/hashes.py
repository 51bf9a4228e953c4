# hash() of big ints agrees with CPython, and with equal floats.
for v in [2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64, 2 ** 100, 10 ** 30,
          -(2 ** 61 - 1), -(2 ** 61), -2 ** 63, -2 ** 63 - 1, -2 ** 100, 3 ** 100, -(7 ** 90)]:
    print(v, hash(v))
print(hash(2 ** 100) == hash(2.0 ** 100), hash(-2 ** 80) == hash(-(2.0 ** 80)))
print(hash(2 ** 61 * 5 - 5) == hash(-1) == -2)
d = {2 ** 100: "big", 2 ** 64: "64", 1: "one"}
print(d[2 ** 100], d[2 ** 64], d[2 ** 63 * 2], d.get(2 ** 100 + 1))
d[2.0 ** 64] = "float key"
print(d)
print(2 ** 100 in d, 2 ** 99 in d, 2.0 ** 100 in d)
keys = {}
for i in range(60, 70):
    keys[2 ** i] = i
print(keys[2 ** 66], len(keys))
print((2 ** 100, 1) == (2 ** 100, 1), hash((2 ** 100, 1)) == hash((2 ** 100, 1)))
