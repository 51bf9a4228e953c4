# A handler runs as handler(signum, frame), where frame is the interrupted one.
import signal

def handler(signum, frame):
    print("signum", signum, type(signum).__name__, signum == signal.SIGUSR1)
    print("frame", type(frame).__name__, frame.f_code.co_name, frame.f_lineno)
    print("file ok", frame.f_code.co_filename.endswith("raise_handler_frame.py"))
    print("locals", sorted(k for k in frame.f_locals if not k.startswith("__")))
    print("globals", frame.f_globals["__name__"], frame.f_globals["handler"] is handler)
    back = frame.f_back
    while back is not None:
        print("back", back.f_code.co_name, back.f_lineno)
        back = back.f_back

signal.signal(signal.SIGUSR1, handler)

def inner(a, b):
    total = a + b
    signal.raise_signal(signal.SIGUSR1)
    return total

def outer(x):
    y = x * 2
    return inner(x, y)

print(outer(5))
signal.raise_signal(signal.SIGUSR1)
print("module frame", signal.getsignal(signal.SIGUSR1) is handler)

def show_module_frame(signum, frame):
    print(frame.f_code.co_name, frame.f_back, frame.f_locals is frame.f_globals)

signal.signal(signal.SIGUSR1, show_module_frame)
signal.raise_signal(signal.SIGUSR1)
print(signal.raise_signal(signal.SIGUSR1))
