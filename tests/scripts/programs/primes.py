# Sieve of Eratosthenes and trial division.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for m in range(p * p, limit + 1, p):
                is_prime[m] = False
        p += 1
    out = []
    for i, flag in enumerate(is_prime):
        if flag:
            out.append(i)
    return out
primes = sieve(200)
print(primes)
print(len(sieve(10000)), sum(sieve(10000)))
def factor(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in [2, 12, 97, 360, 9999991, 600851475143]:
    print(n, factor(n))
