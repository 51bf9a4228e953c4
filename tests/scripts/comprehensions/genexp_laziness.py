# Generator expressions passed directly to a call are consumed lazily:
# any()/all()/next() stop pulling items as soon as the answer is known.
def noisy(n):
    print("  producing", n)
    return n


print(any(noisy(n) > 1 for n in range(10)))
print(all(noisy(n) < 1 for n in range(10)))
print(next(noisy(x) for x in [5, 6]))
print(next((noisy(x) for x in [7, 8] if x > 7), None))
print(next((noisy(x) for x in [1, 2] if x > 7), "nothing"))
print(sum(noisy(n) for n in range(3)))
print(any(noisy(n) for n in [0, 0, 3, 4]))
