# SIGINT raises KeyboardInterrupt through default_int_handler.
import os
import signal

signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("caught", repr(e), e.args)

try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("caught from kill")

try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("caught from a direct call")

for args in [(), (1,), (1, 2, 3)]:
    try:
        signal.default_int_handler(*args)
    except TypeError as e:
        print("TypeError:", e)

signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("ignored")
print(repr(signal.signal(signal.SIGINT, signal.default_int_handler)))
