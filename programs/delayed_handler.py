# delayed_handler.py: a signal handler has to wait for a long builtin.
#
#   make run                                 (or: build/vm run programs/delayed_handler.py)
#   python3 programs/delayed_handler.py      prints the same
#
# The C-level signal handler only makes a note; the Python handler runs at
# the interpreter's next check point (function entry, a backward jump, the
# return of a call). A builtin written in C, such as sum() over a range, has
# no check points inside: a signal arriving while it runs waits until it
# returns. Each case below arms a one-shot CPU-time timer (ITIMER_VIRTUAL,
# 10 ms of our own CPU time, so a busy machine does not change the result)
# and then starts a computation that needs several times longer than that,
# so the signal always arrives in the middle of the computation. The handler prints
# where its `frame` argument says the program was:
#   1. sum(range(n)): all in C. The handler runs only after sum() returns,
#      on the line of the call, before the result was even assigned.
#   2. sum(map(square, range(n))): C that calls back into Python. The
#      handler runs at the entry of the next square() call, long before sum()
#      returns.
#   3. the same sum as a Python loop: the handler runs at the loop's backward
#      jump, part way through.
# Look for the function names and line numbers, and compare them with the
# source: the line numbers are printed next to each line below.
import signal


def square(x):
    return x * x


def in_c(n):
    total = sum(range(n))
    return total


def in_c_calling_python(n):
    total = sum(map(square, range(n)))
    return total


def in_python(n):
    total = 0
    for i in range(n):
        total += i
    return total


def show_frame(signum, frame):
    code = frame.f_code
    print(f"  handler: {signal.Signals(signum).name} in {code.co_name}(), line {frame.f_lineno}")
    print(f"           called from {frame.f_back.f_code.co_name}(), line {frame.f_back.f_lineno}")
    local_names = sorted(frame.f_locals)
    print(f"           local variables set so far: {', '.join(local_names)}")
    if "i" in frame.f_locals:
        i, n = frame.f_locals["i"], frame.f_locals["n"]
        print(f"           the loop was part way through: {0 < i < n - 1}")


def run(title, function, n):
    print(title)
    signal.setitimer(signal.ITIMER_VIRTUAL, 0.01)  # one shot, in 10 ms of CPU time
    result = function(n)
    print(f"  {function.__name__}() returned {result}")


def main():
    signal.signal(signal.SIGVTALRM, show_frame)
    run("1. a builtin that runs in C from start to end", in_c, 60_000_000)
    run("2. a builtin that calls Python code", in_c_calling_python, 1_500_000)
    run("3. the same work as a Python loop", in_python, 5_000_000)


main()
