print('fine')
return 5
