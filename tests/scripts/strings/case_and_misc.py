# upper, lower, concatenation, repetition, comparison, iteration.
print('Hello World'.upper(), 'Hello World'.lower(), 'MiXeD 123'.upper(), 'ÀÉÎ'.lower())
s = 'abc'
t = s
s += 'd'
print(s, t)
print('ab' * 3 + '!', 'x' < 'y', 'abc' == 'ab' + 'c', 'a' != 'A')
count = 0
for ch in 'mississippi':
    if ch == 's':
        count += 1
print(count)
print(len('mississippi'), 'mississippi'[4:7], 'mississippi'[-4:])
rev = ''
for ch in 'stressed':
    rev = ch + rev
print(rev)
