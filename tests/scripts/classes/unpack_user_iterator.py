class Upto:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration
        return self.i


a, b = Upto(2)
print(a, b)
x, y, z, w = Upto(4)
print(x, y, z, w)
first, *middle, last = Upto(5)
print(first, middle, last)
head, *tail = Upto(1)
print(head, tail)
try:
    p, q = Upto(3)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = Upto(2)
except ValueError as e:
    print("ValueError:", e)
for i, (m, n) in enumerate([Upto(2), Upto(2)]):
    print(i, m, n)
