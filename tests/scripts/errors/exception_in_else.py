try:
    x = 1
except ValueError:
    pass
else:
    x.append(2)
