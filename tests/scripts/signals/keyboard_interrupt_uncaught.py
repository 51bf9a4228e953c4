# An uncaught KeyboardInterrupt prints its traceback, then the process dies
# of SIGINT (a shell sees status 130).
import signal

signal.signal(signal.SIGINT, signal.default_int_handler)

def loop():
    for i in range(3):
        print("iteration", i, flush=True)
        if i == 1:
            signal.raise_signal(signal.SIGINT)

try:
    loop()
finally:
    print("finally runs first")
