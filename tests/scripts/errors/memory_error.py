# Asking for absurd amounts of memory raises MemoryError instead of
# killing the process.
try:
    s = "abc" * (10 ** 12)
except MemoryError:
    print("str: MemoryError")
try:
    l = [1, 2] * (10 ** 12)
except MemoryError:
    print("list: MemoryError")
print("still running")
