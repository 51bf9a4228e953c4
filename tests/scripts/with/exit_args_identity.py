class Capture:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.t, self.v, self.tb = t, v, tb
        return True


err = ValueError("specific")
with Capture() as c:
    raise err
print(c.t is ValueError, c.v is err, c.tb is not None)
with Capture() as c:
    pass
print(c.t, c.v, c.tb)
with Capture() as c:
    raise KeyError
print(c.t.__name__, repr(c.v), type(c.v) is KeyError)
