# Counting and grouping with dicts.
text = 'the cat and the hat and the bat'
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(by_count)
groups = {}
for word in text.split():
    groups.setdefault(len(word), []).append(word)
print(groups)
letters = {}
for ch in 'mississippi':
    if ch in letters:
        letters[ch] += 1
    else:
        letters[ch] = 1
for k in sorted(letters):
    print(k, letters[k])
