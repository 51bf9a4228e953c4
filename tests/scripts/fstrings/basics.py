# f-string interpolation, conversions and brace escapes.
name = 'World'
n = 42
print(f'Hello, {name}!')
print(f"{n} {n + 1} {n * 2} {n // 5}")
print(f'{name!r} {name!s} {n!r}')
print(f'{{literal braces}} {{{n}}}')
print(f'{"nested quotes"} {len(name)}')
print(F'capital F {n}')
items = ['a', 'b']
d = {'key': 'value'}
print(f'{items} {items[0]} {d["key"]} {d}')
print(f'{None} {True} {1.5} {0.1 + 0.2} {-0.0}')
print(f'{"é"!r} {"日本"} {name.upper()}')
print(f'')
print(f'{n if n > 10 else 0} {(lambda x: x * 2)(3)}')
print(f'multi {name}' f' part {n}')
print(rf'raw \n {n}', fr'{n} \t')
s = 'x'
print(f'{s!r:>5}|{s:>5}|')
