# dup/dup2 share a pipe; set_blocking makes an empty read fail at once.
import os

r, w = os.pipe()
w2 = os.dup(w)
print(w2 not in (r, w))
os.write(w2, b"through the copy")
print(os.read(r, 100))

target = os.dup2(w, 50)
print(target)
os.write(50, b"through 50")
print(os.read(r, 100))
print(os.dup2(w, 51, inheritable=False))
os.close(51)

print(os.get_blocking(r))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e)
os.set_blocking(r, True)
print(os.get_blocking(r))

# Every write end must close before the reader sees end of file.
os.close(w)
os.close(w2)
os.write(50, b"last")
os.close(50)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
