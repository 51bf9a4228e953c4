try:
    int('x')
except ValueError:
    raise TypeError('replaced') from None
