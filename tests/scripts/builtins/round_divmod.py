# round and divmod.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), round(7.0), type(round(7.6)), type(round(7.6, 1)), round(7.6, 0))
print(round(1e16), round(-0.4), round(2.5, 0), round(1.23456789, 5))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(0, 3))
print(divmod(7.0, 2), divmod(-7.5, 2), divmod(1, 0.3))
