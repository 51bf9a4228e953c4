def scale_all(values, factor, offset=0):
    scaled = [v * factor + offset for v in values]
    bigger = [v for v in scaled if v > factor]
    return scaled, bigger


print(scale_all([1, 2, 3], 10))
print(scale_all([1, 2, 3], 2, offset=1))


def outer():
    limit = 3

    def inner(items):
        return [x for x in items if x < limit]

    limit = 5
    return inner([1, 4, 6])


print(outer())


def counter():
    seen = []
    return [seen.append(c) or len(seen) for c in "abc"], seen


print(counter())


def nested_scopes(n):
    base = 100
    return [[base + i * j for j in range(n)] for i in range(n)]


print(nested_scopes(3))


def uses_global():
    return [g * G for g in range(3)]


G = 7
print(uses_global())


def param_shadow(x):
    return [x for x in range(x)]


print(param_shadow(4))
