# alarm, setitimer and getitimer: values returned and errors (ItimerError).
import signal

print(signal.alarm(0))
print(signal.alarm(100))
print(signal.alarm(0) in (99, 100))
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.getitimer(signal.ITIMER_VIRTUAL), signal.getitimer(signal.ITIMER_PROF))
print(signal.setitimer(signal.ITIMER_REAL, 0))
old = signal.setitimer(signal.ITIMER_REAL, 50, 2)
print(old)
value, interval = signal.getitimer(signal.ITIMER_REAL)
print(49 < value <= 50, interval)
value, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print(49 < value <= 50, interval)
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.setitimer(signal.ITIMER_VIRTUAL, 100, 0))
value, interval = signal.setitimer(signal.ITIMER_VIRTUAL, 0)
print(99 < value <= 100, interval)

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except signal.ItimerError as e:
        print("ItimerError:", e, e.errno, isinstance(e, OSError))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(signal.setitimer, signal.ITIMER_REAL, -1)
attempt(signal.setitimer, signal.ITIMER_REAL, 1, -1)
attempt(signal.setitimer, 5, 1)
attempt(signal.getitimer, 5)
attempt(signal.getitimer, -1)
attempt(signal.setitimer, signal.ITIMER_REAL, "a")
attempt(signal.setitimer, signal.ITIMER_REAL, float("nan"))
attempt(signal.setitimer, signal.ITIMER_REAL, 1e20)
attempt(signal.setitimer, signal.ITIMER_REAL, 10 ** 30)
attempt(signal.setitimer, signal.ITIMER_REAL)
attempt(signal.setitimer, 1, 2, 3, 4)
attempt(signal.setitimer, signal.ITIMER_REAL, 1, which=0)
attempt(signal.getitimer)
attempt(signal.alarm)
attempt(signal.alarm, "x")
attempt(signal.alarm, 1.5)
attempt(signal.alarm, 2 ** 40)
attempt(signal.alarm, seconds=1)
try:
    signal.setitimer(signal.ITIMER_REAL, -5)
except OSError as e:
    print(type(e).__name__, e.args)
