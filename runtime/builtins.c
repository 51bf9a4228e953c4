// The built-in functions. Each one checks its arguments the way CPython's
// does, with the same messages, then leans on the generic operations of
// ops.c; the types and iterators they hand out live in their own modules
// (iter.c for range/enumerate/zip/..., file.c for the standard streams).
#include "runtime/builtins.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/bigint.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/file.h"
#include "runtime/func.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/vm.h"

// ---- argument checks shared by many builtins ---------------------------------------

static Value invalid_keyword(const char *fname, TupleObj *kw, size_t i) {
    return exc_raise(&exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                     AS_STR(kw->items[i])->data, fname);
}

static bool is_type(Value v) {
    // Classes whose metatype derives from type (the int enums) count too.
    return IS_OBJ(v) && (v.o->type == &type_type || v.o->type->base == &type_type);
}

// A method a user class defines (through its bases too); UNDEF_VAL if none.
// Built-in types answer here only for names in their method tables.
static Value special_method(Value v, const char *name) {
    return type_lookup(type_of(v), str_intern_cstr(name));
}

// ---- the standard streams as sys sees them ----------------------------------------

// sys.<name> when the sys module was imported (a program may have replaced
// it), else the file made at start-up. ERR_VAL ("lost sys.stdout") when the
// program deleted it.
static Value std_stream(const char *name, FileObj *initial, const char *who) {
    Value sys = dict_get_str(vm.modules, str_intern_cstr("sys"));
    if (IS_UNDEF(sys)) {
        return OBJ_VAL(initial);
    }
    Value f = dict_get_str(AS_MODULE(sys)->dict, str_intern_cstr(name));
    if (IS_UNDEF(f)) {
        return exc_raise(&exc_RuntimeError, "%slost sys.%s", who, name);
    }
    return f;
}

// file.write(s) for any file-like object.
static bool write_str(Value file, const char *s, size_t n) {
    if (IS_FILE(file)) {
        return file_write(AS_FILE(file), s, n);
    }
    Value write = ops_getattr(file, str_intern_cstr("write"));
    if (IS_ERR(write)) {
        return false;
    }
    Value arg = OBJ_VAL(str_new(s, n));
    return !IS_ERR(vm_call(write, &arg, 1, NULL));
}

// file.write(str(v)).
static bool write_value(Value file, Value v) {
    if (IS_STR(v)) {
        return write_str(file, AS_STR(v)->data, AS_STR(v)->len);
    }
    if (IS_INT(v)) {
        char buf[24];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)v.i);
        return write_str(file, buf, (size_t)n);
    }
    Value s = ops_str(v);
    return !IS_ERR(s) && write_str(file, AS_STR(s)->data, AS_STR(s)->len);
}

// file.flush() for any file-like object.
static bool flush_file(Value file) {
    if (IS_FILE(file)) {
        return file_flush(AS_FILE(file));
    }
    Value flush = ops_getattr(file, str_intern_cstr("flush"));
    return !IS_ERR(flush) && !IS_ERR(vm_call(flush, &file, 0, NULL));
}

// ---- print and input -------------------------------------------------------------------

// sep and end: None or a str.
static bool text_option(const char *what, Value v, Value *out) {
    if (IS_UNDEF(v) || IS_NONE(v)) {
        return true;
    }
    if (!IS_STR(v)) {
        exc_raise(&exc_TypeError, "%s must be None or a string, not %s", what, type_name(v));
        return false;
    }
    *out = v;
    return true;
}

static Value bi_print(Value *args, int nargs, TupleObj *kw) {
    Value opt[4] = {UNDEF_VAL, UNDEF_VAL, UNDEF_VAL, UNDEF_VAL};
    static const char *const names[] = {"sep", "end", "file", "flush"};
    size_t nkw = kw ? kw->len : 0;
    for (size_t k = 0; k < nkw; k++) {
        const char *n = AS_STR(kw->items[k])->data;
        size_t i = 0;
        while (i < 4 && strcmp(n, names[i]) != 0) {
            i++;
        }
        if (i == 4) {
            return invalid_keyword("print", kw, k);
        }
        opt[i] = args[nargs + (int)k];
    }
    Value file = opt[2];
    if (IS_UNDEF(file) || IS_NONE(file)) {
        file = std_stream("stdout", file_stdout(), "");
        if (IS_ERR(file)) {
            return file;
        }
        if (IS_NONE(file)) {
            return NONE_VAL; // sys.stdout = None silences print, as in CPython
        }
    }
    Value sep = UNDEF_VAL, end = UNDEF_VAL;
    if (!text_option("sep", opt[0], &sep) || !text_option("end", opt[1], &end)) {
        return ERR_VAL;
    }
    // One write per piece, like CPython, so output interleaves the same way
    // when an argument's __str__ prints too.
    for (int i = 0; i < nargs; i++) {
        if (i > 0) {
            bool ok = IS_UNDEF(sep) ? write_str(file, " ", 1)
                                    : write_str(file, AS_STR(sep)->data, AS_STR(sep)->len);
            if (!ok) {
                return ERR_VAL;
            }
        }
        if (!write_value(file, args[i])) {
            return ERR_VAL;
        }
    }
    bool ok = IS_UNDEF(end) ? write_str(file, "\n", 1)
                            : write_str(file, AS_STR(end)->data, AS_STR(end)->len);
    if (!ok) {
        return ERR_VAL;
    }
    if (!IS_UNDEF(opt[3])) {
        int flush = ops_truthy(opt[3]);
        if (flush < 0 || (flush && !flush_file(file))) {
            return ERR_VAL;
        }
    }
    return NONE_VAL;
}

