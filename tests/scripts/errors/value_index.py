names = ['x', 'y']
position = names.index('z')
