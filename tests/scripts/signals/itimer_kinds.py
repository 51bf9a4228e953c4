# The three interval timers: ITIMER_REAL sends SIGALRM, ITIMER_VIRTUAL
# SIGVTALRM (user CPU time) and ITIMER_PROF SIGPROF (user and system CPU
# time); with an interval they repeat until cancelled.
import signal

ticks = {}

def tick(signum, frame):
    name = signal.Signals(signum).name
    ticks[name] = ticks.get(name, 0) + 1

for which, sig in [(signal.ITIMER_REAL, signal.SIGALRM),
                   (signal.ITIMER_VIRTUAL, signal.SIGVTALRM),
                   (signal.ITIMER_PROF, signal.SIGPROF)]:
    signal.signal(sig, tick)
    name = signal.Signals(sig).name
    signal.setitimer(which, 0.01, 0.01)
    spins = 0
    while ticks.get(name, 0) < 3:
        spins += 1
    value, interval = signal.setitimer(which, 0)
    print(name, "ticked 3 times; interval was", interval, "; now", signal.getitimer(which))
    signal.signal(sig, signal.SIG_DFL)
print(sorted(ticks))
