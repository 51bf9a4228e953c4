# Every constant of the signal module: the values, and which are enum members.
import signal

names = ["SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGIOT",
         "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE",
         "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCLD", "SIGCONT", "SIGSTOP",
         "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM",
         "SIGPROF", "SIGWINCH", "SIGIO", "SIGPOLL", "SIGPWR", "SIGSYS", "SIGRTMIN",
         "SIGRTMAX"]
for name in names:
    v = getattr(signal, name)
    print(name, v, repr(v), type(v).__name__, v.name)

for name in ["SIG_DFL", "SIG_IGN", "SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"]:
    v = getattr(signal, name)
    print(name, v, repr(v), type(v).__name__)

for name in ["NSIG", "ITIMER_REAL", "ITIMER_VIRTUAL", "ITIMER_PROF"]:
    v = getattr(signal, name)
    print(name, repr(v), type(v).__name__)

print(signal.SIGIOT is signal.SIGABRT, signal.SIGCLD is signal.SIGCHLD, signal.SIGPOLL is signal.SIGIO)
print(signal.ItimerError.__name__, issubclass(signal.ItimerError, OSError))
print(signal.default_int_handler)
print(signal.struct_siginfo.__name__)
