# The clocks: types, and facts that hold whenever the test runs.
import time

print(type(time.time()).__name__, type(time.time_ns()).__name__)
print(type(time.monotonic()).__name__, type(time.monotonic_ns()).__name__)
print(type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
print(abs(time.time() - time.time_ns() / 1e9) < 1)
a = time.monotonic()
b = time.monotonic()
print(b >= a)
a = time.monotonic_ns()
b = time.monotonic_ns()
print(b >= a)
a = time.perf_counter()
b = time.perf_counter()
print(b >= a)
