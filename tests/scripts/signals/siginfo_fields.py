# Every field of struct_siginfo, from SIGCHLD (si_code CLD_EXITED/CLD_KILLED,
# si_status the exit code or the killing signal, si_pid the child) and from
# kill() (si_code SI_USER, si_uid the sender's user), and the type itself.
import os
import signal

CLD_EXITED, CLD_KILLED, SI_USER = 1, 2, 0

signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGCHLD, signal.SIGUSR1])

pid = os.fork()
if pid == 0:
    os._exit(7)
info = signal.sigwaitinfo([signal.SIGCHLD])
print("signo", info.si_signo == signal.SIGCHLD, "code", info.si_code == CLD_EXITED,
      "errno", info.si_errno, "status", info.si_status, "pid", info.si_pid == pid)
exited_uid = info.si_uid
os.waitpid(pid, 0)

pid = os.fork()
if pid == 0:
    while True:
        signal.pause()
os.kill(pid, signal.SIGKILL)
info = signal.sigtimedwait([signal.SIGCHLD], 60)
print("signo", info.si_signo == signal.SIGCHLD, "code", info.si_code == CLD_KILLED,
      "errno", info.si_errno, "status", info.si_status == signal.SIGKILL, "pid", info.si_pid == pid)
print("same uid:", info.si_uid == exited_uid)
os.waitpid(pid, 0)

os.kill(os.getpid(), signal.SIGUSR1)
info = signal.sigwaitinfo([signal.SIGUSR1])
print("signo", info.si_signo, "code", info.si_code == SI_USER, "errno", info.si_errno,
      "pid", info.si_pid == os.getpid(), "uid", info.si_uid == exited_uid)
print(type(info).__name__, type(info) is signal.struct_siginfo, len(info))
print([type(x).__name__ for x in info])
print(info[0] == info.si_signo, info[1] == info.si_code, info[3] == info.si_pid,
      info[4] == info.si_uid, info[-1] == info.si_band)

made = signal.struct_siginfo((1, 2, 3, 4, 5, 6, 7))
print(made)
print(made.si_signo, made.si_code, made.si_errno, made.si_pid, made.si_uid,
      made.si_status, made.si_band)
print(made[2], made[1:3], list(made), tuple(made))
print(signal.struct_siginfo([10, 0, 0, 1, 1, 0, 0]).si_signo)
for bad in [(1, 2, 3), list(range(8))]:
    try:
        signal.struct_siginfo(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    made.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    made[7]
except IndexError as e:
    print("IndexError:", e)
