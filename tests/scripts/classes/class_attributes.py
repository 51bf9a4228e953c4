# Class attributes are shared; instance attributes shadow them.
class Counter:
    count = 0
    label = "counter"

    def __init__(self):
        Counter.count += 1
        self.serial = Counter.count


a = Counter()
b = Counter()
c = Counter()
print(Counter.count, a.count, b.count, c.count)
print(a.serial, b.serial, c.serial)
print(a.label, Counter.label)
a.label = "mine"
print(a.label, b.label, Counter.label)
Counter.label = "changed"
print(a.label, b.label, c.label)
del a.label
print(a.label)


class Config:
    items = []
    size = 3 * 4
    name = "cfg" + str(size)


x = Config()
y = Config()
x.items.append(1)
print(y.items, Config.items)
print(Config.size, Config.name)
print(Config.__name__)
