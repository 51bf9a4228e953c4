# Fixed-point float formats ('f', 'F', '%') on values where the exact binary
# value decides the rounding: ties that round half to even, decimal-looking
# ties that are not ties, subnormals, values near 2**64 and large precisions.
specs = [".0f", ".1f", ".2f", ".3f", ".6f", ".10f", ".17f", ".19f", ".20f", "f",
         "#.0f", "+.2f", "08.3f", ".3F", ".2%", "z.1f", ",.2f", "^12.4f"]

values = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 9.5, 99.5, 0.05, 0.15, 0.25,
          1.005, 2.675, 1e15 + 0.5, 2.0 ** 52 + 0.5, 2.0 ** 53, 2.0 ** 63, 2.0 ** 64,
          1e19, 1e20, 1e22, 5e-324, 2.2250738585072014e-308, 1e-19, 5e-20, 1e-300,
          0.1, 0.2, 0.3, 123456.789, 18446744073.709551615, 0.9999999999999999,
          float("inf"), float("nan")]

# Exact binary fractions k / 2**j, some scaled by powers of ten: many ties.
j = 1
while j < 25:
    k = 1
    while k < 16:
        values.append(k / 2 ** j)
        values.append(k / 2 ** j * 10 ** (j % 7))
        k += 3
    j += 2

# A simple linear congruential sequence for spread-out values.
seed = 12345
for i in range(60):
    seed = (seed * 1103515245 + 12345) % 2147483648
    values.append(seed / 1000.0)
    values.append(seed / 2 ** 31 * 10 ** (i % 12 - 6))

for v in values:
    for s in specs:
        print(format(v, s), format(-v, s), f"{v:{s}}")
