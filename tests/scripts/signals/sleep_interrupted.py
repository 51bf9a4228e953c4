# A signal arriving during time.sleep: a handler that raises ends the sleep
# with its exception, which unwinds through `with` and `finally` and shows the
# sleeping line in its traceback; default_int_handler makes that a
# KeyboardInterrupt; a handler that returns lets the sleep go on for its
# whole duration.
import signal
import time

class Timeout(Exception):
    pass

def raising(signum, frame):
    raise Timeout("woken by " + signal.Signals(signum).name + " in " + frame.f_code.co_name)

class Manager:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, typ, value, tb):
        print("exit sees", typ.__name__, value)
        return False

def nap():
    with Manager():
        try:
            time.sleep(60)
            print("not reached")
        finally:
            print("finally runs")

signal.signal(signal.SIGALRM, raising)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    nap()
except Timeout as e:
    print("caught:", e)
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines", lines)

signal.signal(signal.SIGALRM, signal.default_int_handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(60)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

calls = []
signal.signal(signal.SIGALRM, lambda s, f: calls.append(f.f_code.co_name))
start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.5)
print("slept at least 0.5s:", time.monotonic() - start >= 0.5, "handler ran", calls)

# Several interruptions of one sleep: an interval timer.
calls.clear()
signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
start = time.monotonic()
while len(calls) < 3:
    time.sleep(0.5)
signal.setitimer(signal.ITIMER_REAL, 0)
print("three ticks", len(calls) >= 3, "timer off", signal.getitimer(signal.ITIMER_REAL))