static Value bi_input(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("input", kw) || !args_count("input", nargs, 0, 1)) {
        return ERR_VAL;
    }
    Value fin = std_stream("stdin", file_stdin(), "input(): ");
    if (IS_ERR(fin)) {
        return fin;
    }
    Value fout = std_stream("stdout", file_stdout(), "input(): ");
    if (IS_ERR(fout)) {
        return fout;
    }
    Value ferr = std_stream("stderr", file_stderr(), "input(): ");
    if (IS_ERR(ferr)) {
        return ferr;
    }
    // CPython flushes stderr, writes the prompt, flushes stdout; a failing
    // flush is ignored, a failing prompt write is not.
    if (!IS_NONE(ferr) && !flush_file(ferr)) {
        vm_take_exc();
    }
    if (nargs == 1 && !write_value(fout, args[0])) {
        return ERR_VAL;
    }
    if (!IS_NONE(fout) && !flush_file(fout)) {
        vm_take_exc();
    }
    Value line;
    if (IS_FILE(fin)) {
        line = file_readline(AS_FILE(fin));
    } else {
        Value readline = ops_getattr(fin, str_intern_cstr("readline"));
        if (IS_ERR(readline)) {
            return readline;
        }
        line = vm_call(readline, &fin, 0, NULL);
        if (!IS_ERR(line) && !IS_STR(line)) {
            return exc_raise(&exc_TypeError, "object.readline() returned non-string");
        }
    }
    if (IS_ERR(line)) {
        return line;
    }
    StrObj *s = AS_STR(line);
    if (s->len == 0) {
        return exc_raise(&exc_EOFError, "EOF when reading a line");
    }
    if (s->data[s->len - 1] == '\n') {
        return OBJ_VAL(str_new(s->data, s->len - 1));
    }
    return line;
}

// ---- objects ----------------------------------------------------------------------------

static Value bi_len(Value *args, int nargs, TupleObj *kw) {
    if (!args_one("len", nargs, kw)) {
        return ERR_VAL;
    }
    int64_t n = ops_len(args[0]);
    return n < 0 ? ERR_VAL : INT_VAL(n);
}

static Value bi_repr(Value *args, int nargs, TupleObj *kw) {
    if (!args_one("repr", nargs, kw)) {
        return ERR_VAL;
    }
    return ops_repr(args[0]);
}

static Value bi_hash(Value *args, int nargs, TupleObj *kw) {
    if (!args_one("hash", nargs, kw)) {
        return ERR_VAL;
    }
    int64_t h;
    return ops_hash(args[0], &h) ? INT_VAL(h) : ERR_VAL;
}

// Objects answer their address. Unboxed values have none, so they get a
// number made from their tag and bits: stable for equal values and never a
// multiple of 16, hence never an object's address.
static Value bi_id(Value *args, int nargs, TupleObj *kw) {
    if (!args_one("id", nargs, kw)) {
        return ERR_VAL;
    }
    Value v = args[0];
    if (IS_OBJ(v)) {
        return INT_VAL((int64_t)(uintptr_t)v.o);
    }
    uint64_t bits = 0;
    if (IS_INT(v)) {
        bits = (uint64_t)v.i;
    } else if (IS_FLOAT(v)) {
        memcpy(&bits, &v.f, sizeof bits);
    } else if (IS_BOOL(v)) {
        bits = v.b;
    }
    return INT_VAL((int64_t)(((bits << 4) | (uint64_t)v.tag) & (uint64_t)INT64_MAX));
}

static Value bi_callable(Value *args, int nargs, TupleObj *kw) {
    if (!args_one("callable", nargs, kw)) {
        return ERR_VAL;
    }
    Value v = args[0];
    TypeObj *t = type_of(v);
    bool yes = t->call || t == &type_type || t == &func_type || t == &native_type ||
               t == &method_type || !IS_UNDEF(special_method(v, "__call__"));
    return BOOL_VAL(yes);
}

