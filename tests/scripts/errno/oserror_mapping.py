# Errno values select OSError subclasses, and os errors carry errno values.
import errno
import os

for name in ["EAGAIN", "EWOULDBLOCK", "EALREADY", "EINPROGRESS", "ECHILD", "EPIPE",
             "ESHUTDOWN", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET", "EEXIST", "ENOENT",
             "EINTR", "EISDIR", "ENOTDIR", "EACCES", "EPERM", "ESRCH", "ETIMEDOUT", "EIO"]:
    code = getattr(errno, name)
    e = OSError(code, os.strerror(code))
    print(name, code, type(e).__name__, e)

try:
    os.open("missing-file.txt", os.O_RDONLY)
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    os.close(-1)
except OSError as e:
    print(e.errno == errno.EBADF, errno.errorcode[e.errno])
