# Conditional expressions.
for n in range(-2, 3):
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print([1, 2] if not [] else [3])
f = lambda v: 'even' if v % 2 == 0 else 'odd'
print(f(3), f(4))
print((1 if True else 2) + (3 if False else 4))
def loud(s):
    print('evaluated', s)
    return s
print(loud('a') if True else loud('b'))
