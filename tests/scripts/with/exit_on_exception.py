class Logger:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit type:", exc_type.__name__ if exc_type else None)
        print("exit value:", repr(exc))
        print("tb is not None:", tb is not None)
        print("isinstance check:", isinstance(exc, exc_type) if exc_type else None)
        return False


try:
    with Logger():
        print("before")
        {}["missing"]
        print("not reached")
except KeyError as e:
    print("propagated:", repr(e))
with Logger():
    print("no exception")
