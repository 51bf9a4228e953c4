# life.py: Conway's Game of Life on a small board whose edges wrap around.
#
#   build/vm run programs/life.py
#   python3 programs/life.py                  prints the same generations
#
# Look for: the board as a grid of booleans built by a nested list
# comprehension, neighbour counting with a generator expression inside sum(),
# __str__ and __eq__ on a class, and a glider walking diagonally across the
# board while a blinker on the right flips between two shapes. The run stops
# as soon as a board repeats one seen before.

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

    @staticmethod_free_placeholder if False else None
