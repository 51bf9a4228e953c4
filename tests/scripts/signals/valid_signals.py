# valid_signals: every number the platform accepts, as Signals members where
# they have names.
import signal

v = signal.valid_signals()
print(type(v).__name__, len(v))
print(v)
print(signal.SIGKILL in v, 32 in v, 33 in v, signal.SIGRTMIN in v, 64 in v, 0 in v)
print(sorted(x for x in v if isinstance(x, signal.Signals))[:3])
print([x for x in sorted(v) if not isinstance(x, signal.Signals)][:4])
try:
    signal.valid_signals(1)
except TypeError as e:
    print("TypeError:", e)