// isinstance/issubclass: whether type t matches cls, a class or a (nested)
// tuple of classes. -1 with TypeError when cls holds something else before a
// match is found.
static int class_matches(TypeObj *t, Value cls, const char *err) {
    if (is_type(cls)) {
        return type_is_subtype(t, (TypeObj *)cls.o);
    }
    if (IS_TUPLE(cls)) {
        TupleObj *tup = AS_TUPLE(cls);
        for (size_t i = 0; i < tup->len; i++) {
            int r = class_matches(t, tup->items[i], err);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    exc_raise(&exc_TypeError, "%s", err);
    return -1;
}

static Value bi_isinstance(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("isinstance", kw) || !args_count("isinstance", nargs, 2, 2)) {
        return ERR_VAL;
    }
    int r = class_matches(type_of(args[0]), args[1],
                          "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return r < 0 ? ERR_VAL : BOOL_VAL(r);
}

static Value bi_issubclass(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("issubclass", kw) || !args_count("issubclass", nargs, 2, 2)) {
        return ERR_VAL;
    }
    if (!is_type(args[0])) {
        return exc_raise(&exc_TypeError, "issubclass() arg 1 must be a class");
    }
    int r = class_matches((TypeObj *)args[0].o, args[1],
                          "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return r < 0 ? ERR_VAL : BOOL_VAL(r);
}

static bool attr_name(Value v, StrObj **out) {
    if (!IS_STR(v)) {
        exc_raise(&exc_TypeError, "attribute name must be string, not '%s'", type_name(v));
        return false;
    }
    *out = str_intern_obj(AS_STR(v));
    return true;
}

static Value bi_getattr(Value *args, int nargs, TupleObj *kw) {
    StrObj *name;
    if (!args_no_kw("getattr", kw) || !args_count("getattr", nargs, 2, 3) ||
        !attr_name(args[1], &name)) {
        return ERR_VAL;
    }
    Value v = ops_getattr(args[0], name);
    if (IS_ERR(v) && nargs == 3 && exc_pending_matches(&exc_AttributeError)) {
        vm_take_exc();
        return args[2];
    }
    return v;
}

static Value bi_hasattr(Value *args, int nargs, TupleObj *kw) {
    StrObj *name;
    if (!args_no_kw("hasattr", kw) || !args_count("hasattr", nargs, 2, 2) ||
        !attr_name(args[1], &name)) {
        return ERR_VAL;
    }
    Value v = ops_getattr(args[0], name);
    if (IS_ERR(v)) {
        if (!exc_pending_matches(&exc_AttributeError)) {
            return v;
        }
        vm_take_exc();
        return BOOL_VAL(false);
    }
    return BOOL_VAL(true);
}

static Value bi_setattr(Value *args, int nargs, TupleObj *kw) {
    StrObj *name;
    if (!args_no_kw("setattr", kw) || !args_count("setattr", nargs, 3, 3) ||
        !attr_name(args[1], &name)) {
        return ERR_VAL;
    }
    return ops_setattr(args[0], name, args[2]) ? NONE_VAL : ERR_VAL;
}

static Value bi_delattr(Value *args, int nargs, TupleObj *kw) {
    StrObj *name;
    if (!args_no_kw("delattr", kw) || !args_count("delattr", nargs, 2, 2) ||
        !attr_name(args[1], &name)) {
        return ERR_VAL;
    }
    return ops_setattr(args[0], name, UNDEF_VAL) ? NONE_VAL : ERR_VAL;
}

static Value bi_format(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"value", "format_spec", NULL};
    Value a[2];
    if (!args_parse("format", args, nargs, kw, params, 1, a)) {
        return ERR_VAL;
    }
    if (IS_UNDEF(a[1])) {
        return ops_str(a[0]);
    }
    if (!IS_STR(a[1])) {
        return exc_raise(&exc_TypeError, "format() argument 2 must be str, not %s",
                         type_name(a[1]));
    }
    return str_format_value(a[0], AS_STR(a[1]));
}

// exit() and quit(), which CPython's site module adds for scripts too.
static Value bi_exit(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("exit", kw) || !args_count("exit", nargs, 0, 1)) {
        return ERR_VAL;
    }
    return exc_raise_value(exc_new(&exc_SystemExit, args, nargs));
}

// ---- iteration --------------------------------------------------------------------------

