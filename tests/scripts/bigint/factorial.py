# Factorials leave int64 at 21! and keep growing exactly.
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def rec_factorial(n):
    return 1 if n <= 1 else n * rec_factorial(n - 1)


print(factorial(20), type(factorial(20)))
print(factorial(21))
print(factorial(30))
print(rec_factorial(30) == factorial(30))
f100 = factorial(100)
print(f100)
print(len(str(f100)), sum(int(c) for c in str(f100)))
# Dividing back down returns to small ints.
q = f100
for i in range(100, 1, -1):
    q //= i
print(q, type(q) is int, q == 1)
print(factorial(50) // factorial(48))
print(factorial(25) % 1000000007)
