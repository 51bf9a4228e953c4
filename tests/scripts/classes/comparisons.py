class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def key(self):
        return (self.major, self.minor)

    def __eq__(self, other):
        print("  eq called")
        return self.key() == other.key()

    def __ne__(self, other):
        print("  ne called")
        return self.key() != other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __le__(self, other):
        return self.key() <= other.key()

    def __gt__(self, other):
        return self.key() > other.key()

    def __ge__(self, other):
        return self.key() >= other.key()

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


a = Version(1, 2)
b = Version(1, 10)
c = Version(1, 2)
print(a == c, a == b)
print(a != c, a != b)
print(a < b, a <= b, a > b, a >= b)
print(b < a, b <= a, b > a, b >= a)
print(a <= c, a >= c, a < c)
print(a < b < Version(2, 0))
print(a in [b, c])
print(max([a, b, c]), min([b, a]))
print(sorted([Version(3, 1), a, b, Version(0, 9)]))
