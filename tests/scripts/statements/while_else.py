# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
else:
    print('else ran, n =', n)
n = 0
while n < 5:
    n += 1
    if n == 3:
        break
else:
    print('not printed')
print('broke at', n)
n = 0
total = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    total += n
print('even total', total)
while False:
    print('never')
else:
    print('else of an empty while')
i = 0
while True:
    i += 1
    if i > 100:
        break
print(i)
