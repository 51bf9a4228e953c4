# The outermost iterable is evaluated before the generator runs; inner
# iterables are evaluated once per outer item, as the generator advances.
def source(name, items):
    print("evaluating", name)
    return items


print(list(x + y for x in source("outer", [1, 2]) for y in source("inner", [10, 20])))
try:
    sum(x for x in 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(sum(1 / x for x in [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sorted(x * y for x in source("xs", [3, 1]) for y in source("ys", [2, -1])))
