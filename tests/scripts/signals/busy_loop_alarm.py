# A signal interrupts a pure Python loop at a check point (the backward
# jump); the handler's exception stops the loop wherever it was.
import signal

class Stop(Exception):
    pass

def handler(signum, frame):
    raise Stop()

signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.1)
count = 0
try:
    while True:
        count += 1
except Stop:
    print("stopped after some iterations:", count > 0)

def spin():
    n = 0
    while True:
        n += 1

signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    spin()
except Stop as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines", names)
