# A pipe carries bytes from os.write to os.read; a closed write end reads as b''.
import os

r, w = os.pipe()
print(r != w, r >= 0, w >= 0)
print(os.write(w, b"hello, "))
print(os.write(w, b"pipe\n"))
print(os.read(r, 5))
print(os.read(r, 100))
print(os.write(w, b""))
os.write(w, bytes(range(256)))
data = os.read(r, 1000)
print(len(data), data[0], data[255], data == bytes(range(256)))
os.close(w)
print(os.read(r, 10))
print(os.read(r, 0))
os.close(r)
