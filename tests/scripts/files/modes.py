# Append, exclusive-create and update modes, seek and tell.
path = "/tmp/vm_test_files_modes.txt"
with open(path, "w") as f:
    f.write("one\n")
with open(path, "a") as f:
    print(f.tell())
    f.write("two\n")
with open(path) as f:
    print(repr(f.read()))
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.strerror)
with open(path, "r+") as f:
    print(repr(f.read(3)), f.tell())
    f.seek(0)
    f.write("ONE")
    f.seek(0)
    print(repr(f.read()))
    print(f.seek(0, 2), f.tell())
with open(path, "w+") as f:
    f.write("fresh")
    f.seek(0)
    print(repr(f.read()))
with open(path, "a+") as f:
    f.write("!")
    f.seek(0)
    print(repr(f.read()))
with open(path, "rt") as f:
    print(f.mode, repr(f.read(2)), f.seekable(), f.readable(), f.writable())
