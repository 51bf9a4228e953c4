# Bitwise operators and shifts.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10, 5 << 0)
print(0xff & 0x0f, 0b1010 | 0b0101, 0o17 ^ 0o10)
print(-5 & 0xff, -5 | 3, -5 ^ 3)
print(1 << 62, (1 << 62) >> 61)
print(True & False, True | False, True ^ True)
print(6 & 3 | 8, 6 | 3 & 8, 1 + 2 << 3, 1 << 2 + 3)
x = 0
for bit in [0, 3, 5]:
    x |= 1 << bit
print(x)
