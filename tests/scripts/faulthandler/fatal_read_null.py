# A real fault (a load from address 0, not a raised signal) with
# faulthandler enabled: the traceback, then death by SIGSEGV.
import faulthandler
import sys

faulthandler.enable(sys.stderr, False)


def read():
    return faulthandler._read_null()


print("reading")
sys.stdout.flush()
value = [read() for i in range(1)]
print("not reached")
