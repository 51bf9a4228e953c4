# if / elif / else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for n in [-5, 0, 3, 99]:
    print(n, classify(n))
for value in [0, 1, '', 'x', [], [0], {}, None, 0.0, range(0)]:
    if value:
        print(repr(value), 'truthy')
    else:
        print(repr(value), 'falsy')
if 1:
    if 0:
        print('no')
    elif 1:
        print('nested elif')
if False:
    pass
print('done')
