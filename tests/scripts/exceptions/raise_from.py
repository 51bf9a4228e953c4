# raise X from Y inside handlers, caught by the caller.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('cannot parse ' + repr(s)) from e
try:
    parse('abc')
except RuntimeError as e:
    print('caught:', e)
    print('cause type:', type(e.__cause__))
    print('cause message:', e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('implicit')
except KeyError as e:
    print('context:', repr(e.__context__))
try:
    raise ValueError('x') from None
except ValueError as e:
    print('from None:', e.__cause__)
