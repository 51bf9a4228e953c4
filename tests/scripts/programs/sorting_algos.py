# Hand-written sorting algorithms compared with sorted().
def bubble(a):
    a = a.copy()
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
def quick(a):
    if len(a) < 2:
        return a
    pivot, rest = a[0], a[1:]
    lo, hi = [], []
    for x in rest:
        (lo if x < pivot else hi).append(x)
    return quick(lo) + [pivot] + quick(hi)
seed = 12345
data = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 100)
print(data)
expected = sorted(data)
for name, fn in [('bubble', bubble), ('merge', merge_sort), ('quick', quick)]:
    result = fn(data)
    print(name, result == expected)
print(expected)
