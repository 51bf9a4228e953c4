# min, max, sum, abs.
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max((7, 9)), min('hello'), max('hello'))
print(min([3, -1, 2], key=abs), max(['aa', 'b', 'cccc'], key=len), max([1, 3, 3], key=lambda x: -x))
print(min([], default='empty'), max([2, 8], default=0))
print(max(1, 2.5), min(-1, -1.0), max([1, 1.0]), max([1.0, 1]))
print(sum([1, 2, 3]), sum([]), sum([0.1] * 10), sum([1, 2], 10), sum((1.5, 2.5)))
print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-0.0), abs(True))
print(max(['apple', 'Banana', 'cherry']), min([[1, 2], [1], [0, 9]]))
print(max(1, 2, key=lambda x: -x), min('b', 'a', 'c'))
