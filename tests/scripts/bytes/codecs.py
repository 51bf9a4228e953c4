# str.encode and bytes.decode with UTF-8, ASCII and Latin-1.
s = "naïve café €5 😀"
u = s.encode()
print(u, len(s), len(u))
print(u.decode(), u.decode("utf-8") == s, s.encode("UTF8") == u)
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9t\xe9".decode("latin1"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(s.encode("ascii", "backslashreplace"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"a\xffb".decode("ascii", "backslashreplace"))
print(b"".decode(), "".encode())
print(b"\xc3\xa9".decode(encoding="utf-8", errors="strict"))
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: b"\xff".decode())
attempt(lambda: b"a\xe2\x82".decode())
attempt(lambda: b"a\xe2\x82x".decode())
attempt(lambda: b"a\xe2x".decode())
attempt(lambda: b"\xed\xa0\x80".decode())
attempt(lambda: b"\xc0\x80".decode())
attempt(lambda: b"\xf0\x80\x80\x80".decode())
attempt(lambda: b"ok\x80".decode("ascii"))
attempt(lambda: "aé".encode("ascii"))
attempt(lambda: "a€😀b".encode("ascii"))
attempt(lambda: "x€".encode("latin-1"))
attempt(lambda: "x".encode("klingon"))
attempt(lambda: b"x".decode("klingon"))
attempt(lambda: "é".encode("ascii", "bogus"))
attempt(lambda: b"x".decode(1))
attempt(lambda: "x".encode(errors=5))
try:
    b"\x80".decode()
except UnicodeError as e:
    print("caught as UnicodeError:", type(e).__name__)
except ValueError:
    print("wrong")
