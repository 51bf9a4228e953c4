# An unhashable item in a set display.
pairs = [[1, 2], [3, 4]]
print(len(pairs))
seen = {pairs[0], pairs[1]}
