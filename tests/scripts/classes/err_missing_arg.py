class A:
    def __init__(self, x):
        self.x = x

    def scale(self, k, *, offset):
        return self.x * k + offset


a = A(2)
for call in [lambda: A(), lambda: A(1, 2), lambda: a.scale(), lambda: a.scale(1),
             lambda: a.scale(1, 2), lambda: a.scale(1, offset=0, extra=3),
             lambda: A(x=1, y=2), lambda: A.scale(a, 1, offset=1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
A()
