# select.select argument errors, with CPython's messages.
import os
import select

r, w = os.pipe()


class NoInt:
    def fileno(self):
        return "3"


def show(f):
    try:
        r = f()
        print("ok", r)
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(type(e).__name__, e)


show(lambda: select.select())
show(lambda: select.select([], []))
show(lambda: select.select([], [], [], 1, 2))
show(lambda: select.select([], [], [], 0, x=1))
show(lambda: select.select(1, [], [], 0))
show(lambda: select.select([], [], None, 0))
show(lambda: select.select([], [], [], "x"))
show(lambda: select.select([], [], [], -1))
show(lambda: select.select([], [], [], -0.001))
show(lambda: select.select([], [], [], float("nan")))
show(lambda: select.select([], [], [], 1e300))
show(lambda: select.select([], [], [], 10**12))
show(lambda: select.select(["x"], [], [], 0))
show(lambda: select.select([1.5], [], [], 0))
show(lambda: select.select([None], [], [], 0))
show(lambda: select.select([-1], [], [], 0))
show(lambda: select.select([2**40], [], [], 0))
show(lambda: select.select([5000], [], [], 0))
show(lambda: select.select([NoInt()], [], [], 0))
show(lambda: select.select([], [], [], True))
closed_r, closed_w = os.pipe()
os.close(closed_r)
os.close(closed_w)
show(lambda: select.select([closed_r], [], [], 0))
