# raise with a class, an instance, and messages with several args.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), repr(str(e)), e.args)
try:
    raise ValueError('bad value')
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise ValueError('two', 2)
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise RuntimeError()
except RuntimeError as e:
    print(repr(e), e.args, len(e.args))
err = TypeError('stored')
try:
    raise err
except TypeError as e:
    print(e is err, e)
try:
    raise Exception(42)
except Exception as e:
    print(str(e), e.args[0] + 1)
print(repr(KeyError('q')), str(KeyError('q')), str(KeyError()), str(KeyError('a', 'b')))
print(repr(IndexError('list index out of range')))
