# repr of every value type.
values = [None, True, False, 0, -12, 3.0, 1e100, 'plain', "it's", 'say "hi"',
          'both \' and "', 'tab\t', 'nl\n', 'bs\\', '\x00\x7f', 'é', '日本',
          [], [1, [2, [3]]], (), (1,), (1, 2), {}, {'a': [1]}, range(2, 9, 3),
          float('inf'), -0.0]
for v in values:
    print(repr(v))
print(repr(repr('x')))
print(str(['a', "b'"]), str(('q',)))
print([('a', 1.5, None)])
