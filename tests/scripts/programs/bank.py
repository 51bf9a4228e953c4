# A small ledger with validation via exceptions.
accounts = {}
def open_account(name, deposit=0):
    if name in accounts:
        raise KeyError('duplicate account ' + name)
    accounts[name] = deposit
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError('amount must be positive')
    if accounts[src] < amount:
        raise RuntimeError(f'insufficient funds in {src}: {accounts[src]} < {amount}')
    accounts[src] -= amount
    accounts[dst] += amount
ops = [
    ('open', 'alice', 100),
    ('open', 'bob', 20),
    ('open', 'alice', 5),
    ('transfer', 'alice', 'bob', 30),
    ('transfer', 'bob', 'alice', 500),
    ('transfer', 'bob', 'carol', 1),
    ('transfer', 'alice', 'bob', -5),
    ('transfer', 'alice', 'bob', 70),
]
for op in ops:
    try:
        if op[0] == 'open':
            open_account(*op[1:])
        else:
            transfer(*op[1:])
        status = 'ok'
    except KeyError as e:
        status = 'KeyError ' + str(e)
    except (ValueError, RuntimeError) as e:
        status = type(e) is ValueError and 'ValueError ' + str(e) or 'RuntimeError ' + str(e)
    print(f'{op!r:<40} {status}')
print(accounts)
for name, balance in sorted(accounts.items(), key=lambda kv: kv[1], reverse=True):
    print(f'{name:>8}: {balance:>6.2f}')
