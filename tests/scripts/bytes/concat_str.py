# Mixing bytes and str in +, uncaught.
header = b"HTTP/1.0 "
status = 200
line = header + str(status)
print(line)
