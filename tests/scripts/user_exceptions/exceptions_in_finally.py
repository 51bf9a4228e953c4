class First(Exception):
    pass


class Second(Exception):
    pass


def f():
    try:
        raise First("one")
    finally:
        print("finally runs")


try:
    f()
except First as e:
    print("caught", repr(e))


def g():
    try:
        raise First("one")
    finally:
        raise Second("two")


try:
    g()
except Second as e:
    print("caught", repr(e), "context:", repr(e.__context__))


def h():
    try:
        return "returned"
    finally:
        print("cleanup before return")


print(h())


def swallow():
    try:
        raise First("lost")
    finally:
        return "finally wins"


print(swallow())
