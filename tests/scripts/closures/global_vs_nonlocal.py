# global and nonlocal in the same program.
x = 'g'
def outer():
    x = 'enclosing'
    def use_global():
        global x
        x = 'set by use_global'
    def use_nonlocal():
        nonlocal x
        x = 'set by use_nonlocal'
    use_global()
    print('outer sees', x)
    use_nonlocal()
    print('outer sees', x)
outer()
print('module sees', x)
def make_global_counter():
    global gcount
    gcount = 0
    def inc():
        global gcount
        gcount += 1
    return inc
inc = make_global_counter()
inc(); inc(); inc()
print(gcount)
