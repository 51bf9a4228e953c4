# An exception raised by a handler goes through `with`: __exit__ sees it and
# may suppress it.
import signal

class Manager:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None, value)
        return self.suppress

def handler(signum, frame):
    raise RuntimeError("signal " + str(signum))

signal.signal(signal.SIGUSR2, handler)

with Manager("outer", True):
    with Manager("inner", False):
        signal.raise_signal(signal.SIGUSR2)
        print("not reached")
    print("not reached either")
print("after the with blocks")

try:
    with Manager("plain", False) as m:
        x = [signal.raise_signal(signal.SIGUSR2) for _ in range(3)]
except RuntimeError as e:
    print("caught", e)
