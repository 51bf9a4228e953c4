# + and * on sequences, indexing with negatives.
print([1, 2] + [3], (1,) + (2, 3), 'ab' + 'cd')
print([0] * 3, (1, 2) * 2, 'ab' * 3, 3 * 'x', [1] * 0, 'a' * -1)
l = [10, 20, 30]
print(l[0], l[-1], l[-3], 'hello'[1], 'hello'[-1], (1, 2, 3)[-2])
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested[-1][-1][-1])
row = [0] * 3
grid = [row, row]
grid[0][0] = 1
print(grid)
print(len([1, 2] * 5), len('ab' * 50))
print(range(3) == range(0, 3), range(0) == range(5, 2))
t = (1,)
print(t, (), (1, 2), type(()), type((1,)))
print(1, (2), (3,))
