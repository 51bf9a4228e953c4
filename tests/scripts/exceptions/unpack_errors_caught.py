# Messages for unpacking mismatches.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e), e)
def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = (1, 2)
def star_too_few():
    a, b, *c = [1]
def from_int():
    a, b = 5
def from_str():
    a, b = 'xyz'
show(too_many)
show(too_few)
show(star_too_few)
show(from_int)
show(from_str)
