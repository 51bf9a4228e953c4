# Flag constants and strerror.
import os

print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR)
print(os.O_CREAT, os.O_TRUNC, os.O_APPEND, os.O_EXCL, os.O_NONBLOCK, os.O_CLOEXEC)
print(os.WNOHANG, os.devnull)
print(os.strerror(2))
print(os.strerror(13))
print(os.strerror(0))
print(os.strerror(99999))
print(os.error is OSError)
