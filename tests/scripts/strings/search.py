# startswith, endswith, find, replace.
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.endswith('world'), s.endswith(''))
print(s.startswith(('x', 'he')), s.endswith(('ld', 'zz')), s.startswith('o', 4))
print(s.find('o'), s.find('o', 5), s.find('z'), s.find(''), s.find('world'), s.find('o', 5, 6))
print(s.replace('o', '0'), s.replace('l', 'L', 2), s.replace('world', 'there'), s.replace('', '-'))
print(s.replace('x', 'y'), 'aaa'.replace('a', 'aa'), 'abab'.replace('ab', ''))
print('日本語'.find('語'), 'héllo'.startswith('hé'))
