# and/or/not return operands and short-circuit.
print(True and False, True or False, not True, not 0, not '')
print(0 or 'default', 'set' or 'default', '' and 'x', 3 and 4)
print(None or [] or 0, 1 and [] and 2)
def side(name, value):
    print('eval', name)
    return value
print(side('a', 0) and side('b', 1))
print(side('c', 1) or side('d', 1))
print(side('e', 1) and side('f', 2) or side('g', 3))
print(not None, not [], not [0], not {}, not 0.0, not 'False')
print(bool(0), bool(1), bool(-1), bool(''), bool(' '), bool(()), bool((0,)))
x = 3
print(x > 1 and x < 5, x < 1 or x > 2, not x == 3)
print(True + 1, False * 10, True / 2)
