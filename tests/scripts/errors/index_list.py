values = [10, 20, 30]
print(values[2])
print(values[3])
