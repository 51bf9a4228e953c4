class Friendly(ValueError):
    pass


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise Friendly(f"no entry named {key}") from None


print(lookup({"x": 1}, "x"))
lookup({}, "y")
