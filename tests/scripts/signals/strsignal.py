# strsignal for every signal number, and its errors.
import signal

for n in range(1, signal.NSIG):
    print(n, signal.strsignal(n))

def attempt(*args, **kwargs):
    try:
        print(repr(signal.strsignal(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(signal.SIGSEGV)
attempt(0)
attempt(65)
attempt(-1)
attempt("2")
attempt()
attempt(1, 2)
attempt(signalnum=2)
