keys = ["a", "b", "c"]
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)})
print(dict(zip(keys, (v * 10 for v in vals))))
inverted = {v: k for k, v in {"one": 1, "uno": 1, "two": 2}.items()}
print(inverted)
groups = {}
for word in ["ant", "bee", "asp", "bat", "cow"]:
    groups.setdefault(word[0], []).append(word)
print({k: len(v) for k, v in groups.items()})
print({k: sorted(v, reverse=True) for k, v in groups.items() if len(v) > 1})
squares = {n: n * n for n in range(5)}
print(list(squares.items()), sum(squares.values()), max(squares, key=squares.get))
