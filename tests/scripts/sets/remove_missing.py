# An uncaught KeyError from set.remove.
colors = {"red", "green"}
colors.discard("blue")
print(len(colors))
colors.remove("blue")
print("not reached")
