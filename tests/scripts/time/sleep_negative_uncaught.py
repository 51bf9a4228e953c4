# An uncaught ValueError from time.sleep, inside a function.
import time


def pause(seconds):
    time.sleep(seconds)


print("start")
pause(-2)
