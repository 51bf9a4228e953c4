// int, float, bool and None: their type objects, constructors, repr and
// hashing, and the arithmetic helpers shared with the eval loop. The int
// type's slots take both forms of an int, the unboxed VAL_INT and the boxed
// BigIntObj of runtime/bigint.c, whose arithmetic lives there.
#include "runtime/num.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/bigint.h"
#include "runtime/exc.h"
#include "runtime/format.h"
#include "runtime/intenum.h"
#include "runtime/ops.h"
#include "runtime/type.h"

// CPython hashes numbers modulo the Mersenne prime 2**61 - 1, so equal ints
// and floats hash alike.
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t num_hash_int(int64_t v) {
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(m % HASH_MODULUS);
    if (v < 0) {
        h = -h;
    }
    return h == -1 ? -2 : h;
}

int64_t num_hash_float(double d) {
    if (isinf(d)) {
        return d > 0 ? 314159 : -314159;
    }
    if (isnan(d)) {
        return 0; // CPython uses the object's address; any value is legal
    }
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) {
            x -= HASH_MODULUS;
        }
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

double num_fmod(double a, double b) {
    double r = fmod(a, b);
    if (r != 0) {
        if ((b < 0) != (r < 0)) {
            r += b;
        }
    } else {
        r = copysign(0.0, b);
    }
    return r;
}

double num_ffloordiv(double a, double b) {
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0 && ((b < 0) != (mod < 0))) {
        div -= 1.0;
    }
    if (div != 0) {
        double f = floor(div);
        if (div - f > 0.5) {
            f += 1.0;
        }
        return f;
    }
    return copysign(0.0, a / b);
}

void num_int_into(StrBuf *b, int64_t v) {
    // Digits from the right into a small buffer: much cheaper than printf.
    char buf[24];
    char *p = buf + sizeof buf;
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        *--p = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    if (v < 0) {
        *--p = '-';
    }
    strbuf_append(b, p, (size_t)(buf + sizeof buf - p));
}

void num_float_into(StrBuf *b, double d) {
    char buf[40];
    size_t n = format_double_repr(d, buf);
    strbuf_append(b, buf, n);
}

bool num_to_double(Value v, double *out) {
    switch (v.tag) {
    case VAL_INT:
        *out = (double)v.i;
        return true;
    case VAL_BOOL:
        *out = v.b;
        return true;
    case VAL_FLOAT:
        *out = v.f;
        return true;
    default:
        if (bigint_is(v)) {
            return bigint_to_double(v, out);
        }
        if (intenum_is(v)) {
            *out = (double)((IntEnumObj *)v.o)->value;
            return true;
        }
        exc_raise(&exc_TypeError, "must be real number, not %s", type_name(v));
        return false;
    }
}

