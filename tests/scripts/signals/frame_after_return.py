# A handler keeps the frames it was given; once those calls have returned
# (or unwound), the frames still tell their last line and final locals.
import signal
saved = []
def h(signum, frame):
    saved.append(frame)
signal.signal(signal.SIGUSR1, h)

def work(n):
    total = 0
    signal.raise_signal(signal.SIGUSR1)
    for i in range(n):
        total += i
    last = "done"
    return total

def boom():
    x = 42
    signal.raise_signal(signal.SIGUSR1)
    y = x + 1
    raise ValueError(y)

def values():
    return list(signal.raise_signal(signal.SIGUSR1) or k * k for k in range(3))

print(work(5))
try:
    boom()
except ValueError as e:
    print("caught", e)
print(values())
for f in saved:
    print(f.f_code.co_name, f.f_lineno, sorted((k, v) for k, v in f.f_locals.items() if k != ".0"))
print(saved[0].f_back.f_code.co_name)
