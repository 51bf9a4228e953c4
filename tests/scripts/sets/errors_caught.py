# Errors from sets, caught and printed.
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {1, 2}
attempt(lambda: s.remove(5))
attempt(lambda: s.remove((1, 2)))
attempt(lambda: set().pop())
attempt(lambda: {[1]})
attempt(lambda: s.add([]))
attempt(lambda: {} in s)
attempt(lambda: s.add())
attempt(lambda: s.pop(1))
attempt(lambda: s.union(1))
attempt(lambda: set(5))
attempt(lambda: set(1, 2))
attempt(lambda: s | [1])
attempt(lambda: s - 1)
attempt(lambda: s < [1])
attempt(lambda: s[0])
attempt(lambda: hash(s))
attempt(lambda: frozenset({1}).add)
attempt(lambda: s + s)
def grow():
    t = {1, 2, 3}
    for x in t:
        t.add(x + 10)
attempt(grow)
def inplace():
    t = {1}
    t |= [2]
attempt(inplace)
