class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"


try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e)
    print(str(e))
    print(repr(e))
    print(f"error -> {e}")
    print(e.args)


class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"


q = Quiet("text")
print(str(q), repr(q), [q])
raise ValidationError("name", "is empty")
