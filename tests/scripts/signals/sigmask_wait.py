# Blocked signals stay pending; sigpending shows them, the sigwait family
# takes them without running a handler.
import os
import signal

calls = []
signal.signal(signal.SIGUSR1, lambda s, f: calls.append(s))

print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2]))
print(sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
os.kill(os.getpid(), signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR2)
print(sorted(signal.sigpending()), calls)

r = signal.sigwait([signal.SIGUSR1])
print("sigwait", repr(r))
info = signal.sigwaitinfo({signal.SIGUSR2})
print("sigwaitinfo", info.si_signo, info.si_code, info.si_errno, info.si_pid == os.getpid())
print(signal.sigpending(), calls)

print("nothing pending:", signal.sigtimedwait([signal.SIGUSR1], 0))
print("short wait:", signal.sigtimedwait([signal.SIGUSR1], 0.01))

os.kill(os.getpid(), signal.SIGUSR1)
info = signal.sigtimedwait([signal.SIGUSR1], 1)
print(type(info).__name__, info.si_signo, info[0], len(info), info[0:2] == (info.si_signo, info.si_code))
print(repr(info).startswith("signal.struct_siginfo(si_signo=10, si_code=0, si_errno=0, si_pid="))
print(info.n_fields, info.n_sequence_fields, info.n_unnamed_fields)
print(list(info)[:3], info[-7] == info.si_signo)

print(sorted(signal.pthread_sigmask(signal.SIG_SETMASK, [signal.SIGUSR2])))
print(sorted(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2])))
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))

# Unblocking delivers what arrived meanwhile: the handler runs at once.
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
signal.raise_signal(signal.SIGUSR1)
print("blocked", calls)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print("unblocked", calls)
print(signal.pthread_sigmask(how=signal.SIG_BLOCK, mask=set()))
