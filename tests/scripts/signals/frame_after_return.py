# A frame kept after its call returned still answers (its code, its arguments).
import signal

saved = []

def handler(signum, frame):
    saved.append(frame)

signal.signal(signal.SIGUSR2, handler)

def work(n):
    acc = n * 3
    signal.raise_signal(signal.SIGUSR2)
    acc += 1
    return acc

def caller():
    r = work(4)
    f = saved[0]
    # Read while work's caller still runs: f_back is this frame, live.
    print(f.f_back.f_code.co_name, f.f_back.f_locals["r"])
    return r

print(caller())
f = saved[0]
print(f.f_code.co_name, f.f_locals["n"], f.f_back.f_code.co_name)

def other(a, b, c):
    return a + b + c

print(other(1, 2, 3))
print(f.f_code.co_name, f.f_locals["n"])
