# break and continue in nested loops.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
result = []
for word in ['apple', 'skip', 'banana', 'stop', 'cherry']:
    if word == 'skip':
        continue
    if word == 'stop':
        break
    result.append(word)
print(result)
count = 0
while count < 3:
    count += 1
    for c in 'abc':
        if c == 'b':
            continue
        print(count, c)
