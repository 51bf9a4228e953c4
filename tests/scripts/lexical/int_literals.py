# Integer literals in every base, with underscores.
print(0, 7, 42, 1_000_000)
print(0x0, 0xff, 0XFF, 0xDead_Beef)
print(0o0, 0o17, 0O777, 0o1_7)
print(0b0, 0b1011, 0B1111_0000)
print(00, 0_0)
print(9_223_372_036_854_775_807)
print(-0x10, +0b11, -0o7)
print(0x7fffffffffffffff)
x = 1_2_3
print(x, type(x))
print(0xa + 0o10 + 0b10 + 10)
