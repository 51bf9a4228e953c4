# A full wakeup pipe: the failed write is reported as an ignored exception
# (from the handler's frame), unless warn_on_full_buffer=False.
import os
import signal

r, w = os.pipe()
os.set_blocking(w, False)
try:
    while True:
        os.write(w, b"x" * 4096)
except BlockingIOError:
    print("pipe full")

def handler(signum, frame):
    print("handler ran")

signal.signal(signal.SIGUSR1, handler)
signal.set_wakeup_fd(w)
signal.raise_signal(signal.SIGUSR1)
signal.set_wakeup_fd(w, warn_on_full_buffer=False)
signal.raise_signal(signal.SIGUSR1)
print("done")
