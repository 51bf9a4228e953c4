raise KeyError('a', 2)
