# Where a handler finds a for loop: CPython gives the jump that closes the
# loop the position of the instruction before it (the last line of the body),
# or none at all (f_lineno None, "line -1") where two paths meet, as after an
# `if` without `else`. Each loop's only check point is its backward jump, and
# a CPU-time timer stops it; the last one ends with an uncaught exception.
import signal

fired = False


def note(signum, frame):
    global fired
    fired = True
    print("  handler saw line", frame.f_lineno)


def arm():
    global fired
    fired = False
    signal.setitimer(signal.ITIMER_VIRTUAL, 0.02)


signal.signal(signal.SIGVTALRM, note)

print("last statement of the body")
arm()
x = 0
for i in range(10**12):
    if fired:
        break
    x += 1

print("if/else at the end: each branch jumps back on its own line")
for flag in (True, False):
    arm()
    for i in range(10**12):
        if fired:
            break
        if flag:
            x += 1
        else:
            x -= 1

print("if without else at the end: no line")
arm()
for i in range(10**12):
    if fired:
        break
    if i % 2:
        x += 1

print("try/except at the end: the last line of the try body")
arm()
for i in range(10**12):
    if fired:
        break
    try:
        x += 1
    except ValueError:
        pass

print("break at the end of an if: the line of the if")
arm()
for i in range(10**12):
    x += 1
    if fired:
        break


def stop(signum, frame):
    raise RuntimeError("stopped")


print("a traceback from the closing jump shows the body's last line")
signal.signal(signal.SIGVTALRM, stop)
signal.setitimer(signal.ITIMER_VIRTUAL, 0.02)
total = [0]
for i in range(10**12):
    total[0] = (total[0] +
                i)
