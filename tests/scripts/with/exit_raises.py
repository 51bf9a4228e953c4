class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None)
        raise ValueError("exit failed")


try:
    with BadExit():
        print("body ok")
except ValueError as e:
    print("caught", e, "context:", repr(e.__context__))
try:
    with BadExit():
        raise KeyError("body failed")
except ValueError as e:
    print("caught", e, "context:", repr(e.__context__))
with BadExit():
    raise KeyError("uncaught")
