# sys.stdout.write and sys.stderr.write return the number of characters.
import sys
n = sys.stdout.write('written directly\n')
print(n)
sys.stdout.write('no newline')
sys.stdout.write(' ... then one\n')
m = sys.stderr.write('to stderr\n')
print(m)
print(sys.stdout.write('日本\n'))
sys.stderr.write('é\n')
sys.stdout.flush()
sys.stderr.flush()
