# round(), abs() and conversions of big ints.
print(round(2 ** 100, -10), round(-2 ** 100, -29), round(2 ** 100), round(2 ** 100, 5))
print(round(10 ** 30 + 5 * 10 ** 9, -10), round(10 ** 30 + 15 * 10 ** 9, -10))
print(round(5 * 10 ** 30, -31), round(15 * 10 ** 30, -31), round(2 ** 100, -31))
print(round(9223372036854775807, -18), round(9223372036854775807, -19), round(-9223372036854775807, -19))
print(round(1e300) % 10 ** 10, round(-2.5e20), round(2.0 ** 80))
print(abs(-2 ** 100), abs(2 ** 100), abs(-9223372036854775808))
print((2 ** 100).bit_length(), (-2 ** 100).bit_length(), (2 ** 64 - 1).bit_length())
print(float(2 ** 100), float(-3 ** 90), float(2 ** 1023))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
print(int(float(2 ** 80)) == 2 ** 80, int(1e25))
