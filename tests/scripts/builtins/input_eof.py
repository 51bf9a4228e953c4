# input() at end of file raises EOFError uncaught.
print('reading')
value = input('prompt: ')
