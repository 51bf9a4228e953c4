# ord, chr, hex.
print(ord('a'), ord('A'), ord('0'), ord(' '), ord('é'), ord('€'), ord('日'))
print(chr(97), chr(65), chr(48), chr(233), chr(8364), repr(chr(10)), repr(chr(0)))
print(hex(0), hex(255), hex(-255), hex(4096), hex(2 ** 62), hex(0x7fffffffffffffff))
s = ''
for code in range(ord('a'), ord('f')):
    s += chr(code - 32)
print(s)
print(chr(ord('z') - 25), ord(chr(1000)))
