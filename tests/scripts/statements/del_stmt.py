# del on names, list items, slices and dict keys.
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
l = [0, 1, 2, 3, 4, 5]
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print(e)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
