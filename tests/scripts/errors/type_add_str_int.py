label = 'total: '
label + 42
