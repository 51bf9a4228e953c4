class Abort(BaseException):
    pass


def run():
    try:
        raise Abort("stop now")
    except Exception:
        print("Exception does not catch BaseException subclasses")
        return "wrong"


try:
    run()
except BaseException as e:
    print("caught by BaseException:", repr(e))
print(issubclass(Abort, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(SystemExit, BaseException))
raise Abort("uncaught")
