# input() reads lines from stdin; the prompt goes to stdout.
name = input('Name: ')
print('Hello,', name)
count = int(input())
total = 0
for i in range(count):
    total += int(input())
print('total', total)
line = input('> ')
print(repr(line))
print(repr(input()))
try:
    input('last? ')
except EOFError as e:
    print('EOFError:', e)
