# pidfd_send_signal through a /proc/<pid> directory fd (which Linux accepts as
# a pidfd): to ourselves, to a forked child, to a reaped child, and errors.
import errno
import os
import signal

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(signal.Signals(s).name))

fd = os.open("/proc/" + str(os.getpid()), os.O_RDONLY)
print("signal 0:", signal.pidfd_send_signal(fd, 0), got)
print("SIGUSR1:", signal.pidfd_send_signal(fd, signal.SIGUSR1), got)
print("with siginfo None and flags 0:", signal.pidfd_send_signal(fd, 0, None, 0))
os.close(fd)

pid = os.fork()
if pid == 0:
    while True:
        signal.pause()
fd = os.open("/proc/" + str(pid), os.O_RDONLY)
signal.pidfd_send_signal(fd, signal.SIGTERM)
_, status = os.waitpid(pid, 0)
print("child killed:", os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGTERM)
try:
    signal.pidfd_send_signal(fd, signal.SIGTERM)
except ProcessLookupError as e:
    print("reaped child:", type(e).__name__, e.errno == errno.ESRCH, e)
os.close(fd)

def attempt(*args, **kwargs):
    try:
        print(repr(signal.pidfd_send_signal(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "errno", ""))

r, w = os.pipe()
attempt(r, 0)
fd = os.open("/proc/" + str(os.getpid()), os.O_RDONLY)
attempt(fd, 100)
attempt(fd, -1)
attempt(fd, 0, ())
attempt(fd, 0, flags=0)
attempt(fd, 0, None, 0, 1)
attempt(fd, 2 ** 40)
attempt(fd, "2")
os.close(fd)
print("no stray handler calls:", got)
