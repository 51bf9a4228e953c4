# Script handlers for the signals of synchronous faults (SIGSEGV, SIGFPE,
# SIGBUS, SIGILL) and SIGABRT install as for any other signal: signal()
# returns the old handler, getsignal reports the new one, and a signal sent
# with raise_signal or os.kill (not a real fault, so nothing re-faults)
# runs the handler at the next check point. SIG_IGN and SIG_DFL come back
# as the Handlers enum.
import os
import signal

calls = []


def handler(signum, frame):
    calls.append(signum)
    print("handler:", signal.Signals(signum).name, frame.f_code.co_name, frame.f_lineno)


def send(signum):
    signal.raise_signal(signum)
    os.kill(os.getpid(), signum)


for signum in (signal.SIGSEGV, signal.SIGFPE, signal.SIGBUS, signal.SIGILL, signal.SIGABRT):
    name = signal.Signals(signum).name
    print(name, "starts as", repr(signal.getsignal(signum)))
    print("  old:", repr(signal.signal(signum, handler)))
    print("  getsignal is handler:", signal.getsignal(signum) is handler)
    send(signum)
    print("  ignored, old is handler:", signal.signal(signum, signal.SIG_IGN) is handler)
    send(signum)
    print("  default, old:", repr(signal.signal(signum, signal.SIG_DFL)))
    print("  getsignal:", repr(signal.getsignal(signum)))
print("calls:", calls)


# A handler that raises: the exception comes out of the sending call.
def raising(signum, frame):
    raise ArithmeticError("from the SIGFPE handler")


signal.signal(signal.SIGFPE, raising)
try:
    signal.raise_signal(signal.SIGFPE)
except ArithmeticError as e:
    print("caught:", e)
signal.signal(signal.SIGFPE, signal.SIG_DFL)
