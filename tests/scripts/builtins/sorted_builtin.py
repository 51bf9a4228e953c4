# sorted with key and reverse; stability.
print(sorted([3, 1, 2]), sorted('banana'), sorted((2.5, -1, 0)))
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c', 'a']))
words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
print(sorted({'b': 1, 'a': 2}), sorted([]))
data = [5, 2, 9]
result = sorted(data)
print(data, result)
print(sorted([True, False, 2, 1.5]))
