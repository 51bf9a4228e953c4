# set_wakeup_fd: the C handler writes each signal's number as one byte.
import os
import signal

r, w = os.pipe()
os.set_blocking(w, False)
os.set_blocking(r, False)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, lambda s, f: None)
signal.signal(signal.SIGUSR2, lambda s, f: None)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR2)
os.kill(os.getpid(), signal.SIGUSR1)
data = os.read(r, 100)
print(list(data))
print(signal.set_wakeup_fd(-1) == w)
signal.raise_signal(signal.SIGUSR1)
try:
    os.read(r, 100)
except BlockingIOError:
    print("nothing written once unset")
print(signal.set_wakeup_fd(w, warn_on_full_buffer=False) == -1)
signal.raise_signal(signal.SIGUSR2)
print(list(os.read(r, 100)))
print(signal.set_wakeup_fd(-1) == w)

def attempt(*args, **kwargs):
    try:
        print(repr(signal.set_wakeup_fd(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b_r, b_w = os.pipe()
attempt(b_w)
attempt(1000)
attempt(-5)
attempt("x")
attempt(1.5)
attempt(2 ** 40)
attempt()
attempt(-1, True)
attempt(fd=-1)
attempt(-1, bogus=1)
attempt(-1)
