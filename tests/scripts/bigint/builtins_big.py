# sum, min, max, sorted, divmod and friends with big values.
nums = [2 ** 62, 2 ** 62, 2 ** 62, -5, 2 ** 100]
print(sum(nums), sum(nums[:3]), sum([2 ** 100, 1.5]), sum([], 2 ** 70))
print(min(nums), max(nums), max(nums, key=lambda v: -v))
print(sorted(nums), sorted(nums, reverse=True))
print(divmod(2 ** 100, 7), divmod(-2 ** 100, 7), divmod(2 ** 100, -2 ** 50))
print(divmod(-9223372036854775808, -1), divmod(2 ** 100, 2.5))
print(list(map(lambda v: v * v, [2 ** 40, 2 ** 50])))
print(2 ** 100 in [1, 2 ** 100], [2 ** 100].index(2 ** 100), [2 ** 64, 2 ** 64].count(2 ** 64))
print(bool(2 ** 100), not 2 ** 100, 2 ** 100 or 0, 0 or -2 ** 100)
print(str(2 ** 100).count("0"), len(str(2 ** 1000)))
print(isinstance(2 ** 100, int), type(2 ** 100) == type(1), id(2 ** 100) != 0)
total = 1
for i in range(1, 40):
    total = total * i + i
print(total)
