# getrecursionlimit and setrecursionlimit.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(3000))
sys.setrecursionlimit(100)
try:
    depth(500)
except RecursionError as e:
    print('RecursionError:', e)
print(sys.getrecursionlimit())
