words = ["apple", "banana", "cherry", "avocado"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({i: i * i for i in range(6) if i % 2})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({(x, y): x * y for x in range(3) for y in range(2)})
print({k: [c for c in k] for k in ["hi", "yo"]})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
inventory = {"apples": 3, "pears": 0, "kiwis": 12}
print({k: v for k, v in inventory.items() if v})
print({k.upper(): v * 2 for k, v in sorted(inventory.items())})
print(dict((k, v) for k, v in zip("xyz", range(3))))
