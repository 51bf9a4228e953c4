# An uncaught ValueError from str() of a number with too many digits.
n = 7 ** 6000
print(n.bit_length())
print(n)
