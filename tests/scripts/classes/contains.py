class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x):
        print(f"  checking {x}")
        return self.lo <= x < self.hi


r = Range2(1, 5)
print(3 in r)
print(5 in r)
print(7 not in r)


class Truthy:
    def __contains__(self, x):
        return "yes"


print(1 in Truthy())


class Bag:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


b = Bag(1, 2, 3)
print(2 in b, 9 in b)
try:
    print(1 in object())
except TypeError as e:
    print("TypeError:", e)
