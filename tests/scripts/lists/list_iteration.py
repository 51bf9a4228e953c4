# Iterating lists with index arithmetic and building results.
data = [4, 8, 15, 16, 23, 42]
evens = []
odds = []
for x in data:
    if x % 2 == 0:
        evens.append(x)
    else:
        odds.append(x)
print(evens, odds)
pairs = []
for i in range(len(data) - 1):
    pairs.append(data[i + 1] - data[i])
print(pairs)
running = []
acc = 0
for x in data:
    acc += x
    running.append(acc)
print(running, running[-1] == sum(data))
backwards = []
i = len(data) - 1
while i >= 0:
    backwards.append(data[i])
    i -= 1
print(backwards, backwards == data[::-1])
print(data.index(23), 42 in data)
