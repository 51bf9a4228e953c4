# Binary files: bytes in, bytes out.
path = "/tmp/vm_test_files_binary.bin"
with open(path, "wb") as f:
    print(f.write(b"\x00\x01\x02line one\nline two\n"), f.write(bytes(range(250, 256))))
    print(f.mode, f.name == path, f.closed)
print(f.closed)
with open(path, "rb") as f:
    print(f.read(3), f.read(5), f.readline(), f.readline(4))
    print(f.readline(), f.read(), f.read())
with open(path, "rb") as f:
    print(list(f))
with open(path, "rb") as f:
    data = f.read()
print(len(data), data[-6:], data.count(b"\n"))
with open(path, "ab") as f:
    f.write(b"tail")
with open(path, "rb") as f:
    print(f.readlines()[-1])
with open(path, "r+b") as f:
    print(f.mode, f.read(2))
    f.seek(0)
    f.write(b"XY")
    f.seek(0)
    print(f.read(4))
    print(f.tell(), f.seek(-4, 2), f.read())
