class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)

    def __exit__(self, t, v, tb):
        print("exit", self.name, t)


def early(flag):
    with CM("outer"):
        with CM("inner"):
            if flag:
                return "early"
            print("not early")
    return "late"


print(early(True))
print(early(False))


def value_computed_first():
    x = [1]
    with CM("v"):
        return x.pop()


print(value_computed_first())
