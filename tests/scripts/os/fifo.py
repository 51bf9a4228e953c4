# A FIFO between a parent and a forked child: open blocks until both ends exist.
import os
import sys

base = "/tmp/vm-fifo-test-" + str(os.getpid())
os.mkdir(base)
path = os.path.join(base, "fifo")
os.mkfifo(path)
print(os.path.exists(path), os.path.isfile(path))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    fd = os.open(path, os.O_WRONLY)
    os.write(fd, b"from the child\n")
    os.close(fd)
    os._exit(0)
fd = os.open(path, os.O_RDONLY)
chunks = []
while True:
    data = os.read(fd, 4)
    if not data:
        break
    chunks.append(data)
os.close(fd)
print(b"".join(chunks))
print(os.WEXITSTATUS(os.waitpid(pid, 0)[1]))
os.remove(path)
os.rmdir(base)
