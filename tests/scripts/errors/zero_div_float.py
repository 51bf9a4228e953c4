x = 2.5
y = 0.0
print(x / y)
