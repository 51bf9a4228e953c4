names = ['x', 'y']
names.remove('z')
