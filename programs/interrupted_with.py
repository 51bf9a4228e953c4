# interrupted_with.py: Ctrl-C (a KeyboardInterrupt) arriving inside and
# around a `with` block, and what that means for __exit__.
#
#   build/vm run programs/interrupted_with.py
#   python3 programs/interrupted_with.py       prints the same
#
# SIGINT's default handler raises KeyboardInterrupt "out of thin air": at
# whatever instruction the program had reached when the handler ran. The
# program presses Ctrl-C itself with signal.raise_signal(SIGINT) at chosen
# points, so every run is the same:
#   1. in the body of the with: __exit__ runs, sees the KeyboardInterrupt, and
#      the lock is released; the interrupt then goes on to the caller.
#   2. in __enter__, after the lock was taken: the with statement was never
#      entered, so __exit__ never runs and the lock stays held.
#   3. in __exit__, before the release: __exit__ started but did not finish,
#      and the lock stays held too.
#   4. in __exit__ while it handles another exception: the interrupt replaces
#      that exception, which survives only as __context__.
#   5. the cure: a SIGINT handler that only records the request, and a loop
#      that checks it where stopping is safe, between two with blocks.
# Look for "held" in the last column of each case, and where each
# KeyboardInterrupt surfaced.
import signal


def press_ctrl_c():
    """What the terminal does when you press Ctrl-C: send SIGINT to us."""
    signal.raise_signal(signal.SIGINT)


class Lock:
    """A toy lock that says what happens to it."""

    def __init__(self):
        self.held = False

    def acquire(self):
        self.held = True
        print("    lock acquired")

    def release(self):
        self.held = False
        print("    lock released")


class Locked:
    """`with Locked(lock, ctrl_c_in=...)`: holds the lock for the block.

    ctrl_c_in names the place where Ctrl-C is pressed: "__enter__" or
    "__exit__" (the body of the with block presses it itself)."""

    def __init__(self, lock, ctrl_c_in=None):
        self.lock = lock
        self.ctrl_c_in = ctrl_c_in

    def __enter__(self):
        self.lock.acquire()
        if self.ctrl_c_in == "__enter__":
            press_ctrl_c()
        return self.lock

    def __exit__(self, exc_type, exc, tb):
        what = exc_type.__name__ if exc_type else "no exception"
        print(f"    __exit__ called with {what}")
        if self.ctrl_c_in == "__exit__":
            press_ctrl_c()
        self.lock.release()
        return False  # never swallow the exception


def case(title, ctrl_c_in=None, body=None):
    print(title)
    lock = Lock()
    try:
        with Locked(lock, ctrl_c_in):
            print("    in the with block")
            if body:
                body()
            print("    end of the with block")
    except KeyboardInterrupt as e:
        context = e.__context__
        extra = f" (context: {type(context).__name__}: {context})" if context else ""
        print(f"    KeyboardInterrupt reached the caller{extra}")
    except ValueError as e:
        print(f"    ValueError reached the caller: {e}")
    print(f"    afterwards the lock is {'HELD' if lock.held else 'free'}")


def fail():
    raise ValueError("disk full")


case("1. Ctrl-C in the body", body=press_ctrl_c)
case("2. Ctrl-C in __enter__", ctrl_c_in="__enter__")
case("3. Ctrl-C in __exit__", ctrl_c_in="__exit__")
case("4. Ctrl-C in __exit__ while a ValueError unwinds", ctrl_c_in="__exit__", body=fail)
case("   (the same ValueError without Ctrl-C)", body=fail)

# 5. Defer the interrupt: the handler only notes it; the loop looks at the
# note between two with blocks, where nothing is half done.
print("5. a handler that defers Ctrl-C to a safe point")
stop_requested = False


def request_stop(signum, frame):
    global stop_requested
    print(f"    SIGINT noted in {frame.f_code.co_name}(); finishing this step first")
    stop_requested = True


previous = signal.signal(signal.SIGINT, request_stop)
lock = Lock()
step = 0
while not stop_requested:
    step += 1
    with Locked(lock, ctrl_c_in="__exit__" if step == 3 else None):
        print(f"    step {step}")
signal.signal(signal.SIGINT, previous)
print(f"    stopped cleanly after step {step}; the lock is {'HELD' if lock.held else 'free'}")
print(f"    SIGINT handler restored: {signal.getsignal(signal.SIGINT) is signal.default_int_handler}")
