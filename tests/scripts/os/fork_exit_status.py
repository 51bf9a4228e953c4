# fork + waitpid: the parent sees the child's exit status through the W* helpers.
import os
import sys

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os._exit(7)
got, status = os.waitpid(pid, 0)
print(got == pid)
print(os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status))

# A child that finishes normally exits with status 0.
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print("child says hi")
    sys.stdout.flush()
    os._exit(0)
got, status = os.waitpid(pid, 0)
print(got == pid, status, os.WEXITSTATUS(status))

# Nothing left to wait for.
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print(type(e).__name__, e.errno, e)
