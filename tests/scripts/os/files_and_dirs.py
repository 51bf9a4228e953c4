# Creating, listing and removing files and directories in a fresh directory.
import os

base = "/tmp/vm-os-test-" + str(os.getpid())
os.mkdir(base)
print(os.path.isdir(base), os.path.exists(base), os.path.isfile(base))
for name in ["b.txt", "a.txt", "c.txt"]:
    fd = os.open(os.path.join(base, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, name.encode() * 2)
    os.close(fd)
os.mkdir(os.path.join(base, "sub"), 0o700)
print(sorted(os.listdir(base)))
print(sorted(os.listdir(base.encode())))

fd = os.open(os.path.join(base, "a.txt"), os.O_RDONLY)
print(os.read(fd, 100))
os.close(fd)

fd = os.open(os.path.join(base, "a.txt"), os.O_WRONLY | os.O_APPEND)
os.write(fd, b"+more")
os.close(fd)
fd = os.open(os.path.join(base, "a.txt"), os.O_RDONLY)
print(os.read(fd, 100))
os.close(fd)

try:
    os.open(os.path.join(base, "a.txt"), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == os.path.join(base, "a.txt"))
try:
    os.mkdir(os.path.join(base, "sub"))
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(os.path.join(base, "sub"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)

os.remove(os.path.join(base, "a.txt"))
os.unlink(os.path.join(base, "b.txt"))
os.remove(os.path.join(base, "c.txt"))
os.rmdir(os.path.join(base, "sub"))
print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
print(os.getcwd() == os.getcwd(), os.getcwd().startswith("/"))
