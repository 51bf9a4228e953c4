# alarm_open_fifo.py: the alarm example from Python's signal documentation.
# Opening a FIFO for reading blocks until someone opens it for writing; with
# nobody coming, os.open() would wait forever. signal.alarm() puts a deadline
# on it: when SIGALRM arrives the blocked open() fails with EINTR, the VM runs
# the handler at once (PEP 475), and the handler's OSError comes out of the
# os.open() call.
#
#   build/vm run programs/alarm_open_fifo.py
#   python3 programs/alarm_open_fifo.py         prints the same
#
# Look for: the handler's frame pointing at the line of os.open() (the program
# was blocked there), the OSError caught by the caller, and the second attempt,
# where a forked child opens the other end and the same open() returns well
# before the alarm.
import os
import signal
import sys


def handler(signum, frame):
    signame = signal.Signals(signum).name
    print(f"Signal handler called with signal {signame} ({signum})")
    print(f"  the program was in {frame.f_code.co_name}(), line {frame.f_lineno}")
    raise OSError("Couldn't open device!")


def open_with_deadline(path, seconds):
    """Open path for reading, giving up after `seconds`."""
    signal.alarm(seconds)
    try:
        return os.open(path, os.O_RDONLY)  # this open() may hang indefinitely
    finally:
        signal.alarm(0)  # disable the alarm


def write_from_child(path, message):
    """Fork a child that opens the FIFO for writing, writes and exits."""
    sys.stdout.flush()  # the child must not print our buffered output again
    pid = os.fork()
    if pid == 0:
        fd = os.open(path, os.O_WRONLY)
        os.write(fd, message)
        os.close(fd)
        os._exit(0)
    return pid


def main():
    signal.signal(signal.SIGALRM, handler)

    directory = f"/tmp/alarm_open_fifo-{os.getpid()}"
    os.mkdir(directory)
    fifo = os.path.join(directory, "device")
    os.mkfifo(fifo)
    try:
        print("1. nobody writes to the FIFO; open() waits for the alarm")
        try:
            fd = open_with_deadline(fifo, 1)
            os.close(fd)
            print("   opened?! (this should not happen)")
        except OSError as e:
            print(f"   caught {type(e).__name__}: {e}")

        print("2. a child opens the other end; open() returns")
        child = write_from_child(fifo, b"hello through the FIFO")
        fd = open_with_deadline(fifo, 10)
        data = b""
        while True:
            chunk = os.read(fd, 100)
            if not chunk:
                break
            data += chunk
        os.close(fd)
        _, status = os.waitpid(child, 0)
        print(f"   read {data.decode()!r}; child exit status {os.WEXITSTATUS(status)}")
    finally:
        os.unlink(fifo)
        os.rmdir(directory)
    print("cleaned up", "ok" if not os.path.exists(directory) else "FAILED")


main()
