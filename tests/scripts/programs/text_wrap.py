# Greedy word wrapping and justification.
TEXT = ('The quick brown fox jumps over the lazy dog while the café owner '
        'watches from behind the counter, sipping tea from a chipped mug.')
def wrap(text, width):
    lines, current = [], ''
    for word in text.split():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += ' ' + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines
for width in [20, 32]:
    print(f'width {width}:')
    for line in wrap(TEXT, width):
        print(f'|{line:<{width}}|')
    for line in wrap(TEXT, width):
        print(f'|{line:^{width}}|')
