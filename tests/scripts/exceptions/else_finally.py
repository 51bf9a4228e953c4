# else runs when no exception; finally always runs.
def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print('  except')
        return 'failed'
    else:
        print('  else', r)
        return 'ok'
    finally:
        print('  finally')
print(attempt(2))
print(attempt(0))
def finally_overrides():
    try:
        return 'try'
    finally:
        print('  finally runs before return')
print(finally_overrides())
def finally_return_wins():
    try:
        raise ValueError('lost')
    finally:
        return 'finally return swallows the exception'
print(finally_return_wins())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)
