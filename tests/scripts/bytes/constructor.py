# The bytes() constructor in all its forms.
print(bytes(), bytes(0), bytes(3))
print(bytes([72, 105]), bytes((0, 255)), bytes(range(65, 70)))
print(bytes(b"copy"), bytes("héllo", "utf-8"), bytes("abc", "ascii"))
print(bytes("é", encoding="latin-1"), bytes("x", "utf-8", "strict"))
print(bytes([True, False]))
print(bytes(x for x in range(3)))
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: bytes("abc"))
attempt(lambda: bytes(-1))
attempt(lambda: bytes(1.5))
attempt(lambda: bytes(None))
attempt(lambda: bytes([256]))
attempt(lambda: bytes([-1]))
attempt(lambda: bytes(["a"]))
attempt(lambda: bytes(5, "utf-8"))
attempt(lambda: bytes("é", "ascii"))
attempt(lambda: bytes("é", "nope"))
attempt(lambda: bytes(x=1))
attempt(lambda: bytes(1, 2, 3, 4))
