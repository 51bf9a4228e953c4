# assert statements that pass, and caught failures.
assert True
assert 1 == 1, 'never shown'
x = [1]
assert x
try:
    assert x == [2], 'x was ' + repr(x)
except AssertionError as e:
    print('caught:', e, e.args)
try:
    assert 0
except AssertionError as e:
    print('no message:', repr(str(e)), e.args)
def only_checked_when_failing():
    print('message evaluated')
    return 'msg'
assert True, only_checked_when_failing()
print('done')
