# transfer.py: where can a KeyboardInterrupt break a money transfer?
#
#   build/vm run programs/transfer.py                        prints as python3 does
#   build/vm explore --signal SIGINT programs/transfer.py    tries every point
#
# A transfer takes money out of one account and puts it into the other. Ctrl-C
# raises KeyboardInterrupt "out of thin air", but only at a check point: the
# entry of a function, a backward jump, or the return of a call (the places
# CPython 3.11 looks for signals, too). So:
#   - careless() calls log() between the two updates. That call is a check
#     point, and an interrupt there leaves the money taken from one account
#     and never given to the other: `vm explore` reports runs whose total is
#     no longer 100.
#   - careful() computes both balances first and stores them in one statement
#     with no call in between. No check point falls between the two stores,
#     so no interruption point makes money vanish: explore finds totals of
#     100 only (the transfer happened, or it did not).
accounts = {"alice": 100, "bob": 0}


def log(message):
    pass  # a real program would write to a log file here


def careless(src, dst, amount):
    accounts[src] -= amount
    log(f"took {amount} from {src}")
    accounts[dst] += amount


def careful(src, dst, amount):
    taken, given = accounts[src] - amount, accounts[dst] + amount
    accounts[src], accounts[dst] = taken, given
    log(f"moved {amount} from {src} to {dst}")


for transfer in (careless, careful):
    try:
        transfer("alice", "bob", 30)
    except KeyboardInterrupt:
        print(transfer.__name__, "was interrupted")
    print(transfer.__name__, accounts, "total", sum(accounts.values()))
