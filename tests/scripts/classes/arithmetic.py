class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if other == 0:
            return self
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__ with", other)
        return self.__add__(other)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __sub__(self, other):
        return self + (-other)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 2)
b = Vec(10, 20)
print(a + b)
print(a - b)
print(a * 3)
print(3 * a)
print(-a)
print(0 + a)
print(sum([a, b, Vec(100, 100)]))
c = a
c += b
print(c, a)
c *= 2
print(c)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a / 2
except TypeError as e:
    print("TypeError:", e)
try:
    ~a
except TypeError as e:
    print("TypeError:", e)
