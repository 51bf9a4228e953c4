a = 1
b = 'two'
c = 3
print(a + c * 2 + b)
