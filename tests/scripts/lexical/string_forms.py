# Every quoting style for strings.
print('single')
print("double")
print('''triple single''')
print("""triple double""")
print('it\'s', "say \"hi\"", "it's", 'say "hi"')
print('''line one
line two
  line three''')
print("""a "quoted" word and 'another'""")
s = """
starts with a newline"""
print(repr(s))
print(len(''), len(""), len(''''''), len(""""""))
print('a' 'b', "c" 'd')
