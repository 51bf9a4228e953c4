# any and all.
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'x', [0]]), all([1, 0]))
print(any('abc'), all(''), any(range(0)), all(range(1, 5)), any({'': 0}))
def check(x):
    print('checking', x)
    return x > 2
items = [1, 3, 5]
def gen_checks(seq):
    result = []
    for s in seq:
        result.append(check(s))
    return result
print(any(gen_checks(items)), all(gen_checks(items)))
