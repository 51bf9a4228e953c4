# Unary operators on ints, floats and bools.
x = 7
print(-x, +x, ~x, -(-x), ~~x)
f = 2.5
print(-f, +f, -(-f), -0.0, +(-0.0))
print(-True, +False, ~True, ~False)
print(not x, not not x, -x ** 2, (-x) ** 2)
print(abs(-x), abs(-f), -abs(x))
