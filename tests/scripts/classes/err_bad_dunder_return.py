class BadStr:
    def __str__(self):
        return 42


class BadLen:
    def __len__(self):
        return -1


class BadBool:
    def __bool__(self):
        return 1


class NotIter:
    def __iter__(self):
        return 5


for label, fn in [("str", lambda: str(BadStr())), ("len", lambda: len(BadLen())),
                  ("bool", lambda: bool(BadBool())), ("iter", lambda: iter(NotIter())),
                  ("len2", lambda: len(BadStr())), ("call", lambda: BadStr()()),
                  ("sub", lambda: BadStr()[0]), ("iter2", lambda: list(BadStr()))]:
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)
