point = (1, 2)
z = point[2]
