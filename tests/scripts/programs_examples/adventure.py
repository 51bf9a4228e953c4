# adventure.py: a tiny text adventure run as a state machine by a fixed script.
#
#   build/vm run programs/adventure.py
#   python3 programs/adventure.py             prints the same transcript
#
# Look for: rooms as plain dicts, a Game class whose command handlers are
# looked up by name with getattr(self, "do_" + verb), a custom exception
# (GameOver) that ends the loop from deep inside a handler, and "Did you mean"
# hints for typos, found with a small edit-distance function.

ROOMS = {
    "hall": {
        "text": "A dusty hall. Doors lead north and east.",
        "exits": {"north": "library", "east": "kitchen"},
        "items": ["lamp"],
    },
    "library": {
        "text": "Shelves of mouldy books. A locked chest sits in the corner.",
        "exits": {"south": "hall"},
        "items": [],
    },
    "kitchen": {
        "text": "A cold kitchen. Something glints under the table.",
        "exits": {"west": "hall", "down": "cellar"},
        "items": ["key"],
    },
    "cellar": {
        "text": "Damp stone steps end in a puddle. Nothing else here.",
        "exits": {"up": "kitchen"},
        "items": [],
    },
}

SCRIPT = [
    "look",
    "take lamp",
    "go east",
    "tkae key",
    "take key",
    "go down",
    "go sideways",
    "go up",
    "go west",
    "go north",
    "inventory",
    "dance",
    "open chest",
]


class GameOver(Exception):
    def __init__(self, message, won):
        super().__init__(message)
        self.won = won


def distance(a, b):
    """Levenshtein distance, with the classic dynamic-programming table."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


class Game:
    VERBS = ["look", "take", "go", "open", "inventory"]

    def __init__(self, rooms, start):
        self.rooms = rooms
        self.here = start
        self.inventory = []
        self.moves = 0

    def room(self):
        return self.rooms[self.here]

    def do_look(self, arg):
        room = self.room()
        print(room["text"])
        if room["items"]:
            print("You see:", ", ".join(room["items"]))
        print("Exits:", " ".join(sorted(room["exits"])))

    def do_take(self, arg):
        items = self.room()["items"]
        if arg not in items:
            print(f"There is no {arg} here.")
            return
        items.remove(arg)
        self.inventory.append(arg)
        print(f"Taken: {arg}.")

    def do_go(self, arg):
        exits = self.room()["exits"]
        if arg not in exits:
            print(f"You can't go {arg}. Exits: {', '.join(sorted(exits))}.")
            return
        self.here = exits[arg]
        self.moves += 1
        print(f"You go {arg} to the {self.here}.")
        if self.here == "cellar" and "lamp" in self.inventory:
            print("Your lamp lights the way.")

    def do_open(self, arg):
        if arg != "chest" or self.here != "library":
            print("You can't open that.")
        elif "key" not in self.inventory:
            print("The chest is locked.")
        else:
            raise GameOver("The chest creaks open: it is full of gold!", won=True)

    def do_inventory(self, arg):
        print("You carry:", ", ".join(self.inventory) if self.inventory else "nothing")

    def run(self, commands):
        for line in commands:
            print(f"> {line}")
            verb, arg = split_command(line)
            handler = getattr(self, "do_" + verb, None)
            if handler is None:
                close = [v for v in self.VERBS if distance(v, verb) <= 2]
                hint = f" Did you mean '{close[0]}'?" if close else ""
                print(f"I don't know how to {verb}.{hint}")
                continue
            handler(arg)
        raise GameOver("You ran out of ideas.", won=False)


def split_command(line):
    words = line.split(maxsplit=1)
    return words[0], (words[1] if len(words) > 1 else "")


game = Game(ROOMS, "hall")
try:
    game.run(SCRIPT)
except GameOver as end:
    print()
    print(end)
    print("You won" if end.won else "You lost", f"after {game.moves} moves.")
