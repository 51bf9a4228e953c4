// Arbitrary-precision int arithmetic on GMP (see bigint.h for the design).
// Operations take any int through a read-only mpz view, compute into a fresh
// mpz and hand it to bigint_from_mpz, which unboxes results that fit. The
// int type object itself, and the small-int fast paths, live in num.c and
// ops.c; this file only runs once a value leaves the int64 range.
#include "runtime/bigint.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/exc.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/gc.h"

_Static_assert(GMP_LIMB_BITS == 64, "a small int's magnitude must fit one limb");
_Static_assert(sizeof(long) == sizeof(int64_t), "mpz_get_si must cover int64_t");

// Results above this many bits are refused with MemoryError: GMP aborts the
// process when a size overflows, and CPython would run out of memory anyway.
#define MAX_BITS ((uint64_t)1 << 32)

// CPython hashes ints modulo the Mersenne prime 2**61 - 1 (see num.c).
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

static const char limit_msg[] = "Exceeds the limit (%d digits) for integer string conversion%s; "
                                "use sys.set_int_max_str_digits() to increase the limit%s";

// ---- memory and boxing --------------------------------------------------------------

static void *gmp_alloc(size_t n) {
    return gc_realloc(NULL, 0, n);
}

static void *gmp_realloc(void *p, size_t old_size, size_t new_size) {
    return gc_realloc(p, old_size, new_size);
}

static void gmp_free(void *p, size_t n) {
    gc_realloc(p, n, 0);
}

void bigint_init(void) {
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

size_t bigint_destroy(Obj *o) {
    mpz_clear(((BigIntObj *)o)->z);
    return sizeof(BigIntObj);
}

Value bigint_from_mpz(mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        Value v = INT_VAL(mpz_get_si(z));
        mpz_clear(z);
        return v;
    }
    BigIntObj *b = (BigIntObj *)gc_alloc(&int_type, sizeof(BigIntObj));
    b->z[0] = z[0]; // the limbs move into the object; z is not cleared
    return OBJ_VAL(b);
}

// A read-only mpz view of any int: a boxed int's own mpz, or a small int's
// magnitude in the single limb of `t` (nothing allocated, nothing to clear).
typedef struct IntView {
    mpz_t z;
    mp_limb_t limb;
} IntView;

static mpz_srcptr view(Value v, IntView *t) {
    if (v.tag == VAL_OBJ) {
        return AS_BIGINT(v)->z;
    }
    int64_t i = v.tag == VAL_BOOL ? v.b : v.i;
    t->limb = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    return mpz_roinit_n(t->z, &t->limb, i < 0 ? -1 : i > 0);
}

static Value too_big(void) {
    return exc_raise(&exc_MemoryError, "%s", "");
}

static size_t bits_of(mpz_srcptr z) {
    return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
}

// ---- conversions from text and floats -------------------------------------------

static bool pow2_base(int base) {
    return (base & (base - 1)) == 0;
}

bool bigint_digits_ok(size_t n, int base) {
    if (n > BIGINT_MAX_STR_DIGITS && !pow2_base(base)) {
        char has[64];
        snprintf(has, sizeof has, ": value has %zu digits", n);
        exc_raise(&exc_ValueError, limit_msg, BIGINT_MAX_STR_DIGITS, has, "");
        return false;
    }
    return true;
}

// mpz_set_str wants a NUL-terminated string.
static Value parse_digits(const char *digits, size_t n, int base, bool neg) {
    char *s = malloc(n + 1);
    if (!s) {
        return too_big();
    }
    memcpy(s, digits, n);
    s[n] = '\0';
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, s, base);
    free(s);
    if (neg) {
        mpz_neg(z, z);
    }
    return bigint_from_mpz(z);
}

Value bigint_from_digits(const char *digits, size_t n, int base, bool neg) {
    if (!bigint_digits_ok(n, base)) {
        return ERR_VAL;
    }
    return parse_digits(digits, n, base, neg);
}

