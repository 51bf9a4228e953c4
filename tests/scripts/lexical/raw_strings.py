# r-prefixed strings keep backslashes.
print(r'a\nb')
print(R"c:\temp\new")
print(len(r'\n'), len('\n'))
print(repr(r'\x41'))
print(r'''raw
triple\t''')
print(r"\"", len(r"\""))
print(r'\\', len(r'\\'))
print(r'back\slash' == 'back\\slash')
