class LowLevel(Exception):
    pass


class HighLevel(Exception):
    pass


def low():
    raise LowLevel("disk on fire")


def middle():
    try:
        low()
    except LowLevel as e:
        raise HighLevel("save failed") from e


def top():
    try:
        middle()
    except HighLevel:
        raise RuntimeError("giving up")


top()
