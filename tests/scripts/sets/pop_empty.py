# pop() from an empty set, uncaught.
s = {1}
print(s.pop())
print(s)
s.pop()
