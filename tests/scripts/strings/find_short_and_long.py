# find/in/count/replace/partition/split/strip on short texts (searched by memchr
# and memcmp) and texts past 256 bytes (searched by memmem), ASCII and not.
hays = ["", "a", "ab", "abab", "aaaaab", "héllo wörld héllo", "x" * 300 + "needle" + "y" * 10, "ab" * 200 + "abc", "the quick brown fox"]
needles = ["", "a", "b", "ab", "abc", "aab", "ll", "héllo", "ö", "needle", "fox", "zz", "x" * 299 + "n"]
out = []
for h in hays:
    for n in needles:
        out.append((h.find(n), h.rfind(n), n in h, h.count(n), h.replace(n, "-") if n else h, h.partition(n) if n else 0, h.split(n) if n else 0, h.strip(n)))
        out.append((h.find(n, 2), h.find(n, 1, 5), h.count(n, 3)))
print(len(out))
for o in out:
    print(o)
