class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(1234)
print(m)
print(str(m))
print(repr(m))
print([m, Money(5)])
print((m,))
print({"price": m})
print(f"{m} {m!r} {m!s}")
print("total: " + str(m))
print("{} and {}".format(m, Money(99)))


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


o = OnlyRepr()
print(o, str(o), repr(o), [o])
print(f"{o}")


class OnlyStr:
    def __str__(self):
        return "just str"


s = OnlyStr()
print(s)
print(str(s))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))
print(repr([s]).startswith("[<__main__.OnlyStr object at "))
