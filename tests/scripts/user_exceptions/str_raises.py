class Broken(Exception):
    def __str__(self):
        raise ValueError("no text for you")


e = Broken("payload")
print(e.args, repr(e))
try:
    str(e)
except ValueError as err:
    print("str() raised:", err)
try:
    print(f"{e}")
except ValueError as err:
    print("f-string raised:", err)
raise Broken("payload")
