# dump_traceback_later(exit=True) in a forked child: the parent sees exit
# status 1 and reads the dump: the timeout line and the child's stack at
# the time.sleep it was blocked in.
import faulthandler
import os
import time

PATH = "/tmp/vm_fh_later_exit_child.txt"


def normalise(text):
    out = []
    for line in text.split("\n"):
        if line.startswith("Current thread 0x") or line.startswith("Thread 0x"):
            i = line.index("0x")
            digits = line[i + 2:i + 18]
            ok = len(digits) == 16 and all(c in "0123456789abcdef" for c in digits)
            line = line[:i] + ("0x<id>" if ok else "0x<bad id>") + line[i + 18:]
        elif line.startswith('  File "'):
            end = line.index('"', 8)
            line = '  File "' + line[8:end].split("/")[-1] + line[end:]
        out.append(line)
    return "\n".join(out)


def child():
    faulthandler.dump_traceback_later(0.5, exit=True, file=f)
    time.sleep(30)
    os._exit(0)


f = open(PATH, "w")
pid = os.fork()
if pid == 0:
    child()
f.close()
_, status = os.waitpid(pid, 0)
print("exited:", os.WIFEXITED(status), "status:", os.WEXITSTATUS(status))
f = open(PATH)
print(normalise(f.read()), end="")
f.close()
os.remove(PATH)
