class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False


with Tracker("a") as t:
    print("body with", t.name)
print("after")
with Tracker("b"):
    print("no as target")
