# An uncaught exception from a handler: the traceback shows the interrupted
# line and then the handler.
import signal

def handler(signum, frame):
    raise ValueError("raised by the handler for " + signal.Signals(signum).name)

signal.signal(signal.SIGTERM, handler)

def compute(values):
    out = []
    for v in values:
        out.append(v * 2)
        if v == 3:
            signal.raise_signal(signal.SIGTERM)
    return out

print("start")
print(compute([1, 2, 3, 4]))
print("never printed")
