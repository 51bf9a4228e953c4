registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def add_greeting(cls):
    def greet(self):
        return "hi from " + type(self).__name__
    cls.greet = greet
    return cls


def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco


@register
@add_greeting
class Alpha:
    pass


@register
@with_tag("beta-tag")
class Beta(Alpha):
    def greet(self):
        return super().greet() + " (overridden)"


print(registry)
print(Alpha().greet())
print(Beta().greet(), Beta.tag)
print(hasattr(Alpha, "tag"))

