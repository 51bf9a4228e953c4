# Textbook RSA with 128-bit primes (the next ones after 2**128 and 2**127):
# three-argument pow and modular inverses.
p = 340282366920938463463374607431768211507
q = 170141183460469231731687303715884105757
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print(n)
print(d)
print(e * d % phi)
message = 0
for ch in "Hello, big ints!":
    message = message * 256 + ord(ch)
print(message)
cipher = pow(message, e, n)
print(cipher)
plain = pow(cipher, d, n)
print(plain == message)
out = ""
while plain:
    out = chr(plain % 256) + out
    plain //= 256
print(out)


def is_probable_prime(m):
    if m < 2:
        return False
    for small in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if m % small == 0:
            return m == small
    dd, s = m - 1, 0
    while dd % 2 == 0:
        dd //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, dd, m)
        if x == 1 or x == m - 1:
            continue
        for _ in range(s - 1):
            x = x * x % m
            if x == m - 1:
                break
        else:
            return False
    return True


print(is_probable_prime(p), is_probable_prime(q), is_probable_prime(n), is_probable_prime(2 ** 127 - 1))
