class Plain:
    pass


p = Plain()
q = Plain()
print(p == p, p == q, p != q, p is p, p is q)
print(p in [q, p], p in [q])


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


a = EqOnly(1)
b = EqOnly(1)
c = EqOnly(2)
# __ne__ defaults to the inverse of __eq__
print(a == b, a != b, a == c, a != c)
print(a == 1, a != 1)
print([a, c].index(b))
print(len([v for v in [c, c, b] if v == a]))
print(b in [c, a])
