# !r and !s conversions on assorted values, with and without specs.
values = ['plain', "it's", 'tab\there', 'é', 3, 2.5, None, [1, 'a'], (1,), {'k': 'v'}]
for v in values:
    print(f'{v!s} | {v!r} | {v}')
s = 'abc'
print(f'[{s!r:<9}] [{s!s:>5}] [{s!r:^9}]')
n = 0.1 + 0.2
print(f'{n} {n!r} {n!s} {n:.2f}')
print(f'{"{}"} {"}"!r} {{}} {{{s}}}')
