items = [1, 2]
n = items - 1
