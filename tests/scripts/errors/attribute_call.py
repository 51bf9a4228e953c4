words = ['a', 'b']
words.push('c')
