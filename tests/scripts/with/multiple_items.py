class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)


with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
print("---")
try:
    with CM("x") as x, CM("y") as y:
        print("body", x, y)
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
