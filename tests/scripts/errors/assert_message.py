balance = -10
assert balance >= 0, 'balance went negative: ' + str(balance)
