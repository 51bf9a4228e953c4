# int, float, str, bool conversions.
print(int('42'), int('-7'), int('  12  '), int('1_000'), int(3.99), int(-3.99), int(True))
print(int('ff', 16), int('0x1f', 16), int('777', 8), int('101', 2), int('z', 36), int('0b11', 0))
print(float('1.5'), float('-2'), float('1e3'), float(' 3.25 '), float(7), float('inf'), float('-Infinity'))
print(str(1), str(1.0), str(-0.5), str(None), str(True), str([1, 'a']), str((1,)), str('s'))
print(bool(0), bool(0.0), bool(''), bool([]), bool({}), bool(None), bool('0'), bool(-0.1))
print(int(), float(), str(), bool())
print(repr(str(1e16)), repr(str(0.1)))
print(int('+5'), float('+.5'), float('5.'))
