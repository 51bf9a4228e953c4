# struct_siginfo(sequence, dict=None): any iterable of exactly seven values,
# `dict` a dict if given; its errors, and the read-only attributes of an
# instance.
import signal

S = signal.struct_siginfo


# In a function, so no instance outlives it: CPython 3.11 may report a
# SystemError at exit for a struct_siginfo still reachable from a module dict.
def main():
    print(S([7, 6, 5, 4, 3, 2, 1]))
    print(S(range(7)))
    print(S(iter(range(100, 107))))
    print(S("abcdefg"))
    print(S(S(range(7))) == tuple(range(7)))
    print(S((1,) * 7, {}))
    print(S((1,) * 7, {"si_signo": 9}))
    print(S(sequence=(2,) * 7))
    print(S((3,) * 7, dict={}))
    print(S(x * x for x in range(7)))

    def report(make):
        try:
            print(make())
        except Exception as err:
            print(type(err).__name__ + ":", err)

    report(lambda: S())
    report(lambda: S(5))
    report(lambda: S(None))
    report(lambda: S(3.5))
    report(lambda: S((1, 2)))
    report(lambda: S(range(8)))
    report(lambda: S({1: 2}))
    report(lambda: S((1,) * 7, 5))
    report(lambda: S((1,) * 7, None))
    report(lambda: S((1,) * 7, {}, 3))
    report(lambda: S((1,) * 7, foo=1))
    report(lambda: S((1,) * 7, sequence=(1,) * 7))

    class Failing:
        def __iter__(self):
            return self

        def __next__(self):
            raise ValueError("boom from the iterable")

    report(lambda: S(Failing()))

    info = S(range(7))
    for name in ["si_signo", "si_band", "foo", "n_fields", "index"]:
        try:
            setattr(info, name, 1)
        except AttributeError as err:
            print("set", name, "AttributeError:", err)
        try:
            delattr(info, name)
        except AttributeError as err:
            print("del", name, "AttributeError:", err)
    try:
        info.si_pid = 0
    except AttributeError as err:
        print("AttributeError:", err)
    try:
        info[0] = 1
    except TypeError as err:
        print("TypeError:", err)
    try:
        info.nope
    except AttributeError as err:
        print("AttributeError:", err)
    print(info)


main()
