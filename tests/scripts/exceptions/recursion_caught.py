# Runaway recursion raises RecursionError, which can be caught.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('caught RecursionError:', e)
print(isinstance(RecursionError(), RuntimeError))
def countdown(n):
    return n if n == 0 else countdown(n - 1)
print('still works afterwards:', countdown(100))
