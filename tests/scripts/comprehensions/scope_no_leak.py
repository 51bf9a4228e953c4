x = "outer x"
squares = [x * x for x in range(5)]
print(squares, x)
d = {x: 1 for x in "ab"}
print(d, x)
total = sum(x for x in range(4))
print(total, x)


def f():
    i = "local i"
    result = [i for i in range(3)]
    return result, i


print(f())
try:
    print([leak for leak in range(2)], leak)
except NameError as e:
    print("NameError:", e)
