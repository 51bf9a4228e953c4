# Local, enclosing, global and builtin name resolution.
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())
def local_only():
    x = 'local'
    return x
print(local_only(), x)
def uses_builtin():
    return len('abc')
print(uses_builtin())
len_backup = len
def len(obj):
    return 'shadowed'
print(len([1, 2]), len_backup([1, 2]))
del len
print(len([1, 2]))
def params_are_local(x):
    x = x + '!'
    return x
print(params_are_local('arg'), x)
