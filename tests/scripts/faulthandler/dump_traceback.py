# faulthandler.dump_traceback into a file, read back: the "Current thread"
# and "Stack" headers, nested calls, lambdas, comprehensions, methods,
# non-ASCII names escaped, the 100-frame limit, an fd given as an int, and
# the file flushed first. Thread ids and directories vary, so they are
# replaced before printing.
import faulthandler
import os
import sys

PATH = "/tmp/vm_fh_dump_traceback.txt"


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


def show(title):
    global f
    f.seek(0)
    print("--", title)
    print(normalise(f.read()), end="")
    f.close()
    f = open(PATH, "w+")


f = open(PATH, "w+")


def inner(all_threads):
    faulthandler.dump_traceback(f, all_threads)


def outer(all_threads):
    inner(all_threads)


outer(True)
show("all threads")
outer(False)
show("current thread only")
faulthandler.dump_traceback(file=f, all_threads=False)
show("module level")

(lambda: faulthandler.dump_traceback(f))()
show("lambda")
[faulthandler.dump_traceback(f, False) for i in range(1)]
show("list comprehension")


class Dumper:
    def dump(self):
        faulthandler.dump_traceback(file=f, all_threads=0)


Dumper().dump()
show("method")


def café(n):
    faulthandler.dump_traceback(f, False)


café(1)
show("non-ASCII name")


def rec(n):
    if n == 0:
        faulthandler.dump_traceback(f, False)
    else:
        rec(n - 1)


rec(97)
show("99 frames")
rec(98)
show("100 frames")
rec(150)
show("152 frames")

# An fd as an int: nothing to flush, written at once.
faulthandler.dump_traceback(f.fileno(), False)
show("fd")

# The file is flushed before the dump, so what was written first comes first.
f.write("written before\n")
faulthandler.dump_traceback(f, False)
show("flushed first")
f.close()
os.remove(PATH)
print(faulthandler.dump_traceback(open(os.devnull, "w")))
