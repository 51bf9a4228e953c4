# Fibonacci numbers past 64 bits, iteratively and by matrix powers.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def mat_mul(x, y):
    return [
        [x[0][0] * y[0][0] + x[0][1] * y[1][0], x[0][0] * y[0][1] + x[0][1] * y[1][1]],
        [x[1][0] * y[0][0] + x[1][1] * y[1][0], x[1][0] * y[0][1] + x[1][1] * y[1][1]],
    ]


def fib_matrix(n):
    result = [[1, 0], [0, 1]]
    m = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        n >>= 1
    return result[0][1]


print(fib(90), fib(93), fib(100))
print(fib(300))
print(fib_matrix(100) == fib(100), fib_matrix(1000) % 10 ** 20)
print(len(str(fib(1000))))
print(fib(200) // fib(199), fib(200) / fib(199))
memo = {}
def fib_memo(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
print(fib_memo(150))
