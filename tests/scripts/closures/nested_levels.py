# Closures spanning several levels of nesting.
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1(1)(2)(3))
print(level1('x')('y')('z'))
def outer():
    n = 0
    def middle():
        def inner():
            nonlocal n
            n += 1
            return n
        return inner
    f = middle()
    f()
    f()
    return n
print(outer())
def counter_of_counters():
    total = 0
    def make():
        count = 0
        def tick():
            nonlocal count, total
            count += 1
            total += 1
            return count, total
        return tick
    return make
make = counter_of_counters()
t1 = make()
t2 = make()
print(t1(), t1(), t2(), t1())
