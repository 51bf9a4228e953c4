# Two closures sharing the same cell.
def make_pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put
get, put = make_pair()
print(get())
put('changed')
print(get())
get2, put2 = make_pair()
print(get2(), get())
