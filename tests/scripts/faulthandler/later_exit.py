# dump_traceback_later(exit=True): after the dump the watchdog ends the
# process with _exit(1), without flushing buffers (so stdout is flushed by
# hand first). The dump goes to a file, as its thread id varies; the check
# is that the process ends with status 1 well before the sleep would.
import faulthandler
import sys
import time

f = open("/tmp/vm_fh_later_exit.txt", "w")
print("sleeping")
sys.stdout.flush()
faulthandler.dump_traceback_later(0.5, exit=True, file=f)
time.sleep(30)
print("not reached")
