# Comments, blank lines and nested indentation.

# a comment at column zero
x = 1  # trailing comment
if x:
    # comment inside a block
    if x > 0:
            print('deeply indented')   # eight extra spaces is fine
    else:
      print('never')

    print('back one level')
        # a comment at odd indentation is ignored
print('top level')
for i in range(2):
	print('tab-indented', i)
while x < 3:
    x += 1
    # trailing comment in block
print(x)
if True: print('one-line if')
for c in 'ab': print(c)
x = 1; y = 2; print(x + y)