static Value bi_iter(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("iter", kw) || !args_count("iter", nargs, 1, 2)) {
        return ERR_VAL;
    }
    if (nargs == 2) {
        Value ok = bi_callable(args, 1, NULL);
        if (!ok.b) {
            return exc_raise(&exc_TypeError, "iter(v, w): v must be callable");
        }
        return iter_callable_new(args[0], args[1]);
    }
    return ops_iter(args[0]);
}

static Value bi_next(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("next", kw) || !args_count("next", nargs, 1, 2)) {
        return ERR_VAL;
    }
    Value v = ops_next(args[0]);
    if (IS_UNDEF(v)) {
        if (nargs == 2) {
            return args[1];
        }
        return exc_raise_value(exc_new(&exc_StopIteration, NULL, 0));
    }
    return v;
}

// any() and all(): stop at the first item whose truth is `stop_on`.
static Value any_all(const char *name, Value *args, int nargs, TupleObj *kw, bool stop_on) {
    if (!args_one(name, nargs, kw)) {
        return ERR_VAL;
    }
    Value it = ops_iter(args[0]);
    if (IS_ERR(it)) {
        return it;
    }
    for (;;) {
        Value v = ops_next(it);
        if (IS_UNDEF(v)) {
            return BOOL_VAL(!stop_on);
        }
        if (IS_ERR(v)) {
            return v;
        }
        int t = ops_truthy(v);
        if (t < 0) {
            return ERR_VAL;
        }
        if ((bool)t == stop_on) {
            return BOOL_VAL(stop_on);
        }
    }
}

static Value bi_any(Value *args, int nargs, TupleObj *kw) {
    return any_all("any", args, nargs, kw, true);
}

static Value bi_all(Value *args, int nargs, TupleObj *kw) {
    return any_all("all", args, nargs, kw, false);
}

