print('before')
10 / 0
print('not reached')
