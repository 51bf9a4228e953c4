def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


print([n for n in range(50) if is_prime(n)])
print(sum(1 for n in range(100) if is_prime(n)))
pairs = [(p, p + 2) for p in range(100) if is_prime(p) and is_prime(p + 2)]
print(pairs)
print({p: [d for d in range(1, p + 1) if p % d == 0] for p in range(10, 16)})
print([("fizz" * (i % 3 == 0) + "buzz" * (i % 5 == 0)) or str(i) for i in range(1, 16)])
