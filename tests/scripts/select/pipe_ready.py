# select on a pipe: writable at once, readable after a write, and objects
# with fileno() come back as themselves.
import os
import select
import time

r, w = os.pipe()
print(select.select([r], [w], [], 0))
print(select.select([r], [w], [r, w], 0.0))
os.write(w, b"x")
print(select.select([r], [w], [], 0) == ([r], [w], []))
print(select.select((r, r), [], [], None) == ([r, r], [], []))
print(os.read(r, 1))


class Wrapper:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return "Wrapper(" + ("r" if self.fd == r else "w") + ")"


wr, ww = Wrapper(r), Wrapper(w)
print(select.select([wr], [ww], [], 0))
os.write(w, b"y")
ready = select.select([wr, ww], [wr, ww], [], 0)
print(ready)
print(ready[0][0] is wr)

# A timeout with nothing ready waits at least that long and returns empty lists.
os.read(r, 1)
t0 = time.monotonic()
print(select.select([r], [], [], 0.05))
print(time.monotonic() - t0 >= 0.05)
print(select.select([], [], [], 0))
print(select.error is OSError)
