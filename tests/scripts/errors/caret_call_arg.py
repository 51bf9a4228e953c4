def half(x):
    return x / 2
print(half(4), half('8'))
