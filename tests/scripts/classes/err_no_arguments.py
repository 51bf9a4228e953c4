class C:
    pass


class D:
    def method(self):
        return "ok"


try:
    C(1)
except TypeError as e:
    print("TypeError:", e)
try:
    C(key=1)
except TypeError as e:
    print("TypeError:", e)
try:
    D().method(5)
except TypeError as e:
    print("TypeError:", e)


class NoSelf:
    def oops():
        return 1


try:
    NoSelf().oops()
except TypeError as e:
    print("TypeError:", e)
print(C() is not None)
D(1, 2)
