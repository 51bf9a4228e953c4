class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty


cart = [Item("pen", 1.5, 4), Item("book", 12.0, 1), Item("bag", 30.0, 0)]
print([i.name for i in cart if i.qty])
print({i.name: i.price * i.qty for i in cart})
print(sum(i.price * i.qty for i in cart))
print(max(cart, key=lambda i: i.price).name)
print(sorted((i.name for i in cart), key=len))
print(any(i.qty == 0 for i in cart))
