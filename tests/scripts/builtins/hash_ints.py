# hash of ints and tuples of ints (deterministic in CPython).
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash(1) == hash(1.0), hash((1, 2)) == hash((1, 2)))
