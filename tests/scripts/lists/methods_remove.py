# pop, remove, index.
l = ['a', 'b', 'c', 'b', 'd']
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-2), l)
l.remove('b')
print(l)
nums = [5, 3, 5, 1]
print(nums.index(5), nums.index(1), nums.index(5, 1), nums.index(5, 1, 3))
nums.remove(5)
print(nums)
stack = []
for i in range(4):
    stack.append(i * i)
while stack:
    print('popped', stack.pop())
