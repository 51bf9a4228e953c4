# A recursive-descent calculator for + - * / ( ) and unary minus.
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == ' ':
            i += 1
        elif c in '0123456789.':
            j = i
            while j < len(src) and src[j] in '0123456789.':
                j += 1
            text = src[i:j]
            tokens.append(float(text) if '.' in text else int(text))
            i = j
        elif c in '+-*/()':
            tokens.append(c)
            i += 1
        else:
            raise ValueError('bad character ' + repr(c))
    return tokens
def parse(tokens):
    pos = [0]
    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else None
    def take():
        tok = tokens[pos[0]]
        pos[0] += 1
        return tok
    def expr():
        value = term()
        while peek() in ('+', '-'):
            if take() == '+':
                value += term()
            else:
                value -= term()
        return value
    def term():
        value = factor()
        while peek() in ('*', '/'):
            if take() == '*':
                value *= factor()
            else:
                value /= factor()
        return value
    def factor():
        tok = take()
        if tok == '-':
            return -factor()
        if tok == '(':
            value = expr()
            if take() != ')':
                raise ValueError('expected )')
            return value
        return tok
    result = expr()
    if peek() is not None:
        raise ValueError('trailing tokens')
    return result
for src in ['1 + 2 * 3', '(1 + 2) * 3', '10 / 4', '-(2 + 3) * -2', '0.1 + 0.2',
            '2 * (3 + (4 - 1)) / 3', '1 / 0', '2 $ 3', '(1 + 2']:
    try:
        print(src, '=', parse(tokenize(src)))
    except ZeroDivisionError as e:
        print(src, '-> ZeroDivisionError:', e)
    except (ValueError, IndexError) as e:
        print(src, '->', type(e), e)
