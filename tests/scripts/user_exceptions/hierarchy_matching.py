class Base(Exception):
    pass


class Mid(Base):
    pass


class Leaf(Mid):
    pass


class Other(Exception):
    pass


def classify(exc):
    try:
        raise exc
    except Leaf:
        return "Leaf"
    except Mid:
        return "Mid"
    except (Other, Base) as e:
        return "Other/Base: " + type(e).__name__


for exc in [Leaf(), Mid(), Base(), Other()]:
    print(classify(exc))


def order_matters():
    try:
        raise Leaf("x")
    except Base as e:
        return "Base handler caught " + type(e).__name__
    except Leaf:
        return "never"


print(order_matters())
try:
    try:
        raise Other("outer")
    except Base:
        print("wrong")
except Exception as e:
    print("propagated:", repr(e))
