def risky():
    return [][1]
try:
    risky()
except IndexError:
    print('logging, then re-raising')
    raise
