# sigwait_sync.py: handling signals synchronously, with no handler at all.
#
#   build/vm run programs/sigwait_sync.py
#   python3 programs/sigwait_sync.py           prints the same
#
# A blocked signal is not delivered: the kernel keeps it pending until the
# program either unblocks it or collects it with sigwait(). Collecting it is
# an ordinary function call that returns the signal number, at a line the
# program chose, so nothing happens "out of thin air".
#   1. block SIGUSR1 and SIGUSR2, send both, see them in sigpending(), and
#      collect them with sigwait(): the lower number comes first.
#   2. a standard signal sent three times while blocked is pending once;
#      a real-time signal (SIGRTMIN) is queued three times.
#   3. a forked child and its parent play ping-pong with SIGUSR1/SIGUSR2,
#      each waiting with sigwait(); sigwaitinfo() also says who sent a signal.
#   4. unblocking a pending signal that has a handler runs the handler at
#      once, before pthread_sigmask() returns to the next line.
# Look for the order of the signals and the empty sigpending() at the end.
import os
import signal
import sys

USR1, USR2 = signal.SIGUSR1, signal.SIGUSR2


def names(signals):
    """Signal numbers as sorted names (sets of signals have no fixed order)."""
    return [signal.Signals(s).name for s in sorted(signals)]


def send(sig, times=1):
    for _ in range(times):
        os.kill(os.getpid(), sig)


print("1. block, send, look, collect")
old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, {USR1, USR2})
print("   blocked:", names(signal.pthread_sigmask(signal.SIG_BLOCK, set())))
send(USR2)
send(USR1)
print("   sent SIGUSR2, then SIGUSR1; pending:", names(signal.sigpending()))
for _ in range(2):
    sig = signal.sigwait({USR1, USR2})
    print("   sigwait returned", signal.Signals(sig).name)
print("   pending now:", names(signal.sigpending()))

print("2. standard signals merge, real-time signals queue")
rt = signal.SIGRTMIN
signal.pthread_sigmask(signal.SIG_BLOCK, {rt})
send(USR1, times=3)
send(rt, times=3)
collected = []
while signal.sigpending():
    collected.append(signal.sigwait({USR1, rt}))
usr1_count = collected.count(USR1)
rt_count = collected.count(rt)
print(f"   sent each 3 times; collected SIGUSR1 {usr1_count}x, SIGRTMIN {rt_count}x")

print("3. ping-pong with a child, each side waiting for the other")
sys.stdout.flush()  # the child must not print our buffered output again
child = os.fork()
if child == 0:
    # The child inherited our mask, so SIGUSR2 is blocked until it waits.
    parent = os.getppid()
    for _ in range(3):
        os.kill(parent, USR1)  # ping
        signal.sigwait({USR2})  # wait for the pong
    os._exit(0)
for n in range(1, 4):
    info = signal.sigwaitinfo({USR1})
    sender = "the child" if info.si_pid == child else f"pid {info.si_pid}"
    print(f"   ping {n}: {signal.Signals(info.si_signo).name} from {sender}; pong")
    os.kill(child, USR2)
_, status = os.waitpid(child, 0)
print(f"   child exited with status {os.WEXITSTATUS(status)}")

print("4. unblocking runs the handler before the next line")


def handler(signum, frame):
    print(f"   handler: {signal.Signals(signum).name}")


signal.signal(USR1, handler)
send(USR1)
print("   SIGUSR1 is pending:", names(signal.sigpending()))
signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
print("   mask restored; pending:", names(signal.sigpending()))
