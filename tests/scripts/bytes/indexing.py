# Indexing gives ints, slicing gives bytes; iteration and membership.
b = b"hello world"
print(b[0], b[-1], b[4])
print(b[0:5], b[6:], b[::-1], b[::2], b[100:], b[-5:-1])
print(list(b"abc"), tuple(b"\x00\xff"))
for x in b"hi":
    print(x)
print(104 in b, 0 in b, b"wor" in b, b"" in b, b"xyz" in b)
print(len(b), len(b""))
print(sum(b"\x01\x02\x03"), max(b"azm"), sorted(b"cab"))
print(bool(b""), bool(b"\x00"))
i = b.find(b"o")
while i != -1:
    print("o at", i)
    i = b.find(b"o", i + 1)
try:
    b[20]
except IndexError as e:
    print("IndexError:", e)
try:
    b["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    300 in b
except ValueError as e:
    print("ValueError:", e)
try:
    "h" in b
except TypeError as e:
    print("TypeError:", e)
