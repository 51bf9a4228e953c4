class Account:
    def __init__(self, owner):
        self.owner = owner
        self.total = 0

    def add(self, n):
        self.total += n
        return self.total


a = Account("ann")
b = Account("bob")
add_a = a.add
add_b = b.add
print(add_a(5), add_a(7), add_b(1))
print(a.total, b.total)
ops = [a.add, b.add, a.add]
for i, op in enumerate(ops):
    print(op(i * 10))
print(add_a.__name__)
print(add_a == a.add, add_a == b.add)
print(list(map(a.add, [1, 1, 1])))
handlers = {"a": a.add, "b": b.add}
print(handlers["b"](100))


def call_later(fn, *args):
    return fn(*args)


print(call_later(b.add, 2))
unbound = Account.add
print(unbound(a, 1000))
