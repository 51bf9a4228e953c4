# Nested try blocks and exceptions crossing function frames.
def level3():
    raise IndexError('from level3')
def level2():
    try:
        level3()
    except KeyError:
        print('level2 wrong handler')
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except IndexError as e:
        print('level1 caught', e)
        return 'handled'
print(level1())
try:
    try:
        raise ValueError('inner')
    except ValueError:
        print('handling inner')
        raise TypeError('raised while handling')
    finally:
        print('inner finally')
except TypeError as e:
    print('outer caught', e)
try:
    try:
        pass
    finally:
        print('finally with no exception')
except Exception:
    print('not reached')