const char *bigint_from_literal(const char *text, size_t n, Value *out) {
    static char msg[512];
    int base = 10;
    if (n > 2 && text[0] == '0') {
        char c = (char)(text[1] | 0x20);
        base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
        if (base != 10) {
            text += 2;
            n -= 2;
        }
    }
    if (base == 10 && n > BIGINT_MAX_STR_DIGITS) {
        char has[64];
        snprintf(has, sizeof has, ": value has %zu digits", n);
        snprintf(msg, sizeof msg, limit_msg, BIGINT_MAX_STR_DIGITS, has,
                 " - Consider hexadecimal for huge integer literals to avoid decimal "
                 "conversion limits.");
        return msg;
    }
    *out = parse_digits(text, n, base, false);
    return NULL;
}

Value bigint_from_double(double d) {
    mpz_t z;
    mpz_init_set_d(z, d);
    return bigint_from_mpz(z);
}

// ---- conversion to double ---------------------------------------------------------------

// The double nearest to q * 2**e (q > 0), ties to even, where `sticky` says
// the exact value lies a little above q * 2**e. Handles subnormal results;
// false when the result overflows.
static bool round_to_double(mpz_srcptr q, bool sticky, long e, double *out) {
    long bl = (long)mpz_sizeinbase(q, 2);
    long top = bl - 1 + e; // exponent of the leading bit
    if (top > 1023) {
        return false;
    }
    long keep = top < -1022 ? 53 - (-1022 - top) : 53; // bits a double holds here
    long drop = bl - keep;
    if (drop <= 0) {
        *out = ldexp(mpz_get_d(q), (int)e); // exact: q has few enough bits
        return true;
    }
    if (drop > bl) {
        *out = 0.0; // below half the smallest subnormal
        return true;
    }
    mpz_t m;
    mpz_init(m);
    mpz_tdiv_q_2exp(m, q, (mp_bitcnt_t)drop);
    uint64_t mant = mpz_get_ui(m);
    mpz_clear(m);
    bool half = mpz_tstbit(q, (mp_bitcnt_t)(drop - 1));
    bool rest = sticky || mpz_scan1(q, 0) < (mp_bitcnt_t)(drop - 1);
    if (half && (rest || (mant & 1))) {
        mant++;
    }
    *out = ldexp((double)mant, (int)(e + drop));
    return !isinf(*out);
}

bool bigint_to_double(Value v, double *out) {
    if (!bigint_is(v)) {
        *out = v.tag == VAL_BOOL ? v.b : (double)v.i;
        return true;
    }
    mpz_srcptr z = AS_BIGINT(v)->z;
    mpz_t mag;
    mpz_init(mag);
    mpz_abs(mag, z);
    bool ok = round_to_double(mag, false, 0, out);
    mpz_clear(mag);
    if (!ok) {
        exc_raise(&exc_OverflowError, "int too large to convert to float");
        return false;
    }
    if (mpz_sgn(z) < 0) {
        *out = -*out;
    }
    return true;
}

// x / y correctly rounded, as CPython's int true division.
static Value true_divide(mpz_srcptr x, mpz_srcptr y) {
    if (mpz_sgn(y) == 0) {
        return exc_raise(&exc_ZeroDivisionError, "division by zero");
    }
    bool neg = (mpz_sgn(x) < 0) != (mpz_sgn(y) < 0);
    long na = (long)bits_of(x), nb = (long)bits_of(y);
    if (na <= 53 && nb <= 53) {
        // Both exact as doubles: one rounding, in the division itself.
        return FLOAT_VAL(mpz_get_d(x) / mpz_get_d(y));
    }
    if (na == 0 || na - nb < -1077) {
        return FLOAT_VAL(neg ? -0.0 : 0.0);
    }
    if (na - nb > 1025) {
        return exc_raise(&exc_OverflowError, "integer division result too large for a float");
    }
    // Scale so the integer quotient has 55 or 56 bits; the remainder only
    // matters as a sticky bit for the rounding.
    long s = 55 - (na - nb);
    mpz_t num, den, q;
    mpz_init(num);
    mpz_init(den);
    mpz_init(q);
    mpz_abs(num, x);
    mpz_abs(den, y);
    if (s >= 0) {
        mpz_mul_2exp(num, num, (mp_bitcnt_t)s);
    } else {
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-s);
    }
    mpz_tdiv_qr(q, num, num, den);
    double d;
    bool ok = round_to_double(q, mpz_sgn(num) != 0, -s, &d);
    mpz_clear(num);
    mpz_clear(den);
    mpz_clear(q);
    if (!ok) {
        return exc_raise(&exc_OverflowError, "integer division result too large for a float");
    }
    return FLOAT_VAL(neg ? -d : d);
}

