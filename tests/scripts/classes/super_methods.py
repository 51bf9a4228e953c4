class Base:
    def describe(self):
        return "Base"

    def value(self):
        return 1

    def chain(self, x):
        return [("Base", x)]


class Middle(Base):
    def describe(self):
        return "Middle<" + super().describe() + ">"

    def value(self):
        return super().value() * 10

    def chain(self, x):
        return [("Middle", x)] + super().chain(x + 1)


class Leaf(Middle):
    def describe(self):
        return "Leaf<" + super().describe() + ">"

    def value(self):
        return super().value() + 5

    def chain(self, x):
        return [("Leaf", x)] + super().chain(x + 1)


leaf = Leaf()
print(leaf.describe())
print(leaf.value())
print(leaf.chain(0))
print(Middle().describe(), Middle().value())


class Greeter:
    def __str__(self):
        return "Greeter()"


class Loud(Greeter):
    def __str__(self):
        return super().__str__().upper() + "!!"


print(str(Loud()))
print(Loud())


class WithDefault(Leaf):
    pass


print(WithDefault().describe(), WithDefault().value())
