# isinstance and type on builtin values.
for v in [1, 1.0, 'a', True, None, [], (), {}, range(1)]:
    print(type(v))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, float))
print(isinstance('s', str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(1, (str, int)), isinstance(None, (list, tuple)), isinstance(range(2), range))
print(type(1) == int, type(True) == int, type(True) == bool, type('') is str)
print(type(ValueError('x')), isinstance(ValueError('x'), Exception))
print(type(type(1)))
print(type(1)('5') + 1, type('')(12))
