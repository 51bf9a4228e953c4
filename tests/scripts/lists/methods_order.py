# sort, reverse, copy.
l = [3, 1, 4, 1, 5, 9, 2, 6]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l.reverse()
print(l)
words = ['banana', 'Apple', 'cherry', 'date']
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
print(words.sort())
c = words.copy()
c.append('extra')
print(words, c, c is words)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append('shared')
print(nested)
e = []
e.reverse()
e.sort()
print(e)
