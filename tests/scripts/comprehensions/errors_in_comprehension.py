data = ["1", "2", "x", "4"]
try:
    print([int(s) for s in data])
except ValueError as e:
    print("ValueError:", e)
try:
    print({k: 1 / k for k in range(-1, 2)})
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(sum(d["v"] for d in [{"v": 1}, {}]))
except KeyError as e:
    print("KeyError:", e)
try:
    print([x for x in 42])
except TypeError as e:
    print("TypeError:", e)
try:
    print({[1]: 2 for _ in range(1)})
except TypeError as e:
    print("TypeError:", e)
print([int(s) for s in data if not s.strip("0123456789")])
