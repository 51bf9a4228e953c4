# head_pipe.py: the "Note on SIGPIPE" example from Python's signal
# documentation. Python ignores SIGPIPE, so writing into a pipe whose reader
# has gone away does not kill the process: the write fails with EPIPE and
# raises BrokenPipeError, which a well-behaved command-line tool catches.
#
#   build/vm run programs/head_pipe.py | head -1
#   python3 programs/head_pipe.py | head -1     same line, same status 1
#   echo "${PIPESTATUS[@]}"                     (bash) shows "1 0"
#
# Look for: one "y" from head, nothing on stderr, and exit status 1. Without
# the except clause the program would die with a traceback, and without the
# dup2 the final flush at exit would complain once more ("Exception ignored
# ... BrokenPipeError"). The output is larger than a pipe's buffer (64 KiB on
# Linux), so the writer cannot finish before head exits. tests/test_programs.sh
# runs it through a real pipe and compares with python3.
import os
import sys


def main():
    try:
        # simulate large output (your code replaces this loop)
        for x in range(100_000):
            print("y")
        # flush output here to force SIGPIPE to be triggered
        # while inside this try block.
        sys.stdout.flush()
    except BrokenPipeError:
        # Python flushes standard streams on exit; redirect remaining output
        # to devnull to avoid another BrokenPipeError at shutdown
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)  # Python exits with error code 1 on EPIPE


if __name__ == "__main__":
    main()
