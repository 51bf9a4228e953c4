# Writing a text file, then reading it back every way.
path = "/tmp/vm_test_files_write_read.txt"
f = open(path, "w")
print(f.write("first line\n"), f.write("second line\n"), f.write("third"))
f.close()
print(f.closed)
f = open(path)
print(repr(f.read()))
f.close()
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(7)), repr(f.readline()), repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()), repr(f.read()))
with open(path, "r") as f:
    print(f.readlines())
with open(path) as f:
    for n, line in enumerate(f, 1):
        print(n, repr(line))
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path) as f:
    print(repr(f.readline(3)), repr(f.readline(100)))
with open(path, "w") as f:
    f.write("héllo wörld €\n")
    f.write("")
with open(path) as f:
    text = f.read()
print(text, len(text), f.closed)
with open(path, "rb") as f:
    print(f.read())
