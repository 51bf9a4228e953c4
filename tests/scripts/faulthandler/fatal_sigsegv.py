# With faulthandler enabled, a SIGSEGV prints "Fatal Python error" and the
# stack of the faulting thread (all_threads=False, so no thread id), and
# the process then dies of SIGSEGV (status 139), as without faulthandler.
import faulthandler
import sys

print("enabled:", faulthandler.is_enabled())
faulthandler.enable(all_threads=False)
print("enabled:", faulthandler.is_enabled())
sys.stdout.flush()


def crash(how):
    how()


def outer():
    crash(faulthandler._sigsegv)


outer()
print("not reached")
