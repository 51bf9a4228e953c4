# The classic alarm example: opening a FIFO that has no writer blocks
# forever; alarm and a handler that raises OSError cut it short.
import os
import signal

path = "/tmp/vm-signals-fifo-" + str(os.getpid())
os.mkfifo(path)

def handler(signum, frame):
    print("Signal handler called with signal", signum)
    raise OSError("Couldn't open device!")

signal.signal(signal.SIGALRM, handler)
signal.alarm(1)
try:
    fd = os.open(path, os.O_RDONLY)
    print("opened?")
except OSError as e:
    print("OSError:", e)
finally:
    signal.alarm(0)
    os.unlink(path)
print("done")
