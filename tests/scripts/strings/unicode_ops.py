# Non-ASCII strings in operations.
w = 'café'
print(len(w), w[3], w[-1] == 'é', w.upper(), w.find('é'))
print('über'.startswith('ü'), '日本語テキスト'[2:4], '日本' + '語')
print(sorted('éab'), max('aé'), min('日本'))
print(repr('日本'), str('日本'), 'naïve'.split('ï'))
print('-'.join('日本'), '日本'.replace('日', '月'))
for ch in 'añ日':
    print(ch, ord(ch), hex(ord(ch)))
