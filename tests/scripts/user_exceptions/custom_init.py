class HttpError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason


class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path


try:
    raise NotFound("/index.html")
except HttpError as e:
    print(e.code, e.reason, e.path)
    print(e.args)
    print(str(e))
    print(repr(e))


class Msg(Exception):
    def __init__(self, what):
        super().__init__(f"problem with {what}")
        self.what = what


try:
    raise Msg("disk")
except Msg as e:
    print(e, "|", e.args, "|", e.what)


class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b


try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(e.total, e.args, repr(str(e)))
