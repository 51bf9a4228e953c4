# PEP 475 for sigwaitinfo and sigtimedwait: a handled signal interrupting the
# wait runs its handler; if it raises, the exception comes out of the wait,
# otherwise the wait resumes (and here gets what the handler sent).
import os
import signal

class Timeout(Exception):
    pass

def raising(signum, frame):
    raise Timeout("no SIGUSR1 came")

signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
signal.signal(signal.SIGALRM, raising)
for wait in [lambda: signal.sigwaitinfo([signal.SIGUSR1]),
             lambda: signal.sigtimedwait([signal.SIGUSR1], 60)]:
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        wait()
        print("not reached")
    except Timeout as e:
        print("caught:", e)

events = []

def sender(signum, frame):
    events.append("alarm")
    os.kill(os.getpid(), signal.SIGUSR1)

signal.signal(signal.SIGALRM, sender)
signal.setitimer(signal.ITIMER_REAL, 0.05)
info = signal.sigwaitinfo([signal.SIGUSR1])
print("sigwaitinfo resumed:", info.si_signo, events)
signal.setitimer(signal.ITIMER_REAL, 0.05)
info = signal.sigtimedwait([signal.SIGUSR1], 60)
print("sigtimedwait resumed:", info.si_signo, events)
print(signal.sigpending())
