class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x, y=1):
        self.calls += 1
        return x * self.factor * y


double = Multiplier(2)
print(double(5))
print(double(5, y=3))
print(double.calls)
print(list(map(double, [1, 2, 3])))
print(double.calls)
print(sorted([3, -5, 1], key=Multiplier(-1)))


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, *args, **kwargs):
        self.total += sum(args) + sum(kwargs.values())
        return self


acc = Accumulator()
acc(1, 2)(3)(a=4, b=5)
print(acc.total)
