# + * comparisons, hashing and bytes as dict keys and set members.
a = b"abc"
print(a + b"def", a * 3, 2 * a, a * 0, a * -1)
print(a == b"abc", a != b"abd", a == "abc", a < b"abd", b"ab" < a, b"b" > a)
print(a <= a, a >= b"abc", b"" < b"\x00")
print(sorted([b"pear", b"apple", b"fig", b"Apple"]))
print(hash(b"") == 0, hash(b"abc") == hash(b"ab" + b"c"))
d = {b"k": 1}
d[b"k"] += 1
print(d, b"k" in d)
s = {b"x", b"x", b"y"}
print(len(s), b"y" in s)
print(min(b"ab", b"aa"), max([b"z", b"a"]))
total = b""
for part in [b"one", b"two", b"three"]:
    total += part + b","
print(total)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + b"b"
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" < "b"
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" - b"b"
except TypeError as e:
    print("TypeError:", e)
