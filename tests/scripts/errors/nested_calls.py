def parse(token):
    return int(token)
def parse_all(tokens):
    result = []
    for t in tokens:
        result.append(parse(t))
    return result
def main():
    print(parse_all(['1', '2']))
    print(parse_all(['3', 'four']))
main()
