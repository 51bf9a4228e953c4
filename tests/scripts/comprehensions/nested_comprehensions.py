grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([[grid[c][r] for c in range(3)] for r in range(3)])
print([sum(row) for row in grid])
print(sum(sum(v for v in row) for row in grid))
print({r: {c: grid[r][c] for c in range(2)} for r in range(2)})
print([[x for x in row if x % 2] for row in grid])
print(max(max(row) for row in grid), min(min(row) for row in grid))
flat = [v for row in [[v * 2 for v in row] for row in grid] for v in row]
print(flat)
print([len([c for c in w if c in "aeiou"]) for w in ["banana", "sky", "queue"]])
