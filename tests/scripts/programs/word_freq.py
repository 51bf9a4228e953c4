# Word frequencies from text read on stdin.
import sys
text = ''
while True:
    try:
        line = input()
    except EOFError:
        break
    text += line + '\n'
counts = {}
for raw in text.split():
    word = raw.strip('.,;:!?"\'()').lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:10]:
    print(f'{word:<12}{n:>3}')
print('distinct:', len(counts), 'total:', sum(counts.values()))
sys.stderr.write('processed ' + str(len(text.split('\n')) - 1) + ' lines\n')
