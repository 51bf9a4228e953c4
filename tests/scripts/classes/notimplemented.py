class Meters:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Meters):
            print("  Meters.__eq__ -> NotImplemented")
            return NotImplemented
        return self.v == other.v

    def __lt__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return self.v < other.v


class Feet:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, Meters):
            print("  Feet.__eq__ handles Meters")
            return abs(self.v * 0.3048 - other.v) < 0.01
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Meters):
            print("  Feet.__gt__ reflected")
            return self.v * 0.3048 > other.v
        return NotImplemented


m = Meters(3.048)
f = Feet(10)
print(m == f)
print(m == 5)
print(m != 5)
print(Meters(1) == Meters(1), Meters(1) < Meters(2))
print(m < f)
print(NotImplemented)
try:
    Meters(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 > Meters(1)
except TypeError as e:
    print("TypeError:", e)
