# except with tuples of types, bare except, ordering of clauses.
def trial(kind):
    try:
        if kind == 'index':
            [1][5]
        elif kind == 'key':
            {}[kind]
        elif kind == 'zero':
            1 % 0
        elif kind == 'type':
            len(5)
        return 'no error'
    except (IndexError, KeyError) as e:
        return 'lookup: ' + repr(e)
    except ArithmeticError as e:
        return 'arith: ' + str(e)
    except:
        return 'bare except caught something'
for k in ['index', 'key', 'zero', 'type', 'none']:
    print(trial(k))
try:
    raise KeyError('k')
except LookupError as e:
    print('LookupError catches KeyError:', repr(e))
try:
    raise ZeroDivisionError
except Exception as e:
    print('Exception catches ZeroDivisionError:', repr(e))
