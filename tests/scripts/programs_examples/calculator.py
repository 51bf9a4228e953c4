# calculator.py: a tokenizer and recursive-descent evaluator for arithmetic.
#
#   build/vm run programs/calculator.py
#   python3 programs/calculator.py            prints the same results
#
# Look for: a Token class with __repr__, a tokenizer that walks the string one
# character at a time, one parser method per grammar rule (the grammar is in
# the Parser docstring), variables kept in a dict, and a CalcError that points
# a caret at the column where a bad expression went wrong.


LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
DIGITS = "0123456789."


class CalcError(Exception):
    def __init__(self, message, column):
        super().__init__(message)
        self.column = column


class Token:
    def __init__(self, kind, value, column):
        self.kind = kind      # "num", "name", "op" or "end"
        self.value = value
        self.column = column

    def __repr__(self):
        return f"{self.kind}:{self.value}"


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " ":
            i += 1
        elif ch in DIGITS:
            start = i
            while i < len(text) and text[i] in DIGITS:
                i += 1
            literal = text[start:i]
            try:
                value = float(literal) if "." in literal else int(literal)
            except ValueError:
                raise CalcError(f"bad number {literal!r}", start) from None
            tokens.append(Token("num", value, start))
        elif ch in LETTERS:
            start = i
            while i < len(text) and text[i] in LETTERS:
                i += 1
            tokens.append(Token("name", text[start:i], start))
        elif ch in "+-*/%^()=":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", "", len(text)))
    return tokens


class Parser:
    """
    statement  := NAME "=" expr | expr
    expr       := term (("+" | "-") term)*
    term       := factor (("*" | "/" | "%") factor)*
    factor     := ("-" | "+") factor | power
    power      := atom ("^" factor)?          (right associative)
    atom       := NUMBER | NAME | "(" expr ")"
    """

    def __init__(self, tokens, variables):
        self.tokens = tokens
        self.pos = 0
        self.variables = variables

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expect(self, value):
        token = self.take()
        if token.value != value:
            found = repr(token.value) if token.kind != "end" else "end of input"
            raise CalcError(f"expected {value!r}, found {found}", token.column)

    def statement(self):
        first = self.peek()
        second = self.tokens[self.pos + 1]
        if first.kind == "name" and second.value == "=":
            self.pos += 2
            value = self.expr()
            self.variables[first.value] = value
        else:
            value = self.expr()
        end = self.peek()
        if end.kind != "end":
            raise CalcError(f"unexpected {end.value!r}", end.column)
        return value

    def expr(self):
        value = self.term()
        while self.peek().value in ("+", "-"):
            if self.take().value == "+":
                value = value + self.term()
            else:
                value = value - self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take()
            right = self.factor()
            if op.value == "*":
                value = value * right
            elif right == 0:
                raise CalcError("division by zero", op.column)
            elif op.value == "/":
                value = value / right
            else:
                value = value % right
        return value

    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        if self.peek().value == "+":
            self.take()
            return self.factor()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        token = self.take()
        if token.kind == "num":
            return token.value
        if token.kind == "name":
            if token.value not in self.variables:
                raise CalcError(f"unknown variable {token.value!r}", token.column)
            return self.variables[token.value]
        if token.value == "(":
            value = self.expr()
            self.expect(")")
            return value
        found = repr(token.value) if token.kind != "end" else "end of input"
        raise CalcError(f"expected a number, found {found}", token.column)


LINES = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "7 % 3 + 10 / 4",
    "width = 12",
    "height = width / 2 + 1",
    "width * height",
    "area_ratio = (width * height) / (width + height)",
    "1 + * 2",
    "(4 + 5",
    "10 / (5 - 5)",
    "3 $ 4",
    "depth * 2",
    "1.2.3 + 1",
]

print(tokenize("x = (1 + 2.5) * y"))
print()
variables = {"pi": 3.14159}
for line in LINES:
    try:
        result = Parser(tokenize(line), variables).statement()
    except CalcError as e:
        print(f"  {line}")
        print("  " + " " * e.column + "^")
        print(f"error: {e}")
    else:
        print(f"{line:<50} => {result}")
print()
print("variables:", ", ".join(f"{k}={v}" for k, v in sorted(variables.items())))
