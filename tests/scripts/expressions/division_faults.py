# The integer operations that trap in C (INT64_MIN / -1 and % -1, division
# by zero, shifts by negative or huge counts) never kill the VM with SIGFPE:
# they give CPython's results (promoting to big ints) or raise its errors.
# Floats too: % and // and divmod by zero, infinities and NaN.
m = -2**63
x = -9223372036854775807 - 1
print(m // -1, m % -1, divmod(m, -1))
print(-9223372036854775808 // -1, -9223372036854775808 % -1)
print(x // -1, x % -1, divmod(x, -1), -x, abs(x), x * -1, x * x)
print(x // 1, x % 1, x % 3, x // 3, x % -3, x // -3, divmod(x, -3))
print(x // x, x % x, divmod(x, x), (x + 1) // -1, (x + 1) % -1)
y = x
y //= -1
z = x
z %= -1
print(y, z, type(y).__name__)
print(pow(x, 1), x ** 1, x * 2, x - 1, -1 * x, x // -2, x >> 1, x << 1)
print(1 << 63, 1 << 64, -1 << 63, (1 << 1000) == 2**1000)
print(5 >> 1000, -5 >> 1000, 5 >> 63, -5 >> 63, 5 >> 64, -1 >> 64, x >> 63, x >> 64)
print(1 << 0, 0 << 100000, 0 >> (1 << 70), -1 >> (1 << 70), 1 >> (1 << 70))
print(pow(x, 2, -1), pow(x, 1, -3), pow(3, -1, 7), pow(x, 3, 7))
print(int(-9.2e18) // -1, int(-9.3e18) // -1)
print(5.5 % -2, -5.5 % 2, divmod(-5.5, 2), 1e308 % 1e-308, -0.0 % 1, 0.0 % -1)
print(x % 7.5, 7.5 % x, x // 7.5, divmod(x, 0.5), x / -1)
print(float("inf") % 3, 3 % float("inf"), -3 % float("inf"), divmod(3, float("inf")))
print(float("nan") % 1, 1 % float("nan"), float("inf") // 1, -7 // float("inf"))

cases = [
    ("1 << -1", lambda: 1 << -1),
    ("1 >> -1", lambda: 1 >> -1),
    ("x << -(1 << 70)", lambda: x << -(1 << 70)),
    ("1 << (1 << 70)", lambda: 1 << (1 << 70)),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("x // 0", lambda: x // 0),
    ("x % 0", lambda: x % 0),
    ("divmod(x, 0)", lambda: divmod(x, 0)),
    ("x / 0", lambda: x / 0),
    ("1.0 % 0", lambda: 1.0 % 0),
    ("1 % 0.0", lambda: 1 % 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("pow(0, -1)", lambda: pow(0, -1)),
    ("pow(x, -1, 0)", lambda: pow(x, -1, 0)),
    ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
    ("x // -1 in place", lambda: [x][0] // -1),
]
for text, fn in cases:
    try:
        print(text, "=", fn())
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)