// ---- arithmetic ------------------------------------------------------------------------

static Value power(Value a, Value b, mpz_srcptr x, mpz_srcptr y) {
    if (mpz_sgn(y) < 0) {
        // As CPython: a negative exponent makes it a float power.
        double fx, fy;
        if (!bigint_to_double(a, &fx) || !bigint_to_double(b, &fy)) {
            return ERR_VAL;
        }
        if (fx == 0) {
            return exc_raise(&exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return FLOAT_VAL(pow(fx, fy));
    }
    if (mpz_cmpabs_ui(x, 1) <= 0) {
        // 0, 1 and -1 stay small for any exponent.
        int sx = mpz_sgn(x);
        if (sx == 0) {
            return INT_VAL(mpz_sgn(y) == 0);
        }
        return INT_VAL(sx > 0 || mpz_even_p(y) ? 1 : -1);
    }
    if (!mpz_fits_ulong_p(y) || (uint64_t)bits_of(x) * mpz_get_ui(y) > MAX_BITS) {
        return too_big();
    }
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, x, mpz_get_ui(y));
    return bigint_from_mpz(r);
}

static Value shift(mpz_srcptr x, mpz_srcptr y, bool left) {
    if (mpz_sgn(y) < 0) {
        return exc_raise(&exc_ValueError, "negative shift count");
    }
    if (mpz_sgn(x) == 0) {
        return INT_VAL(0);
    }
    bool fits = mpz_fits_ulong_p(y);
    if (!left && (!fits || mpz_get_ui(y) >= bits_of(x))) {
        return INT_VAL(mpz_sgn(x) < 0 ? -1 : 0); // everything shifted out
    }
    if (left && !fits) {
        return exc_raise(&exc_OverflowError, "too many digits in integer");
    }
    if (left && bits_of(x) + mpz_get_ui(y) > MAX_BITS) {
        return too_big();
    }
    mpz_t r;
    mpz_init(r);
    if (left) {
        mpz_mul_2exp(r, x, mpz_get_ui(y));
    } else {
        mpz_fdiv_q_2exp(r, x, mpz_get_ui(y)); // floor, as Python's >> on negatives
    }
    return bigint_from_mpz(r);
}

Value bigint_binary(BinOp op, Value a, Value b) {
    IntView va, vb;
    mpz_srcptr x = view(a, &va), y = view(b, &vb);
    mpz_t r;
    switch (op) {
    case OP_TRUEDIV:
        return true_divide(x, y);
    case OP_POW:
        return power(a, b, x, y);
    case OP_LSHIFT:
    case OP_RSHIFT:
        return shift(x, y, op == OP_LSHIFT);
    case OP_FLOORDIV:
    case OP_MOD:
        if (mpz_sgn(y) == 0) {
            return exc_raise(&exc_ZeroDivisionError, op == OP_MOD
                                                         ? "integer modulo by zero"
                                                         : "integer division or modulo by zero");
        }
        break;
    case OP_MUL:
        if (bits_of(x) + bits_of(y) > MAX_BITS) {
            return too_big();
        }
        break;
    default:
        break;
    }
    mpz_init(r);
    switch (op) {
    case OP_ADD:
        mpz_add(r, x, y);
        break;
    case OP_SUB:
        mpz_sub(r, x, y);
        break;
    case OP_MUL:
        mpz_mul(r, x, y);
        break;
    case OP_FLOORDIV:
        mpz_fdiv_q(r, x, y); // floor division: Python's signs
        break;
    case OP_MOD:
        mpz_fdiv_r(r, x, y); // the remainder takes the divisor's sign
        break;
    case OP_AND:
        mpz_and(r, x, y); // GMP's bit operations act as on two's complement
        break;
    case OP_OR:
        mpz_ior(r, x, y);
        break;
    case OP_XOR:
        mpz_xor(r, x, y);
        break;
    default:
        mpz_clear(r);
        return UNDEF_VAL;
    }
    return bigint_from_mpz(r);
}

Value bigint_unary(BinOp op, Value a) {
    if (op == OP_POS && bigint_is(a)) {
        return a; // ints are immutable
    }
    IntView va;
    mpz_srcptr x = view(a, &va);
    mpz_t r;
    mpz_init(r);
    if (op == OP_NEG) {
        mpz_neg(r, x);
    } else if (op == OP_INVERT) {
        mpz_com(r, x); // -x - 1
    } else {
        mpz_set(r, x);
    }
    return bigint_from_mpz(r);
}

Value bigint_abs(Value a) {
    IntView va;
    mpz_t r;
    mpz_init(r);
    mpz_abs(r, view(a, &va));
    return bigint_from_mpz(r);
}

Value bigint_divmod(Value a, Value b) {
    IntView va, vb;
    mpz_srcptr x = view(a, &va), y = view(b, &vb);
    if (mpz_sgn(y) == 0) {
        return exc_raise(&exc_ZeroDivisionError, "integer division or modulo by zero");
    }
    mpz_t q, r;
    mpz_init(q);
    mpz_init(r);
    mpz_fdiv_qr(q, r, x, y);
    Value pair[2] = {bigint_from_mpz(q), bigint_from_mpz(r)};
    return OBJ_VAL(tuple_from(pair, 2));
}

Value bigint_pow_mod(Value b, Value e, Value m) {
    IntView vb, ve, vm;
    mpz_srcptr x = view(b, &vb), y = view(e, &ve), mod = view(m, &vm);
    if (mpz_sgn(mod) == 0) {
        return exc_raise(&exc_ValueError, "pow() 3rd argument cannot be 0");
    }
    // Work modulo |m|, then give a non-zero result m's sign.
    mpz_t um, base, exp, r;
    mpz_init(um);
    mpz_abs(um, mod);
    mpz_init(r);
    if (mpz_cmp_ui(um, 1) == 0) {
        mpz_clear(um);
        return bigint_from_mpz(r); // everything is 0 modulo 1
    }
    mpz_init(base);
    mpz_init(exp);
    mpz_mod(base, x, um);
    mpz_abs(exp, y);
    if (mpz_sgn(y) < 0 && !mpz_invert(base, base, um)) {
        mpz_clear(um);
        mpz_clear(base);
        mpz_clear(exp);
        mpz_clear(r);
        return exc_raise(&exc_ValueError, "base is not invertible for the given modulus");
    }
    mpz_powm(r, base, exp, um);
    if (mpz_sgn(mod) < 0 && mpz_sgn(r) != 0) {
        mpz_sub(r, r, um);
    }
    mpz_clear(um);
    mpz_clear(base);
    mpz_clear(exp);
    return bigint_from_mpz(r);
}

Value bigint_round(Value v, Value n) {
    IntView vv, vn;
    mpz_srcptr x = view(v, &vv), nd = view(n, &vn);
    if (mpz_sgn(nd) >= 0) {
        return v;
    }
    // 10**k with k beyond x's digit count rounds everything to 0.
    size_t digits = mpz_sizeinbase(x, 10);
    if (mpz_cmpabs_ui(nd, digits + 1) > 0) {
        return INT_VAL(0);
    }
    mpz_t p, q, r;
    mpz_init(p);
    mpz_init(q);
    mpz_init(r);
    mpz_ui_pow_ui(p, 10, mpz_get_ui(nd)); // mpz_get_ui gives the magnitude
    mpz_fdiv_qr(q, r, x, p);              // 0 <= r < p
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) {
        mpz_add_ui(q, q, 1);
    }
    mpz_mul(q, q, p);
    mpz_clear(p);
    mpz_clear(r);
    return bigint_from_mpz(q);
}

