class Fails:
    def __enter__(self):
        print("enter starts")
        raise RuntimeError("cannot enter")

    def __exit__(self, t, v, tb):
        print("exit must not run")


class Fine:
    def __enter__(self):
        print("fine enter")

    def __exit__(self, t, v, tb):
        print("fine exit", t.__name__ if t else None)


try:
    with Fails():
        print("body must not run")
except RuntimeError as e:
    print("caught", e)
try:
    with Fine(), Fails():
        print("body must not run")
except RuntimeError as e:
    print("caught", e)
with Fails():
    pass
