# An uncaught UnicodeDecodeError.
data = b"caf\xc3\xa9 " + b"\xff\xfe"
print(data[:6].decode())
text = data.decode("utf-8")
print(text)
