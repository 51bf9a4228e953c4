# Another process signals us: a forked child sends SIGUSR1 to its parent,
# which collects it with sigwaitinfo (si_pid names the child), then with a
# handler and pause.
import os
import signal

signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
pid = os.fork()
if pid == 0:
    os.kill(os.getppid(), signal.SIGUSR1)
    os._exit(0)
info = signal.sigwaitinfo([signal.SIGUSR1])
print("got", signal.Signals(info.si_signo).name, "from the child:", info.si_pid == pid)
os.waitpid(pid, 0)

got = []
signal.signal(signal.SIGUSR2, lambda s, f: got.append(s))
blocked = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
pid = os.fork()
if pid == 0:
    os.kill(os.getppid(), signal.SIGUSR2)
    os._exit(0)
os.waitpid(pid, 0)
print("pending", signal.sigpending())
signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
print("handled", got)
