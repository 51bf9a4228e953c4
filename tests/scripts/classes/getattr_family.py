class Settings:
    mode = "fast"

    def __init__(self):
        self.level = 3


s = Settings()
print(getattr(s, "level"), getattr(s, "mode"), getattr(s, "missing", "dflt"))
print(hasattr(s, "level"), hasattr(s, "nope"), hasattr(Settings, "mode"))
setattr(s, "level", 5)
setattr(s, "new_attr", [1])
print(s.level, s.new_attr)
name = "dyn"
setattr(s, name + "_x", 42)
print(s.dyn_x, getattr(s, "dyn_x"))
delattr(s, "new_attr")
print(hasattr(s, "new_attr"))
del s.level
print(hasattr(s, "level"))
try:
    delattr(s, "level")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(s, "level")
except AttributeError as e:
    print("AttributeError:", e)
setattr(Settings, "shared", "class-level")
print(s.shared, Settings().shared)
method = getattr(s, "__init__")
method()
print(s.level)
print(getattr([3, 1], "index")(1), getattr("ab", "upper")())
try:
    getattr(s, 5)
except TypeError as e:
    print("TypeError:", e)
