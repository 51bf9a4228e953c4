# open() errors and wrong argument types, caught.
def attempt(fn):
    try:
        r = fn()
        print("ok", type(r).__name__)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
path = "/tmp/vm_test_files_errors_caught.txt"
open(path, "w").close()
attempt(lambda: open("/tmp/vm_no_such_dir/x.txt"))
attempt(lambda: open("/tmp/vm_no_such_file.txt"))
attempt(lambda: open("/tmp"))
attempt(lambda: open("/tmp", "w"))
attempt(lambda: open(path, "q"))
attempt(lambda: open(path, "rw"))
attempt(lambda: open(path, "rr"))
attempt(lambda: open(path, "rbt"))
attempt(lambda: open(path, "+"))
attempt(lambda: open(path, "rb", encoding="utf-8"))
attempt(lambda: open(path, encoding="martian"))
attempt(lambda: open(path, 1))
attempt(lambda: open(3.5))
attempt(lambda: open(path, "r", 0))
with open(path, "w") as f:
    attempt(lambda: f.write(b"bytes"))
    attempt(lambda: f.write(5))
    attempt(lambda: f.read())
with open(path, "wb") as f:
    attempt(lambda: f.write("text"))
with open(path) as f:
    attempt(lambda: f.write("x"))
    attempt(lambda: f.seek(1, 1))
    attempt(lambda: f.seek(-1))
print(isinstance(FileNotFoundError(2, "x"), OSError))
try:
    open("/tmp/vm_no_such_file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
