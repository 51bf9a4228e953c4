# dump_traceback_later: a watchdog thread writes "Timeout (...)!" and the
# main thread's stack (under a "Thread 0x..." header: the writer is not
# that thread) when the timeout expires while the script is blocked in
# time.sleep; repeat=True writes it again each period; cancelling before
# the timeout writes nothing; a new call replaces the pending one. Only
# what does not depend on timing is printed.
import faulthandler
import os
import time

PATH = "/tmp/vm_fh_later.txt"


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


def read_dumps():
    f = open(PATH)
    text = f.read()
    f.close()
    return normalise(text)


def wait(seconds):
    time.sleep(seconds)


def in_function(seconds):
    wait(seconds)


# Once: fires during the sleep, not again.
f = open(PATH, "w")
faulthandler.dump_traceback_later(0.25, file=f)
in_function(1.0)
faulthandler.cancel_dump_traceback_later()
f.close()
print("-- once")
print(read_dumps(), end="")

# Repeated: the same block several times (how many depends on timing).
f = open(PATH, "w")
faulthandler.dump_traceback_later(0.2, repeat=True, file=f.fileno())
wait(1.1)
faulthandler.cancel_dump_traceback_later()
f.close()
text = read_dumps()
blocks = text.split("Timeout (0:00:00.200000)!\n")
print("-- repeat")
print("at least 2 dumps:", len(blocks) >= 3, "nothing before the first:", blocks[0] == "")
print("all the same:", all(b == blocks[1] for b in blocks[1:]))
print(blocks[1], end="")

# Cancelled in time, and replaced by a later call: nothing written.
f = open(PATH, "w")
faulthandler.dump_traceback_later(0.3, file=f)
faulthandler.cancel_dump_traceback_later()
faulthandler.dump_traceback_later(0.3, file=f)
faulthandler.dump_traceback_later(60, file=f)
wait(0.6)
faulthandler.cancel_dump_traceback_later()
f.close()
print("-- cancelled:", repr(read_dumps()))
os.remove(PATH)
