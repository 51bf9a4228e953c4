def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return result.upper()
    return wrapper


def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args} {kwargs}")
        value = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {value!r}")
        return value
    return wrapper


@shout
def hello(name, punct="!"):
    return "hello " + name + punct


print(hello("world"))
print(hello("you", punct="?"))


@trace
def add(a, b=0, *, c=0):
    return a + b + c


add(1, 2)
add(1, c=5)


@trace
@shout
def both(s):
    return s


both("stacked")
print(hello.__name__)


def register(table):
    def deco(fn):
        table[fn.__name__] = fn
        return fn
    return deco


commands = {}


@register(commands)
def start():
    return "starting"


@register(commands)
def stop():
    return "stopping"


print(sorted(commands))
print(commands["stop"]())
