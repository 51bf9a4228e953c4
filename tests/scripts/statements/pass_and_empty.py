# pass in every kind of block.
def nothing():
    pass
print(nothing())
if True:
    pass
for i in range(2):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
else:
    pass
finally:
    pass
print('still here', i)
