def load(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError('could not load config') from exc
load('oops')
