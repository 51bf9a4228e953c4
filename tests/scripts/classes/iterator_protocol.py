class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print(n)
print(list(Countdown(5)))
print(sum(Countdown(10)))
print(max(Countdown(4)), min(Countdown(4)))
print(sorted(Countdown(4)))
print(tuple(Countdown(2)))
print([x * 2 for x in Countdown(3)])
print(dict(zip("abc", Countdown(3))))
print(list(enumerate(Countdown(2))))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration caught")


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)


class FibIter:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration()
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


f = Fib(50)
print(list(f))
print(list(f))
a, b, *rest = Fib(20)
print(a, b, rest)
print(any(x > 30 for x in Fib(40)), all(x < 100 for x in Fib(40)))
print(", ".join(str(x) for x in Fib(10)))
for x in Fib(100):
    if x > 10:
        print("break at", x)
        break
else:
    print("no break")
