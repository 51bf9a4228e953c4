# errno: every name maps to its number and errorcode maps it back.
import errno

print(errno.EPERM, errno.ENOENT, errno.ESRCH, errno.EINTR, errno.EIO)
print(errno.EBADF, errno.ECHILD, errno.EAGAIN, errno.ENOMEM, errno.EACCES)
print(errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.EINVAL, errno.EPIPE)
print(errno.ETIMEDOUT, errno.ECONNREFUSED, errno.ERFKILL)
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLOCK == errno.EDEADLK,
      errno.ENOTSUP == errno.EOPNOTSUPP)
print(errno.errorcode[2], errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK],
      errno.errorcode[errno.EOPNOTSUPP])
print(len(errno.errorcode))
for code in sorted(errno.errorcode):
    name = errno.errorcode[code]
    print(code, name, getattr(errno, name) == code)
print(list(errno.errorcode.items())[:5])
