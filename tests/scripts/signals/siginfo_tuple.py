# struct_siginfo is a structseq in CPython: a tuple subclass, so it compares,
# hashes and searches as the tuple of its fields, and it is read-only.
import os
import signal

made = signal.struct_siginfo((1, 2, 3, 4, 5, 6, 7))
print(isinstance(made, tuple))
print(made == signal.struct_siginfo((1, 2, 3, 4, 5, 6, 7)), made != signal.struct_siginfo((1, 2, 3, 4, 5, 6, 8)))
print(made == (1, 2, 3, 4, 5, 6, 7), (1, 2, 3, 4, 5, 6, 7) == made)
print(hash(made) == hash((1, 2, 3, 4, 5, 6, 7)))
print(made.index(3), made.count(7), made < (1, 2, 3, 4, 5, 6, 8))
print(made + (8,), made[::-1])
print(signal.struct_siginfo.n_fields, signal.struct_siginfo.n_sequence_fields,
      signal.struct_siginfo.n_unnamed_fields)

signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
info = signal.sigwaitinfo([signal.SIGUSR1])
print(info == tuple(info), {info: "key"}[tuple(info)])

try:
    signal.struct_siginfo(5)
except TypeError as e:
    print("TypeError:", e)
try:
    made.si_signo = 5
except AttributeError as e:
    print("AttributeError:", e)
