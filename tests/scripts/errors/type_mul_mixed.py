x = 'ab'
y = 2.5
z = x * y
