a = 7
b = 0
result = a // b
