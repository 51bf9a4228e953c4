class Halt(Exception):
    pass


class Sub(Halt):
    def __init__(self, a, b):
        super().__init__(a, b)


try:
    raise Sub(1, "two")
except Halt as e:
    print(e)
raise Halt
