class Lock:
    def __init__(self):
        self.held = False

    def __enter__(self):
        if self.held:
            raise RuntimeError("already held")
        self.held = True
        return self

    def __exit__(self, *exc):
        self.held = False
        return None


lock = Lock()
with lock:
    print("held:", lock.held)
    try:
        with lock:
            print("never")
    except RuntimeError as e:
        print("nested acquire:", e)
    print("still held:", lock.held)
print("released:", lock.held)
with lock as same:
    print(same is lock)
