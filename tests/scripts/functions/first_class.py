# Functions as values: passed, returned, stored.
def apply(f, x):
    return f(x)
def double(x):
    return 2 * x
print(apply(double, 21), apply(len, 'four'), apply(str, 5))
table = [double, abs, str]
for fn in table:
    print(repr(fn(-3)))
def pick(name):
    if name == 'double':
        return double
    return len
print(pick('double')(4), pick('other')([1, 2]))
alias = double
print(alias is double, alias(5))
print(type(double), type(len))
