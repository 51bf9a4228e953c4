# int() of long strings, every base, underscores and errors.
print(int("9" * 50))
print(int("-" + "9" * 50) + 1)
print(int("  123456789012345678901234567890  "))
print(int("1_000_000_000_000_000_000_000"))
print(int("f" * 40, 16), int("0x" + "f" * 40, 16), int("0x" + "f" * 40, 0))
print(int("1" * 100, 2), int("0b" + "1" * 70, 0), int("0o" + "7" * 30, 0))
print(int("z" * 20, 36), int("Z" * 20, 36))
print(int("-0000000000000000000000000000123"))
print(int(str(2 ** 200)) == 2 ** 200, int(str(-3 ** 150)) == -3 ** 150)
print(int("9223372036854775807"), int("9223372036854775808"), int("-9223372036854775809"))
for bad in ["9" * 30 + "x", "1__0" + "0" * 30, "0x" + "g" * 20, "_" + "1" * 30]:
    try:
        int(bad, 0 if bad.startswith("0x") else 10)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("00" + "1" * 30, 0)
except ValueError as e:
    print("ValueError:", e)
print(int(1e30), int(-2.5e30), int(1.5e300) % 10 ** 10, int(2.0 ** 70))
print(float(2 ** 70), float(-(10 ** 30)), float(2 ** 1023 * 2 - 2 ** 970 - 1))
