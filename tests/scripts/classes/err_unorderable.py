class Item:
    def __init__(self, n):
        self.n = n


class Other:
    pass


try:
    Item(1) < Item(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Item(1) >= Other()
except TypeError as e:
    print("TypeError:", e)
try:
    Item(1) <= 3
except TypeError as e:
    print("TypeError:", e)
try:
    max(Item(1), Item(2))
except TypeError as e:
    print("TypeError:", e)
print(sorted([Item(3)])[0].n)
sorted([Item(3), Item(1)])
