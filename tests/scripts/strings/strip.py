# strip, lstrip, rstrip with and without arguments.
s = '  \t padded \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abc'.strip(''), '...'.strip('.'))
print('000123'.lstrip('0'), '1.500'.rstrip('0'), 'path///'.rstrip('/'))
print(repr(''.strip()), repr('   '.strip()), repr('no-op'.strip()))
print('hello'.strip('ho'), 'hello'.lstrip('leh'), 'hello'.rstrip('lo'))
