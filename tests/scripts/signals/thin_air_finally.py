# A handler's exception appears at the interrupted instruction and unwinds
# through try/finally blocks as if that instruction had raised it.
import os
import signal

class Alarm(Exception):
    pass

def handler(signum, frame):
    print("handler in", frame.f_code.co_name, "line", frame.f_lineno)
    raise Alarm("from the handler")

signal.signal(signal.SIGUSR1, handler)

def step(n):
    return n + 1

def worker():
    total = 0
    try:
        for i in range(5):
            total = step(total)
            if i == 2:
                os.kill(os.getpid(), signal.SIGUSR1)
                print("not reached")
        print("not reached either")
    finally:
        print("finally ran, total =", total)

try:
    worker()
except Alarm as e:
    print("caught:", repr(e))

def nested():
    try:
        try:
            signal.raise_signal(signal.SIGUSR1)
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("wrong handler")
    finally:
        print("outer finally")

try:
    nested()
except Alarm as e:
    print("caught again:", e)
    tb = e.__traceback__
    while tb is not None:
        print("tb line", tb.tb_lineno)
        tb = tb.tb_next
