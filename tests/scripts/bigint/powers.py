# Powers of two and beyond, negative exponents and three-argument pow.
print(2 ** 100)
print(2 ** 64, 2 ** 63, -2 ** 63, (-2) ** 63, (-2) ** 64)
print(3 ** 200)
print(10 ** 40 + 1)
print(7 ** 77 % 1000)
print(2 ** -1, 2 ** -100, (2 ** 100) ** -1)
print((-3) ** 41)
print(pow(2, 100), pow(-5, 31))
print(pow(2, 10 ** 20, 10 ** 9 + 7))
print(pow(3, 2 ** 100 + 1, 2 ** 127 - 1))
print(pow(-3, 2 ** 65 + 1, 2 ** 70 + 3), pow(-3, 2 ** 65 + 1, -(2 ** 70 + 3)))
print(pow(3, -1, 2 ** 100), pow(2 ** 100 + 1, -1, 7))
try:
    pow(2, -1, 2 ** 100)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2 ** 100, 2, 0)
except ValueError as e:
    print("ValueError:", e)
print(1 ** (2 ** 100), (-1) ** (2 ** 100 + 1), 0 ** (2 ** 100))
print(2 ** 0.5 * 2 ** 100 > 2 ** 100)
x = 1
for _ in range(10):
    x = x * 12345678901 + 1
print(x)
