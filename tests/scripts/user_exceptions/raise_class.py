class Stop(Exception):
    pass


class Custom(Exception):
    def __init__(self):
        super().__init__("made by default")


for cls in [Stop, Custom]:
    try:
        raise cls
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
try:
    raise Custom()
except Custom as e:
    print(str(e))


class NotAnException:
    pass


try:
    raise NotAnException
except TypeError as e:
    print("TypeError:", e)
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
