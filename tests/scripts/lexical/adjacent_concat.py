# Adjacent string literals are joined at compile time.
s = 'hello' ' ' "world"
print(s)
t = ('one, '
     'two, '
     "three")
print(t)
print('a' r'\n' 'b')
print(len('ab' 'cd' 'ef'))
x = 5
print('x is ' f'{x}' ' and done')
print(('multi'
       'line'
       ''))
