class TaskError(Exception):
    pass


log = []


def risky(n):
    if n % 2:
        raise TaskError(f"odd {n}")
    return n


def run_all(ns):
    results = []
    for n in ns:
        try:
            results.append(risky(n))
        except TaskError as e:
            log.append(str(e))
            if n > 4:
                raise
    return results


try:
    run_all([0, 1, 2, 3, 4, 5, 6])
except TaskError as e:
    print("reraised:", e)
print(log)


def wrap():
    try:
        risky(1)
    except TaskError as e:
        err = e
    return err


saved = wrap()
print(type(saved).__name__, saved)
try:
    raise saved
except TaskError as e:
    print("raised again:", e is saved)
