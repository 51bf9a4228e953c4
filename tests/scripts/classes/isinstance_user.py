class Shape:
    pass


class Circle(Shape):
    pass


class Square(Shape):
    pass


class Unit(Square):
    pass


shapes = [Circle(), Square(), Unit(), Shape()]
for s in shapes:
    print(type(s).__name__, isinstance(s, Shape), isinstance(s, Square),
          isinstance(s, (Circle, Unit)))
print(issubclass(Unit, Shape), issubclass(Shape, Unit))
print(issubclass(Unit, (Circle, Square)))
print(issubclass(Circle, object), isinstance(Circle, type))
print(type(Circle()) is Circle, type(Unit()) is Square)
print(type(Circle).__name__, type(5).__name__, type("").__name__)
print(isinstance(True, int), isinstance(3, Shape))
try:
    isinstance(Circle(), "Shape")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Circle(), Shape)
except TypeError as e:
    print("TypeError:", e)
print(Circle.__name__, Unit.__name__)


def make():
    class Local:
        pass
    return Local


L = make()
print(L.__name__, type(L()).__name__)
