# Default parameter values, evaluated once at definition time.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Di'))
base = 10
def add(x, y=base):
    return x + y
base = 20
print(add(1))
def accumulate(item, bucket=[]):
    bucket.append(item)
    return bucket
print(accumulate(1))
print(accumulate(2))
print(accumulate(3, []))
def none_default(x=None):
    if x is None:
        x = []
    x.append('n')
    return x
print(none_default(), none_default())
