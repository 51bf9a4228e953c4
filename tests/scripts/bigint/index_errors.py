# Indexing and repetition with ints beyond the index range.
items = [1, 2, 3]
for f in [lambda: items[2 ** 70], lambda: items[-(2 ** 70)], lambda: "abc"[2 ** 64],
          lambda: (1, 2)[2 ** 100]]:
    try:
        f()
    except IndexError as e:
        print("IndexError:", e)
for f in [lambda: [1] * 2 ** 70, lambda: 2 ** 64 * "ab", lambda: (1,) * -(2 ** 80)]:
    try:
        f()
    except OverflowError as e:
        print("OverflowError:", e)
print(items[2 ** 100:], items[-(2 ** 100):], items[::2 ** 70], items[::-(2 ** 70)])
print("abcdef"[2 ** 64 // 2 ** 62], items[2 ** 65 // 2 ** 64])
print("ab" * (2 ** 64 // 2 ** 63), [0] * (2 ** 70 - 2 ** 70 + 2))
try:
    chr(2 ** 100)
except OverflowError as e:
    print("OverflowError:", e)
