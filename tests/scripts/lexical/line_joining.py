# Implicit joining inside brackets and explicit backslash continuation.
total = (1 +
         2 +
         3)
print(total)
items = [
    'a',
    'b',   # a comment inside brackets
    'c',
]
print(items)
d = {
    'k': 1,
    'j': 2
}
print(d)
value = 10 + \
        20 + \
        30
print(value)
if value > 50 and \
   total < 10:
    print('both')
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
