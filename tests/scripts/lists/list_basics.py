# Indexing, mutation, aliasing and comparison of lists.
l = [1, 'two', 3.0, None, [5]]
print(l, len(l), l[1], l[-1][0])
l[0] = 'one'
print(l)
m = l
m.append('via alias')
print(len(l), l is m)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], [] == [], [[]] == [[]])
print([3, 2] > [2, 9], [1, 2] < [1, 2, 3], ['a'] < ['b'])
matrix = [[1, 2, 3], [4, 5, 6]]
total = 0
for row in matrix:
    for v in row:
        total += v
print(total)
squares = []
for i in range(6):
    squares.append(i * i)
print(squares, squares[1:4], 16 in squares)
empty = []
print(empty, bool(empty), len(empty))
recursive = [1]
print([recursive, recursive])
