class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(3, 4)
print(p.x, p.y)
p.x = 10
p.z = "added later"
print(p.x, p.y, p.z)
q = Point(1, 2)
print(hasattr(q, "z"), hasattr(p, "z"))
p.x += 5
p.y *= 2
print(p.x, p.y)
pts = [Point(i, i * i) for i in range(4)]
print([pt.y for pt in pts])


class Empty:
    pass


e = Empty()
e.a = 1
e.b = [1, 2]
e.b.append(3)
print(e.a, e.b)
print(type(e).__name__)
