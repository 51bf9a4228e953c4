# A child killed by a signal, and WNOHANG on a child that is still running
# (it waits on a pipe until the parent closes the write end).
import os
import sys

r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.read(r, 1)  # blocks until the parent closes w
    os.kill(os.getpid(), 9)
    os._exit(99)  # not reached
os.close(r)
print(os.waitpid(pid, os.WNOHANG))
os.close(w)
got, status = os.waitpid(pid, 0)
print(got == pid)
print(os.WIFEXITED(status), os.WIFSIGNALED(status), os.WTERMSIG(status))
print(os.WNOHANG)
