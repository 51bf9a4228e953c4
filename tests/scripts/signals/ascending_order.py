# Signals that arrive together are handled in ascending order of number,
# when the main thread reaches its next check point.
import os
import signal

seen = []

def handler(signum, frame):
    seen.append(signal.Signals(signum).name)

sigs = [signal.SIGTERM, signal.SIGUSR2, signal.SIGHUP, signal.SIGUSR1, signal.SIGALRM]
for s in sigs:
    signal.signal(s, handler)

old = signal.pthread_sigmask(signal.SIG_BLOCK, sigs)
print("old mask", old)
for s in sigs:
    os.kill(os.getpid(), s)
print("pending", sorted(signal.sigpending()))
print("seen while blocked", seen)
signal.pthread_sigmask(signal.SIG_UNBLOCK, sigs)
print("seen after unblock", seen)
print("pending now", signal.sigpending())
