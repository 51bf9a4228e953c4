# Every augmented assignment operator.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 3; print(x)
x &= 0b11110; print(x)
x |= 1; print(x)
x ^= 0xff; print(x)
x <<= 2; print(x)
x >>= 3; print(x)
s = 'ab'
s += 'cd'
s *= 2
print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
t = (1,)
alias_t = t
t += (2,)
print(t, alias_t)
l *= 2
print(l)
d = {'n': 1}
d['n'] += 41
print(d)
f = 1.5
f += 1
print(f)
