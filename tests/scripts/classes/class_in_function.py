def make_class(base_value):
    class Made:
        value = base_value

        def get(self):
            return self.value + base_value

    return Made


A = make_class(1)
B = make_class(10)
print(A().get(), B().get())
print(A.__name__, A is B)


def counter_class():
    count = 0

    class C:
        def bump(self):
            nonlocal count
            count += 1
            return count

    return C


C = counter_class()
x, y = C(), C()
print(x.bump(), y.bump(), x.bump())


class Outer:
    class Inner:
        def hi(self):
            return "inner hi"

    def make(self):
        return self.Inner()


print(Outer().make().hi())
print(Outer.Inner.__name__)
