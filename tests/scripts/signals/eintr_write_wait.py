# PEP 475 for os.write on a full pipe and os.waitpid(-1): a handler that
# returns lets the call resume, one that raises ends it with its exception.
import os
import signal
import time

class Timeout(Exception):
    pass

def raiser(signum, frame):
    raise Timeout("write timed out")

runs = []

def counter(signum, frame):
    runs.append(signum)

# Write until the pipe is full and a write blocks; the alarm ends it.
r, w = os.pipe()
signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.05)
filled = 0
try:
    while True:
        filled += os.write(w, b"x" * 4096)
except Timeout as e:
    print("caught", repr(e), "after", filled >= 4096)

# A child drains the pipe later; the write, interrupted first, completes.
# (Each timer is armed before the fork, so it fires before the child acts.)
signal.signal(signal.SIGALRM, counter)
signal.setitimer(signal.ITIMER_REAL, 0.05)
pid = os.fork()
if pid == 0:
    time.sleep(0.3)
    while not os.read(r, 65536).endswith(b"y" * 10):
        pass
    os._exit(0)
print("wrote", os.write(w, b"y" * 10), "bytes; handler runs:", runs)

# waitpid(-1) for any child, interrupted by a handler that returns.
got, status = os.waitpid(-1, 0)
print("waited for the child:", got == pid, os.WEXITSTATUS(status))
runs.clear()
signal.setitimer(signal.ITIMER_REAL, 0.05)
pid = os.fork()
if pid == 0:
    time.sleep(0.3)
    os._exit(7)
got, status = os.waitpid(-1, 0)
print("waited again:", got == pid, os.WEXITSTATUS(status), "handler runs:", runs)
