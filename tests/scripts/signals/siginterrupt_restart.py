# siginterrupt(sig, False) makes a blocking os.read resume inside the kernel
# (SA_RESTART): the handler cannot run until the read has returned. A forked
# child waits until we sleep in the read, sends SIGUSR1, and gives the
# handler a chance to answer on a second pipe before it writes the data; what
# it writes says whether the handler answered first. (siginterrupt(sig, True),
# the default once a handler is installed, is eintr_read.py.)
import os
import select
import signal

data_r, data_w = os.pipe()
ack_r, ack_w = os.pipe()
events = []

def handler(signum, frame):
    events.append("handler")
    os.write(ack_w, b"!")

signal.signal(signal.SIGUSR1, handler)
print(signal.siginterrupt(signal.SIGUSR1, False))

def state(pid):
    fd = os.open("/proc/" + str(pid) + "/stat", os.O_RDONLY)
    text = os.read(fd, 4096).decode()
    os.close(fd)
    return text[text.rindex(")") + 2]

parent = os.getpid()
pid = os.fork()
if pid == 0:
    # Asleep ("S") after the fork can only mean: blocked in the read.
    while state(parent) != "S":
        select.select([], [], [], 0.001)
    os.kill(parent, signal.SIGUSR1)
    ready, _, _ = select.select([ack_r], [], [], 0.5)
    os.write(data_w, b"handler answered first" if ready else b"read not interrupted")
    os._exit(0)

data = os.read(data_r, 100)
events.append("read returned")
print(data, events)
os.waitpid(pid, 0)
print("answered afterwards:", os.read(ack_r, 10))
