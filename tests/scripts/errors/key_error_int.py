d = {1: 'one'}
d[2]
