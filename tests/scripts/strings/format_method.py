# str.format with positional {} fields.
print('{} + {} = {}'.format(1, 2, 3))
print('{}|{}'.format('a', 'b'))
print('[{}]'.format(None), '[{}]'.format([1, 'x']), '{}'.format(1.5), '{}'.format(True))
print('{{literal}} {}'.format('value'))
print('no fields'.format(), 'extra args ignored: {}'.format(1, 2))
print('{}{}{}'.format('é', '日', 0.1 + 0.2))
