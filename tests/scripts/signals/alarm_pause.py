# signal.pause returns after a handler ran; a raising handler's exception
# comes out of pause.
import signal

def tick(signum, frame):
    print("tick", signal.Signals(signum).name)

signal.signal(signal.SIGALRM, tick)
signal.alarm(1)
print("pausing")
print("pause returned", signal.pause())

def boom(signum, frame):
    raise OSError("interrupted by the timer")

signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    signal.pause()
except OSError as e:
    print("caught", e)
try:
    signal.pause(1)
except TypeError as e:
    print("TypeError:", e)
