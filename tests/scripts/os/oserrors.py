# OSError subclasses raised by os functions, with errno, strerror and filename.
import os


def show(f):
    try:
        f()
        print("no error")
    except OSError as e:
        print(type(e).__name__, e.errno, repr(e.strerror), repr(e.filename), "|", e)


show(lambda: os.open("missing.txt", os.O_RDONLY))
show(lambda: os.close(-1))
show(lambda: os.read(-1, 10))
show(lambda: os.write(-1, b"x"))
show(lambda: os.dup(-1))
show(lambda: os.dup2(-1, 5))
show(lambda: os.open("/", os.O_WRONLY))
show(lambda: os.remove("missing.txt"))
show(lambda: os.unlink("missing.txt"))
show(lambda: os.rmdir("missing.txt"))
show(lambda: os.listdir("missing.txt"))
show(lambda: os.mkdir("/"))
show(lambda: os.mkdir("no/such/dir"))
show(lambda: os.mkfifo("no/such/dir/fifo"))
show(lambda: os.get_blocking(-1))
show(lambda: os.set_blocking(-1, False))
show(lambda: os.kill(os.getpid(), 12345))
show(lambda: os.read(0, -1))
show(lambda: os.listdir(os.devnull))
try:
    os.open("missing.txt", os.O_RDONLY)
except FileNotFoundError as e:
    print(isinstance(e, OSError), e.args)
