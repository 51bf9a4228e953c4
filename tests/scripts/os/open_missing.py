# Opening a file that does not exist: FileNotFoundError with the filename.
import os

print("before")
os.open("no/such/dir/missing.txt", os.O_RDONLY)
print("not reached")
