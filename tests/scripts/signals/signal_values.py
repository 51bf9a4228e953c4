# signal(): what counts as SIG_DFL/SIG_IGN, what it returns, and its errors.
import signal

U = signal.SIGUSR2
print(repr(signal.signal(U, 1)))
print(repr(signal.signal(U, 0)))
print(repr(signal.signal(U, True)))
print(repr(signal.signal(U, 0.0)))
print(repr(signal.signal(U, signal.Handlers.SIG_IGN)))
print(repr(signal.signal(signalnum=U, handler=signal.SIG_DFL)))
print(repr(signal.signal(signal.Signals.SIGUSR2, signal.SIG_DFL)))
print(repr(signal.signal(12.0, signal.SIG_DFL)))

class Callable:
    def __call__(self, signum, frame):
        print("called", signum)

c = Callable()
print(repr(signal.signal(U, c)))
print(signal.signal(U, print) is c)
print(signal.signal(U, lambda s, f: None) is print)
print(repr(signal.signal(U, signal.SIG_DFL))[:16])

def attempt(*args, **kwargs):
    try:
        print(repr(signal.signal(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(0, signal.SIG_DFL)
attempt(65, signal.SIG_DFL)
attempt(-3, signal.SIG_IGN)
attempt(signal.SIGKILL, signal.SIG_IGN)
attempt(signal.SIGSTOP, signal.SIG_DFL)
attempt(signal.SIGKILL, lambda s, f: None)
attempt(U, 2)
attempt(U, None)
attempt(U, "handler")
attempt(U, [])
attempt("x", signal.SIG_IGN)
attempt(None, signal.SIG_IGN)
attempt(2 ** 40, signal.SIG_IGN)
attempt(U)
attempt()
attempt(U, 0, 0)
attempt(U, handler=0, extra=1)
attempt(U, 0, signalnum=3)
