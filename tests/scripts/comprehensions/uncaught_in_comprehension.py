def parse_all(items):
    return [int(item) * 2 for item in items]


print(parse_all(["1", "2"]))
print(parse_all(["3", "four"]))
