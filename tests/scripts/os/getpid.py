# Process ids: facts about them, never their values.
import os

pid = os.getpid()
ppid = os.getppid()
print(type(pid).__name__, type(ppid).__name__)
print(pid > 0, ppid > 0, pid != ppid)
print(os.getpid() == pid)
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.devnull)
