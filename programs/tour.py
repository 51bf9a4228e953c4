# tour.py: a short tour of what `vm run` executes, from closures to
# exceptions with tracebacks you can compare line for line with python3.
#
#   build/vm run programs/tour.py
#   python3 programs/tour.py      gives the same output
#
# Look for: the same float reprs, the same error messages, and the explicit
# exception chaining (`raise ... from ...`) at the end.
import sys


def make_counter(start=0, *, step=1):
    count = start

    def tick():
        nonlocal count
        count += step
        return count

    return tick


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def describe(*args, **kwargs):
    parts = []
    for a in args:
        parts.append(repr(a))
    for key, value in kwargs.items():
        parts.append(f"{key}={value!r}")
    return ", ".join(parts)


counter = make_counter(10, step=5)
print("counter:", counter(), counter(), counter())
print("fib(20) =", fib(20))
print("floats:", 0.1 + 0.2, 1 / 3, 2.5e-8, 1e16, -0.0)
print(f"formatted: {3.14159:.2f} | {42:>6} | {'left':<6}| {1234567:,}")
print("describe:", describe(1, "two", [3.0], flag=True))

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("most common:", top)

for value in ["12", "x", "7"]:
    try:
        print("parsed", int(value) * 2)
    except ValueError as e:
        print("could not parse:", e)
    finally:
        print("  checked", repr(value))


def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        raise ValueError(f"cannot divide {a} by {b}") from e


try:
    print(divide(1, 0))
except ValueError as e:
    print("caught:", type(e).__name__ + ":", e)
    print("  caused by:", repr(e.__cause__))
print("exit status follows sys.exit:", file=sys.stderr)
sys.exit(0)
