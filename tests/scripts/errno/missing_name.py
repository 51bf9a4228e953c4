# An errno name Linux does not have (uncaught AttributeError).
import errno

print(errno.ENOENT)
print(errno.ENOSUCHTHING)
