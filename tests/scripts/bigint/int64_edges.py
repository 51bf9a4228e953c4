# The int64 boundary: results that overflow become big ints, and results
# that fit again come back as ordinary ints.
big = 9223372036854775807
small = -9223372036854775808
print(big + 1, small - 1, big * 2, small * -1)
print(-small, abs(small), -2 ** 63 // -1, small // -1)
print(divmod(small, -1))
print(big << 1, 1 << 63, 1 << 64, -1 << 64)
print(small - 1 + 1 == small, type(small - 1 + 1).__name__)
print(2 ** 64 // 2 ** 60, 2 ** 64 // 2 ** 60 == 16)
x = 2 ** 64 - 2 ** 64 + 5
print(x, x + 1, x * x)
print((2 ** 100 - 2 ** 100) == 0, 2 ** 100 - 2 ** 100)
y = 2 ** 70
y -= 2 ** 70 - 3
print(y, [10, 20, 30, 40][y])
acc = 0
for i in range(100):
    acc += 2 ** 62
print(acc, acc // 100 == 2 ** 62)
n = 9223372036854775808
print(n, -n, n - 1, -9223372036854775808)
print(type(2 ** 100) is int, isinstance(-2 ** 100, int), type(2 ** 100).__name__)
print(int(2 ** 100) == 2 ** 100, int("-" + str(2 ** 100)))
print((2 ** 100).real, (2 ** 100).numerator, (2 ** 100).denominator, (2 ** 100).imag)
print(+(2 ** 100), -(2 ** 100), ~(2 ** 100))
