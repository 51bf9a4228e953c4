class CM:
    def __init__(self, i):
        self.i = i

    def __enter__(self):
        print("enter", self.i)
        return self.i

    def __exit__(self, t, v, tb):
        print("exit", self.i)


for i in range(5):
    with CM(i) as n:
        if n == 1:
            continue
        if n == 3:
            break
        print("body", n)
print("---")
n = 0
while True:
    n += 1
    with CM(n):
        if n < 3:
            continue
        break
print("done", n)
