# Lambdas closing over enclosing variables.
def multiplier(k):
    return lambda x: x * k
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), double('ab'))
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
p = pipeline(lambda v: v + 1, double, lambda v: -v)
print(p(4))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(lambda a, b: a - b)(10)(3))
