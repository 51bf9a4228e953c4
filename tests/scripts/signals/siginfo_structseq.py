# struct_siginfo used as the tuple it is (CPython's structseq): str and repr,
# iteration and unpacking, tuple(), slicing, + and * giving plain tuples,
# ordering mixed with tuples, hashing, *args, and the type's relations and
# class attributes.
import signal

S = signal.struct_siginfo


# In a function, so no instance outlives it: CPython 3.11 may report a
# SystemError at exit for a struct_siginfo still reachable from a module dict.
def main():
    info = S((10, 0, 0, 1234, 1000, 0, 0))
    plain = (10, 0, 0, 1234, 1000, 0, 0)

    print(info)
    print(str(info) == repr(info), f"{info!s}" == repr(info))
    print(S.__mro__, S.__base__, S.__name__, S.__module__)
    print(isinstance(info, tuple), issubclass(S, tuple), type(info) is tuple, type(info) is S)
    print(isinstance(info, (int, tuple)))

    # tuple() copies into a plain tuple; a plain tuple is returned as it is.
    t = tuple(info)
    print(t, type(t), t is info, tuple(plain) is plain, tuple(t) is t)

    # Reading: len, indexing, slices, iteration, unpacking, membership.
    print(len(info), info[0], info[-1], info[3], bool(info))
    print(info[:], type(info[:]), info[:] is info, info[1:4], info[::2], info[::-1])
    print([x for x in info], list(info), list(reversed(info)))
    signo, code, *rest = info
    print(signo, code, rest)
    a, b, c, d, e, f, g = info
    print(a, d, e)
    print(1234 in info, 99 in info, 99 not in info)
    print(info.index(1234), info.count(0), max(info), sum(info), min(info))
    print("-".join(str(x) for x in info), sorted(info))

    # Arithmetic gives plain tuples.
    print(info + (1,), type(info + (1,)), (1,) + info, info + info)
    print(info * 2, 2 * info, info * 0, type(info * 1))
    acc = info
    acc += (99,)
    print(acc, type(acc), info)
    try:
        info + [1]
    except TypeError as err:
        print("TypeError:", err)
    try:
        info * "x"
    except TypeError as err:
        print("TypeError:", err)

    # Comparison with tuples, with each other, and mixed sorting.
    other = S((2, 0, 0, 1, 1, 0, 0))
    print(info == plain, plain == info, info != plain, info == other, info != other)
    print(info == list(plain), info == t, (info,) == (plain,), [info] == [plain])
    print(info > other, other < info, info <= plain, info >= plain, info < (11,), (11,) > info)
    print(sorted([info, (5,), other, (10, 0)]))
    print(max([info, other, (3,)]), min(other, info))
    try:
        info < 3
    except TypeError as err:
        print("TypeError:", err)
    try:
        [1] > info
    except TypeError as err:
        print("TypeError:", err)

    # Hashing: the same as the tuple, so either finds the other in a dict or set.
    print(hash(info) == hash(plain), hash(other) == hash(tuple(other)))
    d = {info: "siginfo"}
    print(d[plain], plain in d, info in {plain}, len({info, plain, other}))
    d[plain] = "tuple"
    print(d, len(d))

    # As *args a struct_siginfo arrives as a plain tuple.
    def spread(*args):
        return args

    print(spread(*info), type(spread(*info)))
    print("{} {} {}".format(*info[:3]))

    # Class attributes, also seen through an instance.
    print(S.n_fields, S.n_sequence_fields, S.n_unnamed_fields)
    print(info.n_fields, info.n_sequence_fields, info.n_unnamed_fields)
    print(S.__match_args__)
    print(info.si_signo, info.si_pid, info.si_uid, info.si_band)


main()
