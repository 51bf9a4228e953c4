# return with no value, one value and several values.
def none_implicit():
    x = 1
def none_explicit():
    return
def one():
    return 1
def many():
    return 1, 'two', [3]
def early(n):
    for i in range(10):
        if i == n:
            return 'found ' + str(i)
    return 'not found'
print(none_implicit(), none_explicit(), one(), many())
a, b, c = many()
print(a, b, c)
print(early(3), early(42))
def nested_return():
    while True:
        for i in range(5):
            if i == 2:
                return i * 100
print(nested_return())
