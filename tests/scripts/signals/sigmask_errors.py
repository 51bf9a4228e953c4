# The errors of pthread_sigmask, sigpending and the sigwait family.
import signal

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(signal.pthread_sigmask, 5, [])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, [0])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, [65])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, [-5])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, [2 ** 70])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, 5)
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, ["a"])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, [2.0])
attempt(signal.pthread_sigmask, "how", [])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK)
attempt(signal.pthread_sigmask)
attempt(signal.pthread_sigmask, 1, 2, 3)
attempt(signal.sigpending, 1)
attempt(signal.sigwait)
attempt(signal.sigwait, [0])
attempt(signal.sigwait, None)
attempt(signal.sigwaitinfo)
attempt(signal.sigwaitinfo, [100])
attempt(signal.sigwaitinfo, [1], [2])
attempt(signal.sigtimedwait, [signal.SIGUSR1])
attempt(signal.sigtimedwait, [signal.SIGUSR1], -1)
attempt(signal.sigtimedwait, [signal.SIGUSR1], -0.5)
attempt(signal.sigtimedwait, [signal.SIGUSR1], "x")
attempt(signal.sigtimedwait, [signal.SIGUSR1], float("nan"))
attempt(signal.sigtimedwait, [signal.SIGUSR1], 1e300)
attempt(signal.sigtimedwait, [signal.SIGUSR1], 10 ** 30)
attempt(signal.sigtimedwait, [0], 0)
attempt(signal.sigtimedwait, [signal.SIGUSR1], 0, 1)
