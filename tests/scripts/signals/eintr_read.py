# PEP 475: a blocking os.read on an empty pipe is interrupted by alarm. A
# handler that returns lets the read resume; one that raises ends it.
import os
import signal

r, w = os.pipe()
events = []

def writer(signum, frame):
    events.append("alarm: writing")
    os.write(w, b"data from the handler")

signal.signal(signal.SIGALRM, writer)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(os.read(r, 100))
print(events)

class Timeout(Exception):
    pass

def raiser(signum, frame):
    raise Timeout("read timed out")

signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    os.read(r, 100)
except Timeout as e:
    print("caught", repr(e))
