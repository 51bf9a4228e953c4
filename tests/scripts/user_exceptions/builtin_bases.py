class BadInput(ValueError):
    pass


class MissingKey(KeyError):
    pass


class Overflowish(ArithmeticError):
    pass


class MyLookup(LookupError):
    pass


for exc in [BadInput("nope"), MissingKey("k"), Overflowish("big"), MyLookup("x")]:
    try:
        raise exc
    except ValueError as e:
        print("ValueError handler:", repr(e))
    except KeyError as e:
        print("KeyError handler:", repr(e), str(e))
    except LookupError as e:
        print("LookupError handler:", repr(e))
    except ArithmeticError as e:
        print("ArithmeticError handler:", repr(e))


def parse(s):
    if s.strip("0123456789"):
        raise BadInput(f"not a number: {s!r}")
    return int(s)


for s in ["12", "x1"]:
    try:
        print(parse(s))
    except ValueError as e:
        print("caught", type(e).__name__, e)
