class Pair:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, t, v, tb):
        print("exit pair")


with Pair() as (a, b):
    print(a, b)
with Pair() as (a, (b, c)):
    print(a, b, c)
with Pair() as [first, *rest]:
    print(first, rest)


class Holder:
    pass


h = Holder()
d = {}
with Pair() as h.value:
    pass
with Pair() as d["k"]:
    pass
print(h.value, d)
