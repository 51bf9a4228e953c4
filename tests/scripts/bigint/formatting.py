# format(), f-strings, hex/oct/bin and str of big ints.
a = 2 ** 100
b = -(3 ** 70)
print(str(a), repr(b), hex(a), oct(a), bin(a)[:20], hex(b), oct(b), bin(-a))
print(format(a, ","), format(a, "_"), format(b, ","), format(a, "n"), format(a, "d"))
print(format(a, "x"), format(a, "X"), format(a, "#x"), format(b, "#X"), format(a, "#_x"))
print(format(a, "o"), format(a, "#o"), format(a, "b")[:10], format(a, "#b")[:10])
print(format(a, ">45,") + "|", format(b, "<45") + "|", format(a, "^45") + "|")
print(format(b, "=+50_"), format(a, "+"), format(a, " "), format(b, "050,"))
print(format(a, "*^50,"), format(a, "040"))
print(format(a, "e"), format(a, ".3e"), format(b, "g"), format(a, ".2f"), format(a, "%"))
print(f"{a:,} {b:_} {a:>40} {a:#x} {a!r} {a!s:>35}")
print(f"{2 ** 64:d} {-2 ** 63:d} {2 ** 63:,}")
for spec in [".2", "c", "+c", "z", "q"]:
    try:
        format(a, spec)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    format(10 ** 400, "e")
except OverflowError as e:
    print("OverflowError:", e)
print("{} and {:,}".format(a, b))
print(str(-2 ** 63 - 1), str(2 ** 63))
