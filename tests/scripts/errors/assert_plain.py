x = 3
assert x > 1
assert x > 5
