# CPython 3.11 refuses decimal conversions of more than 4300 digits.
big = 10 ** 4299
print(len(str(big)), len(repr(-big)))
huge = 10 ** 4300
for f in [str, repr]:
    try:
        f(huge)
    except ValueError as e:
        print("ValueError:", e)
try:
    print(huge)
except ValueError as e:
    print("ValueError:", e)
try:
    f"{huge}"
except ValueError as e:
    print("ValueError:", e)
try:
    format(huge, ",")
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
try:
    int("0" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 4300) % 1000)
print(int("1" * 5000, 16) % 1000, len(hex(huge)), len(bin(huge)), len(oct(huge)))
print(len(format(huge, "x")), huge.bit_length())
print(str(huge // 10) == "1" + "0" * 4299)
