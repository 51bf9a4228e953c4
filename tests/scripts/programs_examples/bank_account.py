# bank_account.py: a tiny bank with accounts, transfers and custom exceptions.
#
#   build/vm run programs/bank_account.py
#   python3 programs/bank_account.py          prints the same thing
#
# Look for: an exception hierarchy (BankError and its subclasses) with extra
# attributes and a custom __str__, super().__init__, and a `with` block that
# rolls a transfer back when anything inside it fails (watch alice's balance
# survive the transfer to carol's frozen account).


class BankError(Exception):
    """Base class for everything that can go wrong at the bank."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(account.owner, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        short = self.amount - self.account.balance
        return f"{self.account.owner} is short by {short} (balance {self.account.balance})"


class AccountFrozen(BankError):
    pass


class InvalidAmount(BankError):
    pass


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        self.number = Account.next_number
        Account.next_number += 1

    def _check(self, amount):
        if amount <= 0:
            raise InvalidAmount(f"amount must be positive, got {amount}")
        if self.frozen:
            raise AccountFrozen(f"account {self.number} ({self.owner}) is frozen")

    def deposit(self, amount):
        self._check(amount)
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


class Transaction:
    """Snapshot balances on entry; restore them if the block raises."""

    def __init__(self, *accounts):
        self.accounts = accounts

    def __enter__(self):
        self.saved = [(a, a.balance, len(a.history)) for a in self.accounts]
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        for account, balance, n in self.saved:
            account.balance = balance
            del account.history[n:]
        print(f"  rolled back {len(self.saved)} accounts after {exc_type.__name__}")
        return False


def transfer(source, target, amount):
    with Transaction(source, target):
        source.withdraw(amount)
        target.deposit(amount)


alice = Account("alice", 100)
bob = Account("bob", 20)
carol = Account("carol")

requests = [
    (alice, bob, 30),
    (bob, carol, 80),
    (carol, alice, -5),
    (bob, carol, 50),
]
for source, target, amount in requests:
    print(f"transfer {amount} from {source.owner} to {target.owner}")
    try:
        transfer(source, target, amount)
    except InsufficientFunds as e:
        print(f"  refused: {e}")
    except BankError as e:
        print(f"  refused ({type(e).__name__}): {e}")
    else:
        print("  done")

carol.frozen = True
print("transfer 10 from alice to carol (frozen)")
try:
    transfer(alice, carol, 10)
except BankError as e:
    print(f"  refused ({type(e).__name__}): {e}")

print()
for account in [alice, bob, carol]:
    moves = ", ".join(f"{kind} {amount}" for kind, amount in account.history) or "none"
    print(f"{account.number} {account.owner:<6} {account.balance:>5}  history: {moves}")
print("total money:", sum(a.balance for a in [alice, bob, carol]))
