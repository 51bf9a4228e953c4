# The Signals, Handlers and Sigmasks enums: members are ints in every way.
import signal

print(signal.Signals(2).name, signal.Signals(2).value)
print(repr(signal.Signals(2)), str(signal.Signals(2)), signal.Signals(2))
print(signal.Signals["SIGTERM"], repr(signal.Signals.SIGTERM))
print(signal.Signals(6), repr(signal.Signals(6)), signal.Signals["SIGIOT"].name)
print(signal.Signals, signal.Handlers, signal.Sigmasks)
print(len(signal.Signals), len(signal.Handlers), len(signal.Sigmasks))
print(list(signal.Handlers))
print(list(signal.Sigmasks))
print([s.name for s in signal.Signals][:5])
print(signal.Signals(signal.SIGINT) is signal.SIGINT)
print(signal.SIGINT in signal.Signals, signal.SIG_DFL in signal.Handlers)

# Equal to ints, hash like them, work as ints.
s = signal.SIGINT
print(s == 2, 2 == s, s != 2, s < 3, s >= 2, hash(s) == hash(2))
print(s + 1, s * 2, 2 * s, -s, s | 8, s // 2, s ** 2, ~s)
print(repr(signal.SIGRTMIN + 1), signal.SIGRTMAX - signal.SIGRTMIN)
print({2: "two"}[s], {s: "int"}[2])
print([10, 20, 30][signal.SIGINT], range(signal.SIGQUIT))
print(int(s), float(s), bool(signal.SIG_DFL), bool(signal.SIG_IGN))
print(sorted([signal.SIGTERM, 1, signal.SIGINT, 5]))
print(f"{s}", f"{s!r}", f"[{s:4}]", format(signal.SIGTERM, "03d"), format(s, "x"))
print(isinstance(s, signal.Signals), isinstance(s, signal.Handlers), isinstance(s, int))
print(s.bit_length(), type(s.value).__name__)
print(type(s) is signal.Signals, type(signal.SIG_IGN) is signal.Handlers)

for cls, value in [(signal.Signals, 100), (signal.Signals, "SIGINT"), (signal.Handlers, 2),
                   (signal.Sigmasks, -1), (signal.Signals, 32)]:
    try:
        cls(value)
    except ValueError as e:
        print("ValueError:", e)
try:
    signal.Signals["NOPE"]
except KeyError as e:
    print("KeyError:", e)
