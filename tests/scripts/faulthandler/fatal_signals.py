# Every fatal signal, in a forked child whose faulthandler writes to a file:
# the child dies of the signal, the file holds "Fatal Python error: <name>"
# and the stack under a "Current thread" header (enable's default
# all_threads=True). Real faults (_read_null, _sigfpe's division by zero,
# _sigabrt's abort) and signals sent with os.kill and raise_signal take the
# same path. Without enable(), a signal kills silently.
import faulthandler
import os
import signal

PATH = "/tmp/vm_fh_fatal_signals.txt"


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


def kill_self(signum):
    os.kill(os.getpid(), signum)


def crash(name, fn, enable=True):
    f = open(PATH, "w")
    pid = os.fork()
    if pid == 0:
        if enable:
            faulthandler.enable(f)
        fn()
        os._exit(0)
    f.close()
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        print("--", name, "killed by", signal.Signals(os.WTERMSIG(status)).name)
    else:
        print("--", name, "exit status", os.WEXITSTATUS(status))
    f = open(PATH)
    print(normalise(f.read()), end="")
    f.close()


crash("_sigsegv", faulthandler._sigsegv)
crash("_read_null", faulthandler._read_null)
crash("_sigabrt", faulthandler._sigabrt)
crash("_sigfpe", faulthandler._sigfpe)
crash("kill SIGBUS", lambda: kill_self(signal.SIGBUS))
crash("raise_signal SIGILL", lambda: signal.raise_signal(signal.SIGILL))
crash("raise_signal SIGSEGV, not enabled", lambda: signal.raise_signal(signal.SIGSEGV), False)
os.remove(PATH)
