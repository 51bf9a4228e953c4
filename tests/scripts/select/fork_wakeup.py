# select with no timeout sleeps until a forked child writes to the pipe.
import os
import select
import sys
import time

r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    time.sleep(0.1)
    os.write(w, b"wake up")
    os._exit(0)
t0 = time.monotonic()
ready, _, _ = select.select([r], [], [])
print(ready == [r], time.monotonic() - t0 >= 0.05)
print(os.read(r, 100))
print(os.WEXITSTATUS(os.waitpid(pid, 0)[1]))
