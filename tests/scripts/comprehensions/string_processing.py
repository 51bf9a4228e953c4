text = """The quick brown fox
jumps over the lazy dog
and the dog sleeps"""
lines = text.split("\n")
print([len(line.split()) for line in lines])
words = [w.lower() for line in lines for w in line.split()]
print(words)
counts = {w: len([v for v in words if v == w]) for w in words}
print(counts)
print(sorted(counts, key=lambda w: (-counts[w], w))[:3])
print([w for w in counts if counts[w] > 1])
print("-".join(w[0] for w in words))
print({len(w): w for w in words})
caps = " ".join(w[:1].upper() + w[1:] for w in lines[0].split())
print(caps)
print([i for i, ch in enumerate("banana") if ch == "a"])
