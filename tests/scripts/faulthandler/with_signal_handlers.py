# faulthandler and script handlers of the same signals, as CPython: the
# signal module does not see faulthandler (getsignal still says SIG_DFL);
# a handler installed before enable() runs after faulthandler's report (its
# handler puts the old one back and re-raises); a second enable() while the
# report has already put the old handler back changes nothing; disable()
# returns whether it was enabled and restores what enable() replaced.
import faulthandler
import signal

PATH = "/tmp/vm_fh_with_signal_handlers.txt"


def handler(signum, frame):
    print("handler:", signal.Signals(signum).name, "in", frame.f_code.co_name,
          "line", frame.f_lineno)


def show():
    f = open(PATH)
    text = f.read()
    f.close()
    lines = []
    for line in text.split("\n"):
        if line.startswith('  File "'):
            end = line.index('"', 8)
            line = '  File "' + line[8:end].split("/")[-1] + line[end:]
        lines.append(line)
    print("report:", lines)


def raise_it(signum):
    signal.raise_signal(signum)


f = open(PATH, "w")
print("old:", signal.signal(signal.SIGSEGV, handler))
print("disable:", faulthandler.disable())
faulthandler.enable(f, all_threads=False)
print("getsignal is handler:", signal.getsignal(signal.SIGSEGV) is handler)
print("SIGFPE:", signal.getsignal(signal.SIGFPE))
raise_it(signal.SIGSEGV)
show()
print("enabled:", faulthandler.is_enabled())
# The report put the script's handler back: no second report.
raise_it(signal.SIGSEGV)
faulthandler.enable(f, all_threads=False)
raise_it(signal.SIGSEGV)
print("disable:", faulthandler.disable(), faulthandler.disable())
show()

# Enabled afresh, then a script handler replaces faulthandler's for SIGFPE.
f = open(PATH, "w")
faulthandler.enable(f, False)
print("old:", signal.signal(signal.SIGFPE, handler))
raise_it(signal.SIGFPE)
print("disable:", faulthandler.disable())
print("getsignal is handler:", signal.getsignal(signal.SIGFPE) is handler)
signal.signal(signal.SIGFPE, signal.SIG_DFL)
signal.signal(signal.SIGSEGV, signal.SIG_DFL)
show()
