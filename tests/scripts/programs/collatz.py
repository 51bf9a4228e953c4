# Longest Collatz chain below a bound, with a memo dict.
memo = {1: 1}
def chain(n):
    path = []
    while n not in memo:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = memo[n]
    while path:
        length += 1
        memo[path.pop()] = length
    return length
best, best_n = 0, 0
for i in range(1, 20000):
    c = chain(i)
    if c > best:
        best, best_n = c, i
print(best_n, best)
print(chain(27), chain(97))
