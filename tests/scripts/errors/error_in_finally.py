try:
    print('body')
finally:
    print('finally')
    1 / 0
