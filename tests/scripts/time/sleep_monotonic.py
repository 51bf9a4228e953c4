# time.sleep waits at least as long as asked, measured on the monotonic clocks.
import time

t0 = time.monotonic()
p0 = time.perf_counter()
n0 = time.monotonic_ns()
print(time.sleep(0.05))
print(time.monotonic() - t0 >= 0.05)
print(time.perf_counter() - p0 >= 0.05)
print(time.monotonic_ns() - n0 >= 50_000_000)

t0 = time.monotonic()
time.sleep(0)
time.sleep(False)
time.sleep(0.0)
print(time.monotonic() - t0 < 1)

t0 = time.monotonic()
time.sleep(True)
print(time.monotonic() - t0 >= 1)