Value num_int_pow(int64_t a, int64_t b) {
    if (b < 0) {
        if (a == 0) {
            return exc_raise(&exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return FLOAT_VAL(pow((double)a, (double)b));
    }
    int64_t result = 1;
    int64_t base = a;
    for (int64_t e = b; e; e >>= 1) {
        if ((e & 1) && __builtin_mul_overflow(result, base, &result)) {
            return bigint_binary(OP_POW, INT_VAL(a), INT_VAL(b));
        }
        if (e > 1 && __builtin_mul_overflow(base, base, &base)) {
            return bigint_binary(OP_POW, INT_VAL(a), INT_VAL(b));
        }
    }
    return INT_VAL(result);
}

// ---- parsing ------------------------------------------------------------------

static int digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static Value invalid_int(StrObj *s, int base) {
    StrBuf b = {0};
    str_repr_into(&b, s);
    Value e = exc_raise(&exc_ValueError, "invalid literal for int() with base %d: %s", base,
                        b.data);
    strbuf_free(&b);
    return e;
}

Value num_int_from_str(StrObj *s, int base) {
    const char *p = s->data, *end = s->data + s->len;
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    int b = base;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int prefixed = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (prefixed && (base == 0 || base == prefixed)) {
            b = prefixed;
            p += 2;
            if (p < end && *p == '_') {
                p++;
            }
        }
    }
    if (b == 0) {
        b = 10;
        // Base 0 forbids leading zeros in a non-zero decimal literal.
        if (end - p > 1 && p[0] == '0') {
            for (const char *q = p; q < end; q++) {
                if (*q != '0' && *q != '_') {
                    return invalid_int(s, 0);
                }
            }
        }
    }
    if (p == end) {
        return invalid_int(s, base);
    }
    const char *first = p;
    size_t ndigits = 0;
    uint64_t acc = 0;
    bool overflow = false;
    bool prev_underscore = true; // no leading underscore
    for (; p < end; p++) {
        if (*p == '_') {
            if (prev_underscore) {
                return invalid_int(s, base);
            }
            prev_underscore = true;
            continue;
        }
        int d = digit_value(*p);
        if (d >= b) {
            // CPython counts the digits before it looks at what follows them.
            return bigint_digits_ok(ndigits, b) ? invalid_int(s, base) : ERR_VAL;
        }
        ndigits++;
        prev_underscore = false;
        if (acc > (UINT64_MAX - (uint64_t)d) / (uint64_t)b) {
            overflow = true;
        }
        acc = acc * (uint64_t)b + (uint64_t)d;
    }
    if (prev_underscore) {
        return invalid_int(s, base);
    }
    if (!bigint_digits_ok(ndigits, b)) {
        return ERR_VAL; // even leading zeros count
    }
    if (overflow || acc > (uint64_t)INT64_MAX + (neg ? 1 : 0)) {
        // Too big for int64: hand GMP the digits without underscores.
        char *digits = malloc(ndigits);
        if (!digits) {
            return exc_raise(&exc_MemoryError, "%s", "");
        }
        size_t n = 0;
        for (const char *q = first; q < end; q++) {
            if (*q != '_') {
                digits[n++] = *q;
            }
        }
        Value v = bigint_from_digits(digits, n, b, neg);
        free(digits);
        return v;
    }
    return INT_VAL(neg ? (int64_t)(0 - acc) : (int64_t)acc);
}

Value num_float_from_str(StrObj *s) {
    const char *p = s->data, *end = s->data + s->len;
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    // Copy without underscores (allowed only between digits).
    char buf[512];
    size_t n = 0;
    bool ok = p < end && (size_t)(end - p) < sizeof buf;
    for (const char *q = p; ok && q < end; q++) {
        if (*q == '_') {
            ok = q > p && q + 1 < end && q[-1] >= '0' && q[-1] <= '9' && q[1] >= '0' &&
                 q[1] <= '9';
            continue;
        }
        buf[n++] = *q;
    }
    buf[n] = '\0';
    if (ok) {
        const char *t = buf + (buf[0] == '+' || buf[0] == '-');
        bool special = strcasecmp(t, "inf") == 0 || strcasecmp(t, "infinity") == 0 ||
                       strcasecmp(t, "nan") == 0;
        bool hex = t[0] == '0' && (t[1] | 0x20) == 'x';
        if (!hex && (special || (t[0] >= '0' && t[0] <= '9') || t[0] == '.')) {
            char *stop;
            errno = 0;
            double d = strtod(buf, &stop);
            if (*stop == '\0') {
                return FLOAT_VAL(d);
            }
        }
    }
    StrBuf b = {0};
    str_repr_into(&b, s);
    Value e = exc_raise(&exc_ValueError, "could not convert string to float: %s", b.data);
    strbuf_free(&b);
    return e;
}

// ---- int -------------------------------------------------------------------------

static Value int_repr(Value self) {
    StrBuf b = {0};
    if (bigint_is(self)) {
        if (!bigint_str_into(&b, self)) {
            strbuf_free(&b);
            return ERR_VAL;
        }
    } else {
        num_int_into(&b, IS_BOOL(self) ? self.b : self.i);
    }
    return OBJ_VAL(str_from_buf(&b));
}

static bool int_hash(Value self, int64_t *out) {
    *out = bigint_is(self) ? bigint_hash(self) : num_hash_int(IS_BOOL(self) ? self.b : self.i);
    return true;
}

static Value int_new(Value *args, int nargs, TupleObj *kwnames) {
    static const char *const params[] = {"x", "base", NULL};
    Value a[2];
    if (!args_parse("int", args, nargs, kwnames, params, 0, a)) {
        return ERR_VAL;
    }
    if (IS_UNDEF(a[0])) {
        if (!IS_UNDEF(a[1])) {
            return exc_raise(&exc_TypeError, "int() missing string argument");
        }
        return INT_VAL(0);
    }
    Value x = a[0];
    if (!IS_UNDEF(a[1])) {
        int64_t base;
        if (!ops_index(a[1], &base)) {
            return ERR_VAL;
        }
        if (!IS_STR(x)) {
            return exc_raise(&exc_TypeError, "int() can't convert non-string with explicit base");
        }
        if (base != 0 && (base < 2 || base > 36)) {
            return exc_raise(&exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        return num_int_from_str(AS_STR(x), (int)base);
    }
    switch (x.tag) {
    case VAL_INT:
        return x;
    case VAL_BOOL:
        return INT_VAL(x.b);
    case VAL_FLOAT:
        if (isnan(x.f)) {
            return exc_raise(&exc_ValueError, "cannot convert float NaN to integer");
        }
        if (isinf(x.f)) {
            return exc_raise(&exc_OverflowError, "cannot convert float infinity to integer");
        }
        if (x.f >= 9223372036854775808.0 || x.f < -9223372036854775808.0) {
            return bigint_from_double(x.f);
        }
        return INT_VAL((int64_t)x.f);
    default:
        if (IS_STR(x)) {
            return num_int_from_str(AS_STR(x), 10);
        }
        if (bigint_is(x)) {
            return x;
        }
        if (intenum_is(x)) {
            return intenum_unbox(x); // int(signal.SIGINT) == 2
        }
        return exc_raise(&exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real "
                         "number, not '%s'",
                         type_name(x));
    }
}

static Value int_getattr(Value self, StrObj *name) {
    if (strcmp(name->data, "real") == 0 || strcmp(name->data, "numerator") == 0) {
        return IS_BOOL(self) ? INT_VAL(self.b) : self;
    }
    if (strcmp(name->data, "imag") == 0) {
        return INT_VAL(0);
    }
    if (strcmp(name->data, "denominator") == 0) {
        return INT_VAL(1);
    }
    return UNDEF_VAL;
}

static Value m_bit_length(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("bit_length", kw) || !args_count("bit_length", nargs - 1, 0, 0)) {
        return ERR_VAL;
    }
    return bigint_bit_length(args[0]);
}

static const MethodDef int_methods[] = {
    {"bit_length", m_bit_length},
    {NULL, NULL},
};

// Unboxed ints never reach `destroy` or `instance_size`: only a BigIntObj,
// the boxed form whose header points here, is a heap object of this type.
TypeObj int_type = {
    .name = "int",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(BigIntObj),
    .destroy = bigint_destroy,
    .repr = int_repr,
    .hash = int_hash,
    .getattr = int_getattr,
    .new_ = int_new,
};

// ---- bool ------------------------------------------------------------------------

static Value bool_repr(Value self) {
    return OBJ_VAL(str_intern_cstr(self.b ? "True" : "False"));
}

static Value bool_new(Value *args, int nargs, TupleObj *kwnames) {
    if (!args_no_kw("bool", kwnames) || !args_count("bool", nargs, 0, 1)) {
        return ERR_VAL;
    }
    if (nargs == 0) {
        return BOOL_VAL(false);
    }
    int t = ops_truthy(args[0]);
    return t < 0 ? ERR_VAL : BOOL_VAL(t);
}

TypeObj bool_type = {
    .name = "bool",
    .base = &int_type,
    .repr = bool_repr,
    .hash = int_hash,
    .getattr = int_getattr,
    .new_ = bool_new,
};

// ---- float -----------------------------------------------------------------------

static Value float_repr(Value self) {
    StrBuf b = {0};
    num_float_into(&b, self.f);
    return OBJ_VAL(str_from_buf(&b));
}

static bool float_hash(Value self, int64_t *out) {
    *out = num_hash_float(self.f);
    return true;
}

static Value float_new(Value *args, int nargs, TupleObj *kwnames) {
    if (!args_no_kw("float", kwnames) || !args_count("float", nargs, 0, 1)) {
        return ERR_VAL;
    }
    if (nargs == 0) {
        return FLOAT_VAL(0.0);
    }
    Value x = args[0];
    switch (x.tag) {
    case VAL_FLOAT:
        return x;
    case VAL_INT:
        return FLOAT_VAL((double)x.i);
    case VAL_BOOL:
        return FLOAT_VAL(x.b);
    default:
        if (IS_STR(x)) {
            return num_float_from_str(AS_STR(x));
        }
        if (bigint_is(x)) {
            double d;
            return bigint_to_double(x, &d) ? FLOAT_VAL(d) : ERR_VAL;
        }
        if (intenum_is(x)) {
            return FLOAT_VAL((double)((IntEnumObj *)x.o)->value);
        }
        return exc_raise(&exc_TypeError,
                         "float() argument must be a string or a real number, not '%s'",
                         type_name(x));
    }
}

static Value m_is_integer(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("is_integer", kw) || !args_count("is_integer", nargs - 1, 0, 0)) {
        return ERR_VAL;
    }
    double d = args[0].f;
    return BOOL_VAL(isfinite(d) && floor(d) == d);
}

static Value float_getattr(Value self, StrObj *name) {
    if (strcmp(name->data, "real") == 0) {
        return self;
    }
    if (strcmp(name->data, "imag") == 0) {
        return FLOAT_VAL(0.0);
    }
    return UNDEF_VAL;
}

static const MethodDef float_methods[] = {
    {"is_integer", m_is_integer},
    {NULL, NULL},
};

TypeObj float_type = {
    .name = "float",
    .flags = TF_BASETYPE,
    .repr = float_repr,
    .hash = float_hash,
    .getattr = float_getattr,
    .new_ = float_new,
};

// ---- None ------------------------------------------------------------------------

static Value none_repr(Value self) {
    (void)self;
    return OBJ_VAL(str_intern_cstr("None"));
}

static bool none_hash(Value self, int64_t *out) {
    (void)self;
    *out = 0xFCA86420; // any constant will do
    return true;
}

TypeObj none_type = {
    .name = "NoneType",
    .repr = none_repr,
    .hash = none_hash,
};

void num_init_types(void) {
    bigint_init();
    type_init(&int_type, int_methods);
    type_init(&bool_type, NULL);
    type_init(&float_type, float_methods);
    type_init(&none_type, NULL);
}
