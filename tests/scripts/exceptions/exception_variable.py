# The "as" name is unbound after the handler.
e = 'before'
try:
    raise ValueError('v')
except ValueError as e:
    print('in handler', e)
try:
    print(e)
except NameError as err:
    print('NameError:', err)
def f():
    try:
        raise KeyError(1)
    except KeyError as exc:
        saved = exc
    return saved
print(repr(f()))
