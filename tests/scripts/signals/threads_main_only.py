# signal() and set_wakeup_fd() work only in the main thread.
import os
import signal
import threading

errors = []

def worker():
    for call in [lambda: signal.signal(signal.SIGUSR1, signal.SIG_IGN),
                 lambda: signal.set_wakeup_fd(-1)]:
        try:
            call()
            errors.append("no error")
        except ValueError as e:
            errors.append("ValueError: " + str(e))
    errors.append(repr(signal.getsignal(signal.SIGUSR1)))

t = threading.Thread(target=worker)
t.start()
t.join()
for e in errors:
    print(e)
