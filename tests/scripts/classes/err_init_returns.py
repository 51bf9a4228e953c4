class Good:
    def __init__(self):
        self.ok = True
        return None


print(Good().ok)


class Bad:
    def __init__(self, v):
        self.v = v
        return v


try:
    Bad(5)
except TypeError as e:
    print("TypeError:", e)
Bad("x")
