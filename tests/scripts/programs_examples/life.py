# life.py: Conway's Game of Life on a small board whose edges wrap around.
#
#   build/vm run programs/life.py
#   python3 programs/life.py                  prints the same generations
#
# Look for: the board as a grid of booleans built by a nested list
# comprehension, neighbour counting with a generator expression inside sum(),
# __str__ and __eq__ on a class (`board in history` uses __eq__), and a
# glider walking diagonally towards a blinker that flips between two shapes.
# Watch them collide and settle into a still life: the run stops as soon as a
# board repeats one seen before.

START = [
    ".#..........",
    "..#.........",
    "###.........",
    "............",
    "............",
    "........###.",
    "............",
    "............",
]


def rule(alive, neighbours):
    """Survive with 2 or 3 neighbours; be born with exactly 3."""
    return neighbours == 3 or (alive and neighbours == 2)


class Board:
    def __init__(self, cells):
        self.cells = cells
        self.height = len(cells)
        self.width = len(cells[0])

    def alive(self, r, c):
        return self.cells[r % self.height][c % self.width]

    def neighbours(self, r, c):
        return sum(
            self.alive(r + dr, c + dc)
            for dr in (-1, 0, 1)
            for dc in (-1, 0, 1)
            if dr or dc
        )

    def step(self):
        return Board([
            [rule(self.cells[r][c], self.neighbours(r, c)) for c in range(self.width)]
            for r in range(self.height)
        ])

    def population(self):
        return sum(len([x for x in row if x]) for row in self.cells)

    def __eq__(self, other):
        return self.cells == other.cells

    def __str__(self):
        return "\n".join("".join("#" if x else "." for x in row) for row in self.cells)


def board_from_rows(rows):
    return Board([[ch == "#" for ch in row] for row in rows])


board = board_from_rows(START)
history = []
for generation in range(40):
    print(f"generation {generation}: {board.population()} alive")
    print(board)
    print()
    if board in history:
        print(f"generation {generation} repeats generation {history.index(board)}; stopping")
        break
    history.append(board)
    board = board.step()
