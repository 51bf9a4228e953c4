# select_server.py: a select() server loop that shuts down cleanly on a
# signal instead of dying of KeyboardInterrupt somewhere in the middle.
#
#   build/vm run programs/select_server.py
#   python3 programs/select_server.py          prints the same
#
# The server answers requests from a client (a forked child, talking through
# two pipes) and also watches a "wakeup" pipe with select(). A signal becomes
# one byte in that pipe, so it is handled like any other input: in the loop,
# between two requests, never in the middle of one. Two ways to get the byte:
#   1. the self-pipe trick: our SIGINT handler writes the byte itself;
#   2. signal.set_wakeup_fd(): the interpreter's C-level handler writes the
#      signal number; the Python handler can then do nothing at all.
# When the signal interrupts select(), the handler runs and select() is simply
# called again (PEP 475); it then finds the wakeup pipe readable.
# The client waits for every answer before it sends the signal, so the output
# is the same on every run. Look for the shutdown line after the last answer
# and the client's exit status (the number of answers it received).
import os
import select
import signal
import sys


def answer(request):
    verb, *args = request.split()
    if verb == "add":
        return str(sum(int(a) for a in args))
    if verb == "upper":
        return " ".join(args).upper()
    return f"unknown request {verb!r}"


def serve(requests, replies, wakeup):
    """Answer the lines read from `requests` until a byte arrives on `wakeup`."""
    pending = b""
    while True:
        readable, _, _ = select.select([requests, wakeup], [], [])
        if requests in readable:
            pending += os.read(requests, 1024)
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                reply = answer(line.decode())
                print(f"  server: {line.decode()!r} -> {reply!r}")
                os.write(replies, reply.encode() + b"\n")
        if wakeup in readable:
            for signum in os.read(wakeup, 16):
                print(f"  server: {signal.Signals(signum).name} received, shutting down")
            return


def start_client(lines, stop_signal):
    """Fork a client: it sends `lines`, reads one answer per line, then sends
    `stop_signal` to the server and waits for the server to hang up."""
    to_server_r, to_server_w = os.pipe()
    to_client_r, to_client_w = os.pipe()
    sys.stdout.flush()  # the child must not print our buffered output again
    pid = os.fork()
    if pid == 0:
        os.close(to_server_r)
        os.close(to_client_w)
        for line in lines:
            os.write(to_server_w, line.encode() + b"\n")
        answers = b""
        while answers.count(b"\n") < len(lines):
            answers += os.read(to_client_r, 1024)
        os.kill(os.getppid(), stop_signal)
        while os.read(to_client_r, 1024):  # until the server closes its end
            pass
        os._exit(answers.count(b"\n"))
    os.close(to_server_w)
    os.close(to_client_r)
    return pid, to_server_r, to_client_w


def run(stop_signal, wakeup_r, lines):
    client, requests, replies = start_client(lines, stop_signal)
    serve(requests, replies, wakeup_r)
    os.close(replies)  # the client sees end of file and exits
    os.close(requests)
    _, status = os.waitpid(client, 0)
    print(f"  client exited with status {os.WEXITSTATUS(status)}")


def main():
    print("1. self-pipe: the SIGINT handler writes the byte")
    self_r, self_w = os.pipe()

    def on_sigint(signum, frame):
        os.write(self_w, bytes([signum]))

    previous = signal.signal(signal.SIGINT, on_sigint)
    run(signal.SIGINT, self_r, ["add 2 3", "upper hello world", "add 40 2"])
    signal.signal(signal.SIGINT, previous)
    os.close(self_r)
    os.close(self_w)

    print("2. set_wakeup_fd: the interpreter writes the byte")
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)  # set_wakeup_fd insists on it
    old_wakeup_fd = signal.set_wakeup_fd(wake_w)
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: None)
    run(signal.SIGTERM, wake_r, ["add 1 1", "shout hi"])
    signal.signal(signal.SIGTERM, previous)
    signal.set_wakeup_fd(old_wakeup_fd)
    os.close(wake_r)
    os.close(wake_w)
    print("no KeyboardInterrupt, nothing half done")


main()
