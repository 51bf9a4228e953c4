class CleanupError(Exception):
    def __str__(self):
        return "cleanup failed: " + self.args[0]


def work():
    raise KeyError("resource")


def run():
    try:
        work()
    except KeyError:
        raise CleanupError("while handling")


run()
