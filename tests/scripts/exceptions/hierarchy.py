# isinstance checks across the builtin exception hierarchy.
checks = [
    (ZeroDivisionError(), ArithmeticError),
    (ZeroDivisionError(), Exception),
    (OverflowError(), ArithmeticError),
    (IndexError(), LookupError),
    (KeyError(), LookupError),
    (UnboundLocalError(), NameError),
    (RecursionError(), RuntimeError),
    (NotImplementedError(), RuntimeError),
    (SystemExit(), Exception),
    (SystemExit(), BaseException),
    (KeyboardInterrupt(), Exception),
    (FileNotFoundError(), OSError),
    (EOFError(), Exception),
    (StopIteration(), Exception),
    (AssertionError(), Exception),
    (ValueError(), TypeError),
    (Exception(), BaseException),
]
for exc, cls in checks:
    print(repr(exc), isinstance(exc, cls))
print(isinstance(KeyError(), (TypeError, LookupError)))
try:
    raise SystemExit(5)
except Exception:
    print('wrong')
except BaseException as e:
    print('BaseException caught SystemExit', e.args)
