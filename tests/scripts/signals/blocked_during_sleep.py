# A handled signal that the script blocked itself does not cut time.sleep
# short; it stays pending and its handler runs once the script unblocks it.
import os
import signal
import time

events = []
signal.signal(signal.SIGUSR1, lambda signum, frame: events.append("handler"))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
start = time.monotonic()
time.sleep(0.2)
events.append("slept the whole time" if time.monotonic() - start >= 0.2 else "cut short")
print(signal.sigpending())
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
events.append("unblocked")
print(events)
