# Building and transforming nested lists.
def transpose(m):
    result = []
    for c in range(len(m[0])):
        row = []
        for r in range(len(m)):
            row.append(m[r][c])
        result.append(row)
    return result
m = [[1, 2, 3], [4, 5, 6]]
print(transpose(m))
def flatten(items):
    out = []
    for x in items:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
grid = []
for r in range(3):
    grid.append([0] * 3)
grid[1][1] = 'X'
print(grid)
