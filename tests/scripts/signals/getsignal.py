# What getsignal reports at start-up, and after signal() changes a handler.
import signal

print(signal.getsignal(signal.SIGUSR1))
print(repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGXFSZ)))
print(repr(signal.getsignal(signal.SIGKILL)), repr(signal.getsignal(signal.SIGTERM)))
h = signal.getsignal(signal.SIGINT)
# default_int_handler, unless the parent made the process ignore SIGINT.
print(h is signal.default_int_handler or h == signal.SIG_IGN)
print(signal.getsignal(signalnum=signal.SIGALRM))
print(repr(signal.getsignal(signal.SIGRTMIN + 3)))

def handler(signum, frame):
    pass

print(repr(signal.signal(signal.SIGUSR1, handler)))
print(signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
print(repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.getsignal(signal.SIGUSR1)))

for bad in [0, -1, 65, signal.NSIG, 1000]:
    try:
        signal.getsignal(bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
for bad in ["2", 2.0, None]:
    try:
        signal.getsignal(bad)
    except TypeError as e:
        print(repr(bad), "TypeError:", e)
try:
    signal.getsignal()
except TypeError as e:
    print("TypeError:", e)
