def repeat(times):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(fn(*args, **kwargs))
            return results
        return wrapper
    return decorator


@repeat(3)
def roll(seed, step=1):
    roll.state = getattr(roll, "state", seed) + step
    return roll.state


print(roll(10))
print(roll(0, step=5))


def memoize(fn):
    cache = {}
    calls = [0]

    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = fn(n)
        return cache[n]
    wrapper.calls = calls
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.calls[0])


def prefix(tag, *, sep=": "):
    def deco(fn):
        def inner(*a, **k):
            return tag + sep + str(fn(*a, **k))
        return inner
    return deco


@prefix("INFO")
@prefix("calc", sep="=")
def compute(x, y):
    return x * y


print(compute(6, 7))


class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0

    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.count)
