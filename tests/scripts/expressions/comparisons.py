# Comparisons, including chains and mixed numeric types.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1)
print(1 < 2 > 0, 0 < 5 <= 5 < 6)
print(1 == 1.0, 1 < 1.5, True == 1, False == 0, True + True)
print('a' < 'b', 'abc' < 'abd', 'Z' < 'a', '' < 'a', 'ab' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 5))
print([1, 2] == [1, 2], [1, 2] == (1, 2), None == None, None == 0)
print({'a': 1} == {'a': 1}, {'a': 1} != {'a': 2})
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(0) < v(5))
print(calls)
print(float('inf') > 10 ** 18, float('nan') == float('nan'))
x = 5
print(0 <= x < 10, not 0 <= x < 3)