// ---- comparison and hashing --------------------------------------------------------------

int bigint_cmp(Value a, Value b) {
    IntView va, vb;
    int c = mpz_cmp(view(a, &va), view(b, &vb));
    return (c > 0) - (c < 0);
}

int bigint_cmp_double(Value a, double d) {
    if (isnan(d)) {
        return 2;
    }
    IntView va;
    int c = mpz_cmp_d(view(a, &va), d); // exact, and fine with infinities
    return (c > 0) - (c < 0);
}

int64_t bigint_hash(Value v) {
    mpz_srcptr z = AS_BIGINT(v)->z;
    int64_t h = (int64_t)mpz_tdiv_ui(z, HASH_MODULUS); // |z| mod 2**61 - 1
    if (mpz_sgn(z) < 0) {
        h = -h;
    }
    return h == -1 ? -2 : h;
}

Value bigint_bit_length(Value v) {
    IntView vv;
    return INT_VAL((int64_t)bits_of(view(v, &vv)));
}

// ---- text --------------------------------------------------------------------------------

// The digits of |z| in base (negative: upper-case letters), malloc'd; *n is
// their count. NULL when out of memory.
static char *magnitude_digits(mpz_srcptr z, int base, size_t *n) {
    char *s = malloc(mpz_sizeinbase(z, abs(base)) + 2);
    if (!s) {
        return NULL;
    }
    mpz_get_str(s, base, z);
    size_t len = strlen(s);
    if (s[0] == '-') {
        memmove(s, s + 1, len--);
    }
    *n = len;
    return s;
}

