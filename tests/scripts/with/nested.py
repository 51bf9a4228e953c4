class Indent:
    level = 0

    def __enter__(self):
        Indent.level += 1
        return Indent.level

    def __exit__(self, t, v, tb):
        Indent.level -= 1


def say(msg):
    print("  " * Indent.level + msg)


say("top")
with Indent():
    say("one")
    with Indent() as lvl:
        say(f"two (level {lvl})")
        with Indent():
            say("three")
        say("back to two")
    say("back to one")
say("top again")


class Inner:
    def __exit__(self, t, v, tb):
        print("inner exit", t.__name__ if t else None)
        return t is KeyError

    def __enter__(self):
        return self


class Outer:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("outer exit", t.__name__ if t else None)
        return True


with Outer():
    with Inner():
        raise KeyError(1)
    print("after inner (KeyError suppressed)")
    with Inner():
        raise TypeError("x")
    print("not reached")
print("after outer")
