# Bitwise operators and shifts on big and negative ints, two's complement style.
a = 2 ** 100 + 12345
b = -(2 ** 90) - 6789
print(a & b, a | b, a ^ b)
print(~a, ~b, -a & 0xFFFF, b & 0xFFFFFFFF)
print(a >> 3, b >> 3, b >> 200, a >> 200, -1 >> 100)
print(a << 5, b << 5, 1 << 100, -1 << 100)
print((-2 ** 100) >> 3, (-2 ** 100) | 5, (-2 ** 100) ^ (2 ** 99))
print(-5 & (2 ** 80 - 1), -5 | 2 ** 80, -5 ^ -(2 ** 80))
print((1 << 64) - 1 == 2 ** 64 - 1, (1 << 64) >> 64, type((1 << 64) >> 60))
print(hex(a & ~0xFF), bin(b & 0xFF))
mask = (1 << 128) - 1
x = 0x0123456789ABCDEF0123456789ABCDEF
print(hex((x << 4 | x >> 124) & mask))
for n in [0, 1, 63, 64, 65, 200]:
    print(n, (-7) >> n, 7 << n, (-7 << n) >> n)
try:
    a >> -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 << -(2 ** 100)
except ValueError as e:
    print("ValueError:", e)
