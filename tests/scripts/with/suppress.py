class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressing", t.__name__, v)
            return True
        return False


with Suppress(ZeroDivisionError):
    print(1 / 0)
print("continues after suppressed ZeroDivisionError")
with Suppress(KeyError, IndexError):
    [][5]
print("continues after IndexError")
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)


class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "yes"


with Truthy():
    raise RuntimeError("swallowed by truthy return")
print("truthy return suppressed too")


def f():
    with Suppress(ValueError):
        raise ValueError("in function")
    return "function finished"


print(f())
