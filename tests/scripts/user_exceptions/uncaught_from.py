class ParseError(Exception):
    pass


def parse_number(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ParseError(f"bad number {text!r}") from exc


print(parse_number("12"))
parse_number("twelve")
