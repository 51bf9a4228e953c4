class Noisy:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, v, tb):
        print("exit with", t.__name__)


def compute(xs):
    with Noisy():
        return sum(xs) / len(xs)


print(compute([1, 2, 3]))
compute([])
