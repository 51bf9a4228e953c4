# When a handler raises, CPython 3.11 leaves the signals still tripped for
# later, but the eval breaker bit was already consumed (by the raising
# handler's own RESUME check point), so the next handler does not run at the
# next check point: it waits for C code that calls PyErr_CheckSignals, here
# the print() at the end (its stdout write). Handlers run in the order below.
import os
import signal

order = []

class First(Exception):
    pass

def first(signum, frame):
    order.append("usr1 raises")
    raise First()

def second(signum, frame):
    order.append(f"usr2 runs at line {frame.f_lineno}")

signal.signal(signal.SIGUSR1, first)
signal.signal(signal.SIGUSR2, second)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2])
os.kill(os.getpid(), signal.SIGUSR2)
os.kill(os.getpid(), signal.SIGUSR1)
try:
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1, signal.SIGUSR2])
except First:
    order.append("caught First")

def f():
    return 1

for i in range(3):
    f()
order.append("after calls and a loop")
print(order)
