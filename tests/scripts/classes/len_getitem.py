class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        return self.cards[index]

    def __setitem__(self, index, value):
        print(f"  set [{index}] = {value}")
        self.cards[index] = value


d = Deck("ABCDE")
print(len(d))
print(d[0], d[-1], d[1:3])
d[2] = "z"
print(d.cards)
d[0:2] = ["x", "y"]
print(d.cards)
# the old sequence protocol: iteration through __getitem__ until IndexError
for card in d:
    print(card, end=" ")
print()
print(list(d))
print("z" in d, "q" in d)
print(bool(Deck([])), bool(d))


class Squares:
    def __getitem__(self, key):
        if isinstance(key, int):
            return key * key
        return "key " + repr(key)


sq = Squares()
print(sq[7], sq["hello"], sq[(1, 2)])
try:
    d[10]
except IndexError as e:
    print("IndexError:", e)
