# Bare raise re-raises the exception being handled.
def inner():
    try:
        return 1 // 0
    except ZeroDivisionError:
        print('inner logs and re-raises')
        raise
try:
    inner()
except ZeroDivisionError as e:
    print('outer caught:', e)
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        print('converting', repr(s), 'failed:', e)
        raise
for s in ['12', 'x1']:
    try:
        print(convert(s))
    except ValueError:
        print('gave up on', s)
