class Stack:
    def __init__(self):
        self.items = []

    def push(self, value):
        self.items.append(value)
        return self

    def pop(self):
        return self.items.pop()

    def peek(self):
        return self.items[-1]

    def size(self):
        return len(self.items)

    def is_empty(self):
        return self.size() == 0


s = Stack()
s.push(1).push(2).push(3)
print(s.size(), s.peek())
print(s.pop(), s.pop())
print(s.is_empty())
print(s.pop())
print(s.is_empty())
print(Stack.size(s))


class Greeter:
    greeting = "Hello"

    def greet(self, name, punct="!"):
        return f"{self.greeting}, {name}{punct}"

    def greet_all(self, *names, sep=" / "):
        return sep.join(self.greet(n) for n in names)


g = Greeter()
print(g.greet("Ann"))
print(g.greet("Bob", punct="?"))
print(g.greet_all("x", "y", "z"))
print(g.greet_all("x", "y", sep="|"))
print(Greeter.greet(g, "direct"))
