# A handler can be interrupted by another signal: handlers nest.
import signal

order = []

def on_usr2(signum, frame):
    order.append("usr2 in " + frame.f_code.co_name)

def on_usr1(signum, frame):
    order.append("usr1 start")
    signal.raise_signal(signal.SIGUSR2)
    order.append("usr1 end")

signal.signal(signal.SIGUSR1, on_usr1)
signal.signal(signal.SIGUSR2, on_usr2)
signal.raise_signal(signal.SIGUSR1)
print(order)

# A handler that raises the signal it handles, a bounded number of times.
depth = [0]

def recursive(signum, frame):
    depth[0] += 1
    if depth[0] < 5:
        signal.raise_signal(signum)
    print("leaving level", depth[0])
    depth[0] -= 1

signal.signal(signal.SIGUSR1, recursive)
signal.raise_signal(signal.SIGUSR1)
print("depth back to", depth[0])
