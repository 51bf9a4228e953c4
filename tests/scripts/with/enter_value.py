class Resource:
    def __enter__(self):
        return {"opened": True, "n": 3}

    def __exit__(self, *args):
        print("closed, args:", args)


with Resource() as r:
    print(r)
    r["n"] += 1
print(r)


class ReturnsNone:
    def __enter__(self):
        print("enter returns None")

    def __exit__(self, t, v, tb):
        pass


with ReturnsNone() as value:
    print(value)
