values = [3, 'a']
print(values[0] < values[1])
