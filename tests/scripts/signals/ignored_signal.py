# SIG_IGN: the signal is discarded, no handler runs, nothing changes.
import os
import signal

calls = []
signal.signal(signal.SIGUSR1, lambda s, f: calls.append(s))
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
print("still alive", calls)
signal.signal(signal.SIGUSR1, lambda s, f: calls.append(s))
os.kill(os.getpid(), signal.SIGUSR1)
print("handled", calls)
signal.signal(signal.SIGCHLD, signal.SIG_DFL)
signal.raise_signal(signal.SIGCHLD)
print("SIGCHLD's default is to ignore it")
signal.signal(signal.SIGWINCH, signal.SIG_DFL)
os.kill(os.getpid(), signal.SIGWINCH)
print("and SIGWINCH's too")
