# sys.argv holds the script path and the arguments.
import sys
print(len(sys.argv))
print(sys.argv[0])
print(sys.argv[1:])
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a))
total = 0
for a in sys.argv[1:]:
    if a.startswith('n='):
        total += int(a[2:])
print('total', total)