static Value min_max(Value *args, int nargs, TupleObj *kw, bool is_max) {
    const char *name = is_max ? "max" : "min";
    if (nargs == 0) {
        return exc_raise(&exc_TypeError, "%s expected at least 1 argument, got 0", name);
    }
    Value key = UNDEF_VAL, dflt = UNDEF_VAL;
    size_t nkw = kw ? kw->len : 0;
    if (nkw > 2) {
        return exc_raise(&exc_TypeError, "%s() takes at most 2 keyword arguments (%zu given)", name,
                         nkw);
    }
    for (size_t k = 0; k < nkw; k++) {
        const char *n = AS_STR(kw->items[k])->data;
        if (strcmp(n, "key") == 0) {
            key = args[nargs + (int)k];
        } else if (strcmp(n, "default") == 0) {
            dflt = args[nargs + (int)k];
        } else {
            return invalid_keyword(name, kw, k);
        }
    }
    if (nargs > 1 && !IS_UNDEF(dflt)) {
        return exc_raise(&exc_TypeError,
                         "Cannot specify a default for %s() with multiple positional arguments",
                         name);
    }
    if (IS_NONE(key)) {
        key = UNDEF_VAL;
    }
    Value it = ops_iter(nargs == 1 ? args[0] : OBJ_VAL(tuple_from(args, (size_t)nargs)));
    if (IS_ERR(it)) {
        return it;
    }
    Value best = UNDEF_VAL, best_key = UNDEF_VAL;
    for (;;) {
        Value v = ops_next(it);
        if (IS_UNDEF(v)) {
            break;
        }
        if (IS_ERR(v)) {
            return v;
        }
        Value k = IS_UNDEF(key) ? v : vm_call(key, &v, 1, NULL);
        if (IS_ERR(k)) {
            return k;
        }
        if (IS_UNDEF(best)) {
            best = v;
            best_key = k;
            continue;
        }
        int better;
        if (IS_INT(k) && IS_INT(best_key)) {
            better = is_max ? k.i > best_key.i : k.i < best_key.i;
        } else {
            Value r = ops_compare(k, best_key, is_max ? CMP_GT : CMP_LT);
            if (IS_ERR(r) || (better = ops_truthy(r)) < 0) {
                return ERR_VAL;
            }
        }
        if (better) {
            best = v;
            best_key = k;
        }
    }
    if (IS_UNDEF(best)) {
        if (!IS_UNDEF(dflt)) {
            return dflt;
        }
        return exc_raise(&exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

static Value bi_min(Value *args, int nargs, TupleObj *kw) {
    return min_max(args, nargs, kw, false);
}

static Value bi_max(Value *args, int nargs, TupleObj *kw) {
    return min_max(args, nargs, kw, true);
}

static Value bi_sum(Value *args, int nargs, TupleObj *kw) {
    int nkw = kw ? (int)kw->len : 0;
    if (nargs + nkw > 2) {
        return exc_raise(&exc_TypeError, "sum() takes at most 2 arguments (%d given)", nargs + nkw);
    }
    Value acc = nargs == 2 ? args[1] : INT_VAL(0);
    for (int k = 0; k < nkw; k++) {
        if (strcmp(AS_STR(kw->items[k])->data, "start") != 0) {
            return invalid_keyword("sum", kw, (size_t)k);
        }
        acc = args[nargs + k];
    }
    if (nargs == 0) {
        return exc_raise(&exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    }
    Value it = ops_iter(args[0]);
    if (IS_ERR(it)) {
        return it;
    }
    const char *tn = type_name(acc);
    if (IS_STR(acc)) {
        return exc_raise(&exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (strcmp(tn, "bytes") == 0 || strcmp(tn, "bytearray") == 0) {
        return exc_raise(&exc_TypeError, "sum() can't sum %s [use b''.join(seq) instead]", tn);
    }
    for (;;) {
        Value v = ops_next(it);
        if (IS_UNDEF(v)) {
            return acc;
        }
        if (IS_ERR(v)) {
            return v;
        }
        // Fast paths: ints (bools count as ints) and floats add in C;
        // everything else, and an int overflow, goes through `+`.
        bool v_int = IS_INT(v) || IS_BOOL(v);
        int64_t iv = IS_BOOL(v) ? v.b : v.i;
        if (IS_INT(acc) && v_int) {
            int64_t r;
            if (!__builtin_add_overflow(acc.i, iv, &r)) {
                acc = INT_VAL(r);
                continue;
            }
        } else if (IS_FLOAT(acc) && (v_int || IS_FLOAT(v))) {
            acc.f += IS_FLOAT(v) ? v.f : (double)iv;
            continue;
        }
        acc = ops_binary(OP_ADD, acc, v);
        if (IS_ERR(acc)) {
            return acc;
        }
    }
}

static Value bi_sorted(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"$key", "$reverse", NULL};
    Value opt[2];
    if (nargs != 1) {
        return exc_raise(&exc_TypeError, "sorted expected 1 argument, got %d", nargs);
    }
    if (!args_parse("sort", args + 1, 0, kw, params, 0, opt)) {
        return ERR_VAL;
    }
    ListObj *l = list_new(0);
    if (!list_extend(l, args[0])) {
        return ERR_VAL;
    }
    int rev = 0;
    if (!IS_UNDEF(opt[1]) && (rev = ops_truthy(opt[1])) < 0) {
        return ERR_VAL;
    }
    return list_sort(l, opt[0], rev) ? OBJ_VAL(l) : ERR_VAL;
}

// ---- numbers ------------------------------------------------------------------------------

static Value bi_abs(Value *args, int nargs, TupleObj *kw) {
    if (!args_one("abs", nargs, kw)) {
        return ERR_VAL;
    }
    Value v = args[0];
    switch (v.tag) {
    case VAL_BOOL:
        return INT_VAL(v.b);
    case VAL_INT:
        if (v.i == INT64_MIN) {
            return bigint_abs(v);
        }
        return INT_VAL(v.i < 0 ? -v.i : v.i);
    case VAL_FLOAT:
        return FLOAT_VAL(fabs(v.f));
    default:
        break;
    }
    if (bigint_is(v)) {
        return bigint_abs(v);
    }
    Value m = special_method(v, "__abs__");
    if (!IS_UNDEF(m)) {
        return vm_call(m, &v, 1, NULL);
    }
    return exc_raise(&exc_TypeError, "bad operand type for abs(): '%s'", type_name(v));
}

static Value bi_divmod(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("divmod", kw) || !args_count("divmod", nargs, 2, 2)) {
        return ERR_VAL;
    }
    Value a = args[0], b = args[1];
    bool ia = IS_INT(a) || IS_BOOL(a), ib = IS_INT(b) || IS_BOOL(b);
    Value pair[2];
    if (ia && ib) {
        int64_t x = IS_BOOL(a) ? a.b : a.i, y = IS_BOOL(b) ? b.b : b.i;
        if (y == 0) {
            return exc_raise(&exc_ZeroDivisionError, "integer division or modulo by zero");
        }
        if (x == INT64_MIN && y == -1) {
            return bigint_divmod(a, b);
        }
        pair[0] = INT_VAL(num_floordiv(x, y));
        pair[1] = INT_VAL(num_mod(x, y));
    } else if (bigint_is_int(a) && bigint_is_int(b)) {
        return bigint_divmod(a, b);
    } else if ((bigint_is_int(a) || IS_FLOAT(a)) && (bigint_is_int(b) || IS_FLOAT(b))) {
        double x, y;
        if (!num_to_double(a, &x) || !num_to_double(b, &y)) {
            return ERR_VAL;
        }
        if (y == 0) {
            return exc_raise(&exc_ZeroDivisionError, "float divmod()");
        }
        pair[0] = FLOAT_VAL(num_ffloordiv(x, y));
        pair[1] = FLOAT_VAL(num_fmod(x, y));
    } else {
        return exc_raise(&exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                         type_name(a), type_name(b));
    }
    return OBJ_VAL(tuple_from(pair, 2));
}

// (a * b) mod m for 0 <= a, b < m.
static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) {
    return (uint64_t)(((unsigned __int128)a * b) % m);
}

// The inverse of a modulo m (m > 0) by the extended Euclidean algorithm;
// false when gcd(a, m) != 1.
static bool mod_inverse(int64_t a, int64_t m, int64_t *out) {
    __int128 r0 = m, r1 = a, t0 = 0, t1 = 1;
    while (r1 != 0) {
        __int128 q = r0 / r1, r = r0 - q * r1, t = t0 - q * t1;
        r0 = r1;
        r1 = r;
        t0 = t1;
        t1 = t;
    }
    if (r0 != 1) {
        return false;
    }
    if (t0 < 0) {
        t0 += m;
    }
    *out = (int64_t)t0;
    return true;
}

static Value pow_mod(Value base, Value exp, Value mod) {
    bool all_ints = (IS_INT(base) || IS_BOOL(base)) && (IS_INT(exp) || IS_BOOL(exp)) &&
                    (IS_INT(mod) || IS_BOOL(mod));
    if (!all_ints) {
        if (bigint_is_int(base) && bigint_is_int(exp) && bigint_is_int(mod)) {
            return bigint_pow_mod(base, exp, mod);
        }
        return exc_raise(&exc_TypeError,
                         "pow() 3rd argument not allowed unless all arguments are integers");
    }
    int64_t b = IS_BOOL(base) ? base.b : base.i, e = IS_BOOL(exp) ? exp.b : exp.i;
    int64_t m = IS_BOOL(mod) ? mod.b : mod.i;
    if (m == 0) {
        return exc_raise(&exc_ValueError, "pow() 3rd argument cannot be 0");
    }
    // Work modulo |m| with a non-negative base, then give the result m's sign.
    uint64_t um = m < 0 ? 0 - (uint64_t)m : (uint64_t)m;
    __int128 bb = (__int128)b % (__int128)um;
    if (bb < 0) {
        bb += um;
    }
    uint64_t x = (uint64_t)bb;
    uint64_t ue = e < 0 ? 0 - (uint64_t)e : (uint64_t)e;
    if (e < 0) {
        int64_t inv;
        if (um > INT64_MAX || !mod_inverse((int64_t)x, (int64_t)um, &inv)) {
            return exc_raise(&exc_ValueError, "base is not invertible for the given modulus");
        }
        x = (uint64_t)inv;
    }
    uint64_t result = 1 % um;
    for (; ue; ue >>= 1) {
        if (ue & 1) {
            result = mulmod(result, x, um);
        }
        x = mulmod(x, x, um);
    }
    if (m < 0 && result != 0) {
        return INT_VAL((int64_t)(result - um));
    }
    return INT_VAL((int64_t)result);
}

static Value bi_pow(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"base", "exp", "mod", NULL};
    Value a[3];
    if (!args_parse("pow", args, nargs, kw, params, 2, a)) {
        return ERR_VAL;
    }
    if (!IS_UNDEF(a[2]) && !IS_NONE(a[2])) {
        return pow_mod(a[0], a[1], a[2]);
    }
    return ops_binary(OP_POW, a[0], a[1]);
}

// round(x) for a float: to the nearest int, ties to even.
static Value round_float_to_int(double x) {
    if (isnan(x)) {
        return exc_raise(&exc_ValueError, "cannot convert float NaN to integer");
    }
    if (isinf(x)) {
        return exc_raise(&exc_OverflowError, "cannot convert float infinity to integer");
    }
    double r = nearbyint(x); // the default rounding mode breaks ties to even
    if (r < -9223372036854775808.0 || r >= 9223372036854775808.0) {
        return bigint_from_double(r);
    }
    return INT_VAL((int64_t)r);
}

// Rounds the decimal digit string d (no sign) to drop its last k digits,
// ties to even unless `above` says the exact value lies past the tie.
// Writes the kept digits followed by k zeros into out.
static void round_digits(const char *d, size_t len, size_t k, bool above, char *out) {
    size_t keep = len - k;
    bool up;
    const char *rest = d + keep;
    if (rest[0] != '5') {
        up = rest[0] > '5';
    } else {
        bool more = above;
        for (size_t i = 1; i < k && !more; i++) {
            more = rest[i] != '0';
        }
        int last = keep > 0 ? d[keep - 1] - '0' : 0;
        up = more || (last & 1);
    }
    // out = "0" + kept digits, so a carry out of the top digit has room.
    out[0] = '0';
    memcpy(out + 1, d, keep);
    size_t n = keep + 1;
    if (up) {
        size_t i = n;
        while (i > 0) {
            i--;
            if (out[i] == '9') {
                out[i] = '0';
            } else {
                out[i]++;
                break;
            }
        }
    }
    memset(out + n, '0', k);
    out[n + k] = '\0';
}

// round(x, n) for a float, correctly rounded like CPython: the exact binary
// value is rounded at the decimal place, ties to even.
static Value round_float(double x, int64_t n) {
    // Beyond these, every double is already exact, or rounds to zero.
    if (n > 323 || x == 0 || !isfinite(x)) {
        return FLOAT_VAL(x);
    }
    if (n < -308) {
        return FLOAT_VAL(0.0 * x);
    }
    double r;
    if (n >= 0) {
        // glibc prints the exact value rounded half-to-even at n digits.
        char buf[700];
        snprintf(buf, sizeof buf, "%.*f", (int)n, x);
        r = strtod(buf, NULL);
    } else {
        // Round the integer part at 10**-n by hand; the fraction only
        // matters for breaking a tie.
        double ip = trunc(fabs(x));
        bool frac = ip != fabs(x);
        char digits[400], out[420];
        int len = snprintf(digits, sizeof digits, "%.0f", ip);
        size_t k = (size_t)-n;
        if (k > (size_t)len) {
            r = 0.0;
        } else {
            if (k == (size_t)len) {
                // Everything is dropped: compare with half of 10**k.
                char padded[400];
                padded[0] = '0';
                memcpy(padded + 1, digits, (size_t)len + 1);
                round_digits(padded, (size_t)len + 1, k, frac, out);
            } else {
                round_digits(digits, (size_t)len, k, frac, out);
            }
            r = strtod(out, NULL);
        }
        r = copysign(r, x);
    }
    if (isinf(r)) {
        return exc_raise(&exc_OverflowError, "rounded value too large to represent");
    }
    return FLOAT_VAL(r);
}

// round(i, n) for an int and n < 0: to a multiple of 10**-n, ties to even.
static Value round_int(int64_t v, int64_t n) {
    if (n >= 0) {
        return INT_VAL(v);
    }
    if (n < -18) {
        // 10**19 exceeds every int64: only a value past half of it rounds
        // away from zero, to +-10**19.
        if (n == -19 && (v > 5000000000000000000 || v < -5000000000000000000)) {
            return bigint_round(INT_VAL(v), INT_VAL(n));
        }
        return INT_VAL(0);
    }
    int64_t p = 1;
    for (int64_t i = 0; i < -n; i++) {
        p *= 10;
    }
    int64_t q = num_floordiv(v, p), rem = num_mod(v, p); // 0 <= rem < p
    if (rem * 2 > p || (rem * 2 == p && (q & 1))) {
        q++;
    }
    int64_t r;
    if (__builtin_mul_overflow(q, p, &r)) {
        return bigint_round(INT_VAL(v), INT_VAL(n));
    }
    return INT_VAL(r);
}

static Value bi_round(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"number", "ndigits", NULL};
    Value a[2];
    if (!args_parse("round", args, nargs, kw, params, 1, a)) {
        return ERR_VAL;
    }
    Value x = a[0];
    bool has_n = !IS_UNDEF(a[1]) && !IS_NONE(a[1]);
    if (!bigint_is_int(x) && !IS_FLOAT(x)) {
        Value m = special_method(x, "__round__");
        if (IS_UNDEF(m)) {
            return exc_raise(&exc_TypeError, "type %s doesn't define __round__ method",
                             type_name(x));
        }
        Value call_args[2] = {x, a[1]};
        return vm_call(m, call_args, has_n ? 2 : 1, NULL);
    }
    if (has_n && bigint_is(a[1])) {
        // ndigits beyond int64: a float keeps or loses everything, an int
        // rounds in arbitrary precision.
        if (IS_FLOAT(x)) {
            return round_float(x.f, bigint_cmp(a[1], INT_VAL(0)) > 0 ? INT64_MAX : INT64_MIN);
        }
        return bigint_round(x, a[1]);
    }
    if (bigint_is(x)) {
        return has_n ? bigint_round(x, a[1]) : x;
    }
    int64_t n = 0;
    if (has_n && !ops_index(a[1], &n)) {
        return ERR_VAL;
    }
    if (IS_FLOAT(x)) {
        return has_n ? round_float(x.f, n) : round_float_to_int(x.f);
    }
    return round_int(IS_BOOL(x) ? x.b : x.i, has_n ? n : 0);
}

// hex/oct/bin: sign, prefix, then the magnitude in base 2**shift.
static Value int_in_base(const char *name, Value *args, int nargs, TupleObj *kw, int shift,
                         const char *prefix) {
    if (!args_one(name, nargs, kw)) {
        return ERR_VAL;
    }
    if (bigint_is(args[0])) {
        return bigint_to_base(args[0], 1 << shift, prefix);
    }
    int64_t v;
    if (!ops_index(args[0], &v)) {
        return ERR_VAL;
    }
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    char digits[70];
    size_t n = 0;
    do {
        digits[n++] = "0123456789abcdef"[m & ((1u << shift) - 1)];
        m >>= shift;
    } while (m);
    StrBuf b = {0};
    if (v < 0) {
        strbuf_putc(&b, '-');
    }
    strbuf_puts(&b, prefix);
    while (n > 0) {
        strbuf_putc(&b, digits[--n]);
    }
    return OBJ_VAL(str_from_buf(&b));
}

static Value bi_hex(Value *args, int nargs, TupleObj *kw) {
    return int_in_base("hex", args, nargs, kw, 4, "0x");
}

static Value bi_oct(Value *args, int nargs, TupleObj *kw) {
    return int_in_base("oct", args, nargs, kw, 3, "0o");
}

static Value bi_bin(Value *args, int nargs, TupleObj *kw) {
    return int_in_base("bin", args, nargs, kw, 1, "0b");
}

static Value bi_ord(Value *args, int nargs, TupleObj *kw) {
    if (!args_one("ord", nargs, kw)) {
        return ERR_VAL;
    }
    if (!IS_STR(args[0])) {
        return exc_raise(&exc_TypeError, "ord() expected string of length 1, but %s found",
                         type_name(args[0]));
    }
    StrObj *s = AS_STR(args[0]);
    if (s->cplen != 1) {
        return exc_raise(&exc_TypeError,
                         "ord() expected a character, but string of length %zu found", s->cplen);
    }
    size_t pos = 0;
    return INT_VAL(str_decode_utf8(s->data, &pos));
}

static Value bi_chr(Value *args, int nargs, TupleObj *kw) {
    if (!args_one("chr", nargs, kw)) {
        return ERR_VAL;
    }
    if (bigint_is(args[0])) {
        return exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
    }
    int64_t v;
    if (!ops_index(args[0], &v)) {
        return ERR_VAL;
    }
    if (v > INT_MAX || v < INT_MIN) {
        return exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
    }
    if (v < 0 || v >= 0x110000) {
        return exc_raise(&exc_ValueError, "chr() arg not in range(0x110000)");
    }
    return OBJ_VAL(str_from_codepoint((uint32_t)v));
}

// ---- the table ----------------------------------------------------------------------------

static const MethodDef builtin_functions[] = {
    {"print", bi_print},
    {"input", bi_input},
    {"len", bi_len},
    {"repr", bi_repr},
    {"hash", bi_hash},
    {"id", bi_id},
    {"callable", bi_callable},
    {"isinstance", bi_isinstance},
    {"issubclass", bi_issubclass},
    {"getattr", bi_getattr},
    {"hasattr", bi_hasattr},
    {"setattr", bi_setattr},
    {"delattr", bi_delattr},
    {"format", bi_format},
    {"exit", bi_exit},
    {"quit", bi_exit},
    {"iter", bi_iter},
    {"next", bi_next},
    {"any", bi_any},
    {"all", bi_all},
    {"min", bi_min},
    {"max", bi_max},
    {"sum", bi_sum},
    {"sorted", bi_sorted},
    {"abs", bi_abs},
    {"divmod", bi_divmod},
    {"pow", bi_pow},
    {"round", bi_round},
    {"hex", bi_hex},
    {"oct", bi_oct},
    {"bin", bi_bin},
    {"ord", bi_ord},
    {"chr", bi_chr},
    {NULL, NULL},
};

void builtins_init(DictObj *builtins) {
    for (const MethodDef *f = builtin_functions; f->name; f++) {
        dict_set_cstr(builtins, f->name, OBJ_VAL(native_new(f->name, f->fn, NULL)));
    }
    TypeObj *const types[] = {
        &object_type, &type_type,     &int_type,  &float_type,  &bool_type,  &str_type,
        &list_type,   &tuple_type,    &dict_type, &slice_type,  &range_type, &enumerate_type,
        &zip_type,    &reversed_type, &map_type,  &filter_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        dict_set_cstr(builtins, types[i]->name, OBJ_VAL(types[i]));
    }
#define X(name, base) dict_set_cstr(builtins, #name, OBJ_VAL(&exc_##name));
#include "runtime/exc.def"
#undef X
}
