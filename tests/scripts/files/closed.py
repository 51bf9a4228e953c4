# Operations on a closed file raise ValueError; attributes still work.
path = "/tmp/vm_test_files_closed.txt"
f = open(path, "w")
print(f.name == path, f.mode, f.closed, f.encoding)
print(repr(f).replace(path, "PATH"))
f.close()
f.close()
print(f.closed)
def attempt(what, fn):
    try:
        fn()
        print(what, "ok")
    except ValueError as e:
        print(what, "ValueError:", e)
attempt("write", lambda: f.write("x"))
attempt("read", lambda: f.read())
attempt("flush", lambda: f.flush())
attempt("iter", lambda: iter(f))
attempt("readline", lambda: f.readline())
attempt("fileno", lambda: f.fileno())
attempt("tell", lambda: f.tell())
attempt("with", lambda: f.__enter__())
b = open(path, "rb")
print(repr(b).replace(path, "PATH"))
b.close()
attempt("b.read", lambda: b.read())
attempt("b.readline", lambda: b.readline())
attempt("b.seek", lambda: b.seek(0))
attempt("b.tell", lambda: b.tell())
w = open(path, "wb")
w.close()
attempt("w.write", lambda: w.write(b"x"))
with open(path, "w") as g:
    pass
print(g.closed)
