# Breadth-first search over a grid maze.
MAZE = [
    '#########',
    '#S..#...#',
    '#.#.#.#.#',
    '#.#...#.#',
    '#.#####.#',
    '#...#..E#',
    '#########',
]
def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return r, c
start, end = find('S'), find('E')
queue = [start]
prev = {start: None}
head = 0
while head < len(queue):
    cur = queue[head]
    head += 1
    if cur == end:
        break
    r, c = cur
    for dr, dc in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
        nxt = (r + dr, c + dc)
        if MAZE[nxt[0]][nxt[1]] != '#' and nxt not in prev:
            prev[nxt] = cur
            queue.append(nxt)
path = []
node = end
while node is not None:
    path.append(node)
    node = prev[node]
path.reverse()
print('steps:', len(path) - 1)
grid = []
for row in MAZE:
    grid.append(list(row))
for r, c in path[1:-1]:
    grid[r][c] = '*'
for row in grid:
    print(''.join(row))
