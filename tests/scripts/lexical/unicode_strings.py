# Non-ASCII text in source and in strings.
s = 'héllo'
print(s, len(s))
j = '日本'
print(j, len(j), j[0], j[1])
print(s.upper(), 'ÉCOLE'.lower())
print(repr('ünïcödé'), repr('日本語'))
print(ord('é'), ord('日'), chr(233), chr(26085))
print('naïve' + ' café')
print('日本'[::-1])
print('€' * 3)
print('héllo'.find('l'), 'héllo'.replace('é', 'e'))
print('日本' < '本', 'a' < 'é')
