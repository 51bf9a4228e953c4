# Exceptions interacting with loops, break and continue.
results = []
for s in ['1', 'two', '3', '', '5']:
    try:
        n = int(s)
    except ValueError:
        results.append('bad')
        continue
    else:
        results.append(n)
    finally:
        results.append('|')
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError('retry')
        break
    except RuntimeError as e:
        print('attempt', attempts, e)
print('succeeded after', attempts)
def first_error(items):
    for i in items:
        try:
            10 // i
        except ZeroDivisionError:
            return 'zero at position ' + str(items.index(i))
    return 'none'
print(first_error([5, 2, 0, 1]), first_error([1]))
