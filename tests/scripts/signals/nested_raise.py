# Nested handlers that raise: an exception from an inner handler unwinds
# through the outer handler's try/finally into the interrupted code; a
# handler that raises leaves the other pending signals for the next check
# point.
import os
import signal

class Inner(Exception):
    pass

order = []

def on_usr2(signum, frame):
    order.append("usr2 raises in " + frame.f_code.co_name)
    raise Inner("from usr2")

def on_usr1(signum, frame):
    order.append("usr1 start")
    try:
        signal.raise_signal(signal.SIGUSR2)
        order.append("not reached")
    finally:
        order.append("usr1 finally")

signal.signal(signal.SIGUSR1, on_usr1)
signal.signal(signal.SIGUSR2, on_usr2)

def work():
    try:
        os.kill(os.getpid(), signal.SIGUSR1)
        order.append("not reached either")
    finally:
        order.append("work finally")

try:
    work()
except Inner as e:
    order.append("caught " + str(e))
    lines = []
    tb = e.__traceback__
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines", lines)
print(order)

# Two signals pending at once; the first handler raises. The second one's
# handler has not run when the exception is caught; it runs later, once.
# (Exactly when differs: see pending_after_raise.py.)
order.clear()

class First(Exception):
    pass

def first(signum, frame):
    order.append("usr1 raises")
    raise First()

def second(signum, frame):
    order.append("usr2 runs")

signal.signal(signal.SIGUSR1, first)
signal.signal(signal.SIGUSR2, second)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2])
os.kill(os.getpid(), signal.SIGUSR2)
os.kill(os.getpid(), signal.SIGUSR1)
try:
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1, signal.SIGUSR2])
except First:
    caught = list(order)
print("when caught:", caught)
print("later:", order)
