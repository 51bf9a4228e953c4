print('start')
doc = """this string
never ends
