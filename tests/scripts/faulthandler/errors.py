# The argument errors of every faulthandler function, with CPython's types
# and messages (its "descripter" typo included), and the values accepted.
import faulthandler
import os
import sys


class NoFileno:
    pass


class BadFileno:
    def __init__(self, value):
        self.value = value

    def fileno(self):
        return self.value


class RaisingFileno:
    def fileno(self):
        raise OSError("no fileno here")


class FlushFails:
    def fileno(self):
        return 2

    def flush(self):
        raise ValueError("flush failed")


cases = [
    ("enable(file=3.5)", lambda: faulthandler.enable(file=3.5)),
    ("enable(file='x')", lambda: faulthandler.enable(file="x")),
    ("enable(file=-1)", lambda: faulthandler.enable(file=-1)),
    ("enable(file=2**40)", lambda: faulthandler.enable(file=2**40)),
    ("enable(file=-2**70)", lambda: faulthandler.enable(file=-2**70)),
    ("enable(NoFileno())", lambda: faulthandler.enable(NoFileno())),
    ("enable(BadFileno(-3))", lambda: faulthandler.enable(BadFileno(-3))),
    ("enable(BadFileno('1'))", lambda: faulthandler.enable(BadFileno("1"))),
    ("enable(BadFileno(2**80))", lambda: faulthandler.enable(BadFileno(2**80))),
    ("enable(RaisingFileno())", lambda: faulthandler.enable(RaisingFileno())),
    ("enable(1, 2, 3)", lambda: faulthandler.enable(1, 2, 3)),
    ("enable(foo=1)", lambda: faulthandler.enable(foo=1)),
    ("enable(2, file=2)", lambda: faulthandler.enable(2, file=2)),
    ("enable(all_threads=[])", lambda: faulthandler.enable(all_threads=[])),
    ("enable(all_threads=1.5)", lambda: faulthandler.enable(all_threads=1.5)),
    ("enable(all_threads=2**40)", lambda: faulthandler.enable(all_threads=2**40)),
    ("enable(all_threads=-2**40)", lambda: faulthandler.enable(all_threads=-2**40)),
    ("enable(all_threads=2**70)", lambda: faulthandler.enable(all_threads=2**70)),
    ("enable('x', all_threads=None)", lambda: faulthandler.enable("x", all_threads=None)),
    ("dump_traceback(file=object())", lambda: faulthandler.dump_traceback(file=object())),
    ("dump_traceback(file=-5)", lambda: faulthandler.dump_traceback(file=-5)),
    ("dump_traceback(sys.stdout, all_threads=None)",
     lambda: faulthandler.dump_traceback(sys.stdout, all_threads=None)),
    ("dump_traceback(1, 2, 3)", lambda: faulthandler.dump_traceback(1, 2, 3)),
    ("dump_traceback(files=1)", lambda: faulthandler.dump_traceback(files=1)),
    ("dump_traceback_later()", lambda: faulthandler.dump_traceback_later()),
    ("dump_traceback_later(0)", lambda: faulthandler.dump_traceback_later(0)),
    ("dump_traceback_later(-1)", lambda: faulthandler.dump_traceback_later(-1)),
    ("dump_traceback_later(0.0)", lambda: faulthandler.dump_traceback_later(0.0)),
    ("dump_traceback_later(-1e-10)", lambda: faulthandler.dump_traceback_later(-1e-10)),
    ("dump_traceback_later(False)", lambda: faulthandler.dump_traceback_later(False)),
    ("dump_traceback_later('a')", lambda: faulthandler.dump_traceback_later("a")),
    ("dump_traceback_later(None)", lambda: faulthandler.dump_traceback_later(None)),
    ("dump_traceback_later(nan)", lambda: faulthandler.dump_traceback_later(float("nan"))),
    ("dump_traceback_later(1e300)", lambda: faulthandler.dump_traceback_later(1e300)),
    ("dump_traceback_later(-1e300)", lambda: faulthandler.dump_traceback_later(-1e300)),
    ("dump_traceback_later(9223372037)", lambda: faulthandler.dump_traceback_later(9223372037)),
    ("dump_traceback_later(2**70)", lambda: faulthandler.dump_traceback_later(2**70)),
    ("dump_traceback_later(1, repeat=None)",
     lambda: faulthandler.dump_traceback_later(1, repeat=None)),
    ("dump_traceback_later(1, exit=2.5)", lambda: faulthandler.dump_traceback_later(1, exit=2.5)),
    ("dump_traceback_later(0, exit=[])", lambda: faulthandler.dump_traceback_later(0, exit=[])),
    ("dump_traceback_later(1, file=-5)", lambda: faulthandler.dump_traceback_later(1, file=-5)),
    ("dump_traceback_later(-1, file=-5)", lambda: faulthandler.dump_traceback_later(-1, file=-5)),
    ("dump_traceback_later(1, file=NoFileno())",
     lambda: faulthandler.dump_traceback_later(1, file=NoFileno())),
    ("dump_traceback_later(1, 2, 3, 4, 5)",
     lambda: faulthandler.dump_traceback_later(1, 2, 3, 4, 5)),
    ("dump_traceback_later(1, foo=2)", lambda: faulthandler.dump_traceback_later(1, foo=2)),
    ("is_enabled(1)", lambda: faulthandler.is_enabled(1)),
    ("is_enabled(x=1)", lambda: faulthandler.is_enabled(x=1)),
    ("disable(1)", lambda: faulthandler.disable(1)),
    ("cancel_dump_traceback_later(1)", lambda: faulthandler.cancel_dump_traceback_later(1)),
    ("_sigsegv(1, 2)", lambda: faulthandler._sigsegv(1, 2)),
    ("_sigsegv(foo=1)", lambda: faulthandler._sigsegv(foo=1)),
    ("_sigsegv('x')", lambda: faulthandler._sigsegv("x")),
    ("_read_null(1)", lambda: faulthandler._read_null(1)),
    ("_sigabrt(1)", lambda: faulthandler._sigabrt(1)),
    ("_sigfpe(1)", lambda: faulthandler._sigfpe(1)),
]
for text, fn in cases:
    try:
        print(text, "->", fn())
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)
    print("  enabled:", faulthandler.is_enabled(), "disable:", faulthandler.disable())
    faulthandler.cancel_dump_traceback_later()

# Accepted: a flush that fails is ignored; True is fd 1; an fd past the
# open ones is taken (writes to it fail silently); timeouts of one
# microsecond or more, given as int, float or bool.
devnull = open(os.devnull, "w")
print(faulthandler.enable(FlushFails()), faulthandler.disable())
print(faulthandler.enable(file=True, all_threads=5), faulthandler.disable())
print(faulthandler.dump_traceback(file=200))
print(faulthandler.dump_traceback_later(1e-6 * 0.4 + 3600, file=devnull))
print(faulthandler.dump_traceback_later(True, repeat=True, file=devnull, exit=0))
print(faulthandler.dump_traceback_later(timeout=9223372036, file=devnull))
print(faulthandler.cancel_dump_traceback_later(), faulthandler.cancel_dump_traceback_later())
