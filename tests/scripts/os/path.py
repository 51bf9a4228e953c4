# The small os.path: join and the existence tests.
import os

print(os.path.join("a", "b", "c"))
print(os.path.join("a/", "b"))
print(os.path.join("a", "/abs", "c"))
print(os.path.join("", "b"), os.path.join("a", ""), os.path.join("a"))
print(os.path.exists("/"), os.path.exists("/no/such/path"), os.path.exists(""))
print(os.path.isdir("/"), os.path.isfile("/"))
print(os.path.exists("a\0b"))
for f in [lambda: os.path.join("a", 1), lambda: os.path.join(1, "a"), lambda: os.path.join(),
          lambda: os.path.exists(), lambda: os.path.exists(1.5)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
