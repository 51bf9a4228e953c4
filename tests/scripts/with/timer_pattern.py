class Section:
    log = []

    def __init__(self, name):
        self.name = name
        self.steps = 0

    def __enter__(self):
        Section.log.append("begin " + self.name)
        return self

    def step(self):
        self.steps += 1

    def __exit__(self, t, v, tb):
        status = "ok" if t is None else "failed: " + str(v)
        Section.log.append(f"end {self.name} after {self.steps} steps ({status})")


for name, limit in [("load", 3), ("parse", 5)]:
    with Section(name) as s:
        for i in range(limit):
            s.step()
try:
    with Section("save") as s:
        s.step()
        raise RuntimeError("disk full")
except RuntimeError:
    pass
print("\n".join(Section.log))
