# Arbitrary expressions and calls inside f-string fields.
def greet(who):
    return 'hi ' + who
data = {'n': [1, 2, 3]}
print(f'{greet("bob")} {sum(data["n"])} {len(data)} {max(3, 9)}')
print(f'{1 < 2} {not True} {"a" in "abc"} {3 % 2 == 1}')
print(f'{"-".join(["a", "b"])}')
x = 10
print(f'x={x}')
print(f'{x:>{x // 2}}|')
nested = f'{f"{x}"}'
print(nested, type(nested))
