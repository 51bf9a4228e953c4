# Format specs: width, alignment, precision, types, grouping, zero padding.
s = 'abc'
n = 1234567
f = 3.14159265
neg = -42
print(f'[{s:>8}] [{s:<8}] [{s:^8}] [{s:8}]')
print(f'[{n:>8}] [{n:<8}] [{n:^9}] [{n:8}]')
print(f'[{f:.3f}] [{f:.0f}] [{f:10.2f}] [{f:<10.1f}]')
print(f'[{n:d}] [{255:x}] [{255:X}] [{neg:x}] [{n:,}] [{neg:,}]')
print(f'[{f:08.2f}] [{-f:08.2f}] [{42:08}] [{neg:05}]')
print(f'[{1234567.891:,}] [{1234567.891:,.2f}] [{0.5:.0f}] [{2.5:.0f}]')
print(f'[{s:*^9}] [{s:->6}] [{n:_<10}]')
print(f'[{True:>6}] [{"":3}] [{1e16:.1f}]')
width = 7
prec = 2
print(f'[{f:{width}.{prec}f}] [{s:>{width}}]')
print(f'[{0.125:.2f}] [{0.375:.2f}] [{1.005:.2f}] [{-0.001:.2f}]')
print(f'[{123:3}] [{123:2}] [{12.0:.3f}] [{7:x}]')
