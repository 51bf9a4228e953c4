# The wakeup fd wakes a select: a forked child signals us while we wait in
# select on the fd's read end. Only signals with a Python handler write a
# byte; a blocked signal writes when it is unblocked; a raising handler's
# byte is written all the same.
import os
import select
import signal

r, w = os.pipe()
os.set_blocking(r, False)
os.set_blocking(w, False)
signal.set_wakeup_fd(w)
seen = []
signal.signal(signal.SIGUSR1, lambda s, f: seen.append(s))

pid = os.fork()
if pid == 0:
    os.kill(os.getppid(), signal.SIGUSR1)
    os._exit(0)
ready, _, _ = select.select([r], [], [])
print("select woke:", ready == [r], list(os.read(r, 10)), seen)
os.waitpid(pid, 0)

signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
signal.signal(signal.SIGCHLD, signal.SIG_DFL)
os.kill(os.getpid(), signal.SIGCHLD)
print("no byte for SIG_IGN and SIG_DFL:", select.select([r], [], [], 0)[0])

signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
print("blocked:", select.select([r], [], [], 0)[0], seen)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print("unblocked:", list(os.read(r, 10)), seen)

def raising(signum, frame):
    raise RuntimeError("handler failed")

signal.signal(signal.SIGUSR2, raising)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print("caught", e, list(os.read(r, 10)))
signal.set_wakeup_fd(-1)
