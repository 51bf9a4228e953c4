# Floor division, modulo and true division with Python's signs and rounding.
a = 2 ** 100 + 7
for x in [a, -a]:
    for y in [7, -7, 2 ** 70 + 1, -(2 ** 70) - 1]:
        print(x // y, x % y, divmod(x, y) == (x // y, x % y))
print(7 // a, -7 // a, 7 % a, -7 % a, divmod(-7, 2 ** 100))
print(2 ** 100 / 2 ** 99, 10 ** 400 / 10 ** 399, 1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1076)
print((2 ** 1024 - 2 ** 970 - 1) / 1, 10 ** 30 / 7, 7 / 10 ** 30, -(10 ** 30) / 3)
print(0 / -(2 ** 100), -(2 ** 100) / 2 ** 200)
print((2 ** 62 + 1) / 3, 2 ** 62 / -(2 ** 61 + 1), 9007199254740993 / 1)
print(2 ** 100 // 3.0, 2 ** 100 % 3.0, 2 ** 100 * 1.5, 1.5 - 2 ** 100)
for bad in [lambda: 2 ** 100 // 0, lambda: 2 ** 100 % 0, lambda: 2 ** 100 / 0,
            lambda: divmod(2 ** 100, 0), lambda: 10 ** 400 / 3, lambda: 10 ** 400 * 1.0]:
    try:
        bad()
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
