# Runaway recursion that passes through a builtin (sorted calls the key
# function) must raise RecursionError, not overflow the C stack.
def f(n):
    return sorted([2, 1], key=lambda x: f(n + 1))


try:
    f(0)
except RecursionError:
    print("caught RecursionError")
print("still running")
