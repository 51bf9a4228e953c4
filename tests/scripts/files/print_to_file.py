# print(file=...), writelines, flush, and reading back through a new object.
path = "/tmp/vm_test_files_print_to_file.txt"
f = open(path, "w")
print("hello", 42, sep=", ", file=f)
print("no newline", end="", file=f)
print(file=f)
f.writelines(["a\n", "b\n"])
f.flush()
print(type(f.fileno()).__name__, f.isatty())
f.close()
with open(path) as g:
    print(g.read(), end="")
open(path, "w").write("written by a temporary\n")
print(open(path).read(), end="")
with open(path, "a") as h:
    for i in range(3):
        h.write(f"line {i}\n")
with open(path) as g:
    print(len(g.readlines()))
lines = []
with open(path) as g:
    while True:
        line = g.readline()
        if not line:
            break
        lines.append(line.strip())
print(lines)
