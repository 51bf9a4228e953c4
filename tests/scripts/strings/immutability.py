# Strings are immutable; methods return new strings.
s = 'text'
u = s.upper()
print(s, u)
try:
    s[0] = 'T'
except TypeError as e:
    print('TypeError:', e)
parts = s.split('x')
print(parts, s)
print(s.replace('t', 'T'), s)
print(s[::-1], s)
