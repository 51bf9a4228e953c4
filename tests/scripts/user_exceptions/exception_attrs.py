class Retry(Exception):
    attempts_allowed = 3

    def __init__(self, attempt):
        super().__init__(attempt)
        self.attempt = attempt

    def can_retry(self):
        return self.attempt < self.attempts_allowed


def attempt(n):
    raise Retry(n)


for i in range(1, 5):
    try:
        attempt(i)
    except Retry as e:
        print(i, e.can_retry(), e.attempt, e.args[0])
e = Retry(7)
e.note = "extra"
print(e.note, e.args)
e.args = ("replaced", 1)
print(e.args, str(e))
print(str(Retry(1)), str(Exception()), str(Exception("a", "b")))
print(repr(Exception("a", "b")), repr(Retry("x")))
