# word_count.py: count the words of a text and print a small frequency report.
#
#   build/vm run programs/word_count.py                      counts the poem below
#   build/vm run programs/word_count.py - < some_file.txt    counts standard input
#   python3 programs/word_count.py                           prints the same report
#
# Look for: input() reading stdin line by line until EOFError, dict and list
# comprehensions, sorted() with a key that breaks ties alphabetically, and
# f-string alignment (`{word:<10}`, `{count:>3}`) drawing a bar chart.
import sys

POEM = """\
The fog comes
on little cat feet.

It sits looking
over harbor and city
on silent haunches
and then moves on.
"""

PUNCTUATION = ".,;:!?\"'()-"


def read_stdin():
    lines = []
    while True:
        try:
            lines.append(input())
        except EOFError:
            return "\n".join(lines)


def words_of(text):
    """Lower-cased words with surrounding punctuation removed."""
    cleaned = (w.strip(PUNCTUATION).lower() for w in text.split())
    return [w for w in cleaned if w]


def frequencies(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def report(text, top=5):
    lines = text.split("\n")
    words = words_of(text)
    counts = frequencies(words)
    print(f"lines: {len([l for l in lines if l.strip()])}")
    print(f"words: {len(words)}")
    print(f"distinct words: {len(counts)}")
    if not words:
        return
    longest = max(words, key=len)
    print(f"longest word: {longest!r} ({len(longest)} letters)")
    print(f"average length: {sum(len(w) for w in words) / len(words):.2f}")
    print()
    print(f"top {top}:")
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, count in ranked[:top]:
        print(f"  {word:<10}{count:>3} {'#' * count}")
    by_length = {}
    for w in counts:
        by_length.setdefault(len(w), []).append(w)
    print()
    print("distinct words by length:")
    for length in sorted(by_length):
        print(f"  {length:>2}: {', '.join(sorted(by_length[length]))}")


if len(sys.argv) > 1 and sys.argv[1] == "-":
    report(read_stdin())
else:
    report(POEM)
