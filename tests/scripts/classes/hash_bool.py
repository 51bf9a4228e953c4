class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()

    def __hash__(self):
        return hash(len(self.name))

    def __repr__(self):
        return f"Key({self.name!r})"


d = {}
d[Key("abc")] = 1
d[Key("ABC")] = 2
d[Key("xyz")] = 3
print(d)
print(d[Key("aBc")], Key("XYZ") in d, Key("q") in d)
print(hash(Key("four")) == hash(4))


class Box:
    def __init__(self, items):
        self.items = items

    def __bool__(self):
        print("  __bool__")
        return len(self.items) > 0


empty = Box([])
full = Box([1])
print(bool(empty), bool(full))
if full:
    print("full is truthy")
if not empty:
    print("empty is falsy")
print(empty or "fallback")
print(full and "both")
n = 0
while Box([1] * (3 - n)):
    n += 1
print("loop ran", n)


class LenOnly:
    def __len__(self):
        return 0


print(bool(LenOnly()), not LenOnly())


class Plain:
    pass


print(bool(Plain()))
p = Plain()
print(hash(p) == hash(p))
print({p: "ok"}[p])
