class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


try:
    raise ConfigError("bad value", 42)
except AppError as e:
    print(type(e).__name__, e.args, str(e), repr(e))
try:
    raise ConfigError
except ConfigError as e:
    print("class raised:", repr(e), e.args, str(e) == "")
try:
    raise AppError("single")
except Exception as e:
    print(repr(e), e, isinstance(e, AppError), isinstance(e, ConfigError))
print(issubclass(ConfigError, Exception), issubclass(ConfigError, BaseException))
