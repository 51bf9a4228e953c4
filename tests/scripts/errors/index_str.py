s = 'abc'
s[-4]
