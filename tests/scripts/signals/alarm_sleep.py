# PEP 475: alarm interrupts time.sleep; the handler runs at once, and its
# exception comes out of the sleep. A handler that returns lets it resume.
import signal
import time

class Timeout(Exception):
    pass

def raising(signum, frame):
    print("alarm in", frame.f_code.co_name)
    raise Timeout("slept too long")

signal.signal(signal.SIGALRM, raising)
signal.alarm(1)
start = time.monotonic()
try:
    time.sleep(10)
    print("not reached")
except Timeout as e:
    print("caught:", e)
print("woke early:", time.monotonic() - start < 5)

ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
time.sleep(0.3)
elapsed = time.monotonic() - start
print("handler ran", ticks, "sleep resumed:", elapsed >= 0.29)
