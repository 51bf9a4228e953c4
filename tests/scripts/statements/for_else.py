# for loops over every iterable type, with else.
for x in [1, 2, 3]:
    print('list', x)
for x in (4, 5):
    print('tuple', x)
for ch in 'héy':
    print('str', ch)
for i in range(3):
    print('range', i)
for i in range(10, 0, -4):
    print('range step', i)
d = {'one': 1, 'two': 2}
for k in d:
    print('dict key', k)
for k, v in d.items():
    print('item', k, v)
for v in d.values():
    print('value', v)
def find(items, target):
    for i in items:
        if i == target:
            print('found', target)
            break
    else:
        print('missing', target)
find([1, 2, 3], 2)
find([1, 2, 3], 7)
for x in []:
    print('never')
else:
    print('else after empty loop')
for i in range(3):
    pass
print('loop variable after loop', i)
