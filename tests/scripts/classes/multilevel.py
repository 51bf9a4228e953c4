class A:
    level = "A"

    def who(self):
        return "A.who"

    def only_a(self):
        return "only in A, self is " + type(self).__name__


class B(A):
    level = "B"

    def who(self):
        return "B.who"


class C(B):
    pass


class D(C):
    def who(self):
        return "D.who"


for obj in [A(), B(), C(), D()]:
    print(type(obj).__name__, obj.level, obj.who(), obj.only_a())

print(isinstance(D(), A), isinstance(A(), D))
print(issubclass(D, B), issubclass(B, D), issubclass(C, C))
print(issubclass(D, object), isinstance(C(), object))
