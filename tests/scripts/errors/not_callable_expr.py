data = [1, 2, 3]
total = data(0) + 1
