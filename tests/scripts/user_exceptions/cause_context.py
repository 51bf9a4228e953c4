class StorageError(Exception):
    pass


def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise StorageError(f"cannot load {key}") from e


def load_implicit(key):
    data = {}
    try:
        return data[key]
    except KeyError:
        raise StorageError("implicit")


try:
    load("b")
except StorageError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
try:
    load_implicit("z")
except StorageError as e:
    print(repr(e), e.__cause__, repr(e.__context__))
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise StorageError("second") from None
except StorageError as e:
    print(e.__cause__, repr(e.__context__))
e = StorageError("fresh")
print(e.__cause__, e.__context__)
