# Bad arguments to time.sleep and the clocks, with CPython's messages.
import time


def show(f):
    try:
        r = f()
        print("ok", r)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


show(lambda: time.sleep(-1))
show(lambda: time.sleep(-0.5))
show(lambda: time.sleep("1"))
show(lambda: time.sleep(None))
show(lambda: time.sleep())
show(lambda: time.sleep(1, 2))
show(lambda: time.sleep(secs=1))
show(lambda: time.sleep(float("nan")))
show(lambda: time.sleep(float("inf")))
show(lambda: time.sleep(-float("inf")))
show(lambda: time.sleep(1e300))
show(lambda: time.sleep(9223372037))
show(lambda: time.sleep(-9223372037))
show(lambda: time.time(1))
show(lambda: time.monotonic(1))
show(lambda: time.perf_counter(1))
show(lambda: time.time_ns(1))
show(lambda: time.monotonic_ns(x=1))
