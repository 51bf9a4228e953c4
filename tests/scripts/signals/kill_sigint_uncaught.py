# os.kill of SIGINT to ourselves, not caught: death by SIGINT after the
# traceback, with the standard output flushed first.
import os
import signal

signal.signal(signal.SIGINT, signal.default_int_handler)
print("before")
os.kill(os.getpid(), signal.SIGINT)
print("after")
