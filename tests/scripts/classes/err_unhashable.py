class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(P(1) == P(1))
try:
    hash(P(1))
except TypeError as e:
    print("TypeError:", e)
try:
    d = {P(1): "x"}
except TypeError as e:
    print("TypeError:", e)


class Q(P):
    def __hash__(self):
        return self.v


print({Q(1): "ok"}[Q(1)])
cache = {}
cache[P(2)] = 1
