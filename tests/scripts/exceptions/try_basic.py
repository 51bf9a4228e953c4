# Catching exceptions by type.
try:
    1 / 0
except ZeroDivisionError:
    print('caught division')
try:
    [][0]
except IndexError as e:
    print('IndexError:', e)
try:
    {}['missing']
except KeyError as e:
    print('KeyError:', e, repr(str(e)), e.args)
try:
    int('x')
except ValueError as e:
    print('ValueError:', e)
try:
    undefined_name
except NameError as e:
    print('NameError:', e)
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
print('after all')
