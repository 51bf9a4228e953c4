# After a wait that a handler cut short (time.sleep, select, pause), the
# signal mask is the script's own again, blocked signals included.
import signal, time, os, select
hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.2)
print(hits, signal.pthread_sigmask(signal.SIG_BLOCK, []))
signal.setitimer(signal.ITIMER_REAL, 0.05)
r, w = os.pipe()
print(select.select([r], [], [], 0.2), hits, signal.pthread_sigmask(signal.SIG_BLOCK, []))
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
print(hits, signal.pthread_sigmask(signal.SIG_BLOCK, []))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.1)
print(hits, signal.pthread_sigmask(signal.SIG_BLOCK, []))
