class CM:
    def __enter__(self):
        print("enter")

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)


try:
    with CM():
        raise ValueError("v")
except ValueError:
    print("except")
finally:
    print("finally")


def f():
    try:
        with CM():
            return "from with"
    finally:
        print("function finally")


print(f())
with CM():
    try:
        raise IndexError("i")
    except IndexError as e:
        print("handled inside with:", e)
    finally:
        print("inner finally")
print("end")
