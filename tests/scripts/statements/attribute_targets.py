# Attribute targets (on function objects, the only attribute holders without classes).
def f():
    return f.calls
f.calls = 0
f.calls += 1
f.calls += 1
print(f(), f.calls)
f.tag = f.label = 'x'
print(f.tag, f.label)
f.items = []
f.items.append(1)
f.items[0] = 'first'
print(f.items)
f.a, f.b = 1, 2
print(f.a + f.b)
del f.a
try:
    f.a
except AttributeError as e:
    print('AttributeError:', e)