// Decimal digits of |z|, or NULL with ValueError past the str() digit limit.
static char *decimal_digits(mpz_srcptr z, size_t *n) {
    char *s = NULL;
    // mpz_sizeinbase may count one digit too many; check the exact count too.
    if (mpz_sizeinbase(z, 10) <= BIGINT_MAX_STR_DIGITS + 1) {
        s = magnitude_digits(z, 10, n);
        if (!s) {
            too_big();
            return NULL;
        }
        if (*n <= BIGINT_MAX_STR_DIGITS) {
            return s;
        }
        free(s);
    }
    exc_raise(&exc_ValueError, limit_msg, BIGINT_MAX_STR_DIGITS, "", "");
    return NULL;
}

bool bigint_str_into(StrBuf *b, Value v) {
    mpz_srcptr z = AS_BIGINT(v)->z;
    size_t n;
    char *s = decimal_digits(z, &n);
    if (!s) {
        return false;
    }
    if (mpz_sgn(z) < 0) {
        strbuf_putc(b, '-');
    }
    strbuf_append(b, s, n);
    free(s);
    return true;
}

Value bigint_to_base(Value v, int base, const char *prefix) {
    IntView vv;
    mpz_srcptr z = view(v, &vv);
    size_t n;
    char *s = magnitude_digits(z, base, &n);
    if (!s) {
        return too_big();
    }
    StrBuf b = {0};
    if (mpz_sgn(z) < 0) {
        strbuf_putc(&b, '-');
    }
    strbuf_puts(&b, prefix);
    strbuf_append(&b, s, n);
    free(s);
    return OBJ_VAL(str_from_buf(&b));
}

char *bigint_format(Value v, const FormatSpec *spec, size_t *len, const char **err) {
    char type = spec->type ? spec->type : 'd';
    *err = NULL;
    if (strchr("eEfFgG%", type) != NULL) {
        double d;
        return bigint_to_double(v, &d) ? format_double(d, spec, len, err) : NULL;
    }
    mpz_srcptr z = AS_BIGINT(v)->z;
    bool neg = mpz_sgn(z) < 0;
    if (type == 'c') {
        // The spec's own errors come first; then CPython fails converting to a C long.
        char *out = format_int_digits(neg, "", 0, spec, len, err);
        if (!out && format_err_kind(*err) == FORMAT_ERR_OVERFLOW) {
            *err = NULL;
            exc_raise(&exc_OverflowError, "Python int too large to convert to C long");
        }
        return out;
    }
    int base = (int)format_int_base(spec);
    size_t n;
    char *s;
    if (base == 10) {
        s = decimal_digits(z, &n); // raises past the digit limit
    } else if ((s = magnitude_digits(z, type == 'X' ? -16 : base, &n)) == NULL) {
        too_big();
    }
    if (!s) {
        return NULL;
    }
    char *out = format_int_digits(neg, s, n, spec, len, err);
    free(s);
    return out;
}
