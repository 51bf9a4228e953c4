class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Blob(Shape):
    pass


for s in [Square(3), Blob()]:
    try:
        print(s.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
Blob().area()
