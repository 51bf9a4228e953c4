// Ints beyond 64 bits, on GMP's mpz_t.
//
// An int that fits in int64_t is always the unboxed VAL_INT; only a value
// outside that range lives in a heap BigIntObj. Every operation here
// normalises its result, so a BigIntObj never holds a value that would fit:
// `2**64 // 2**60` comes back as VAL_INT 16, the eval loop's int fast paths
// keep seeing plain ints, and a small int never equals a big one.
//
// There is no separate Python type for the boxed form: a BigIntObj's header
// points at int_type itself, so type_of() answers `int` with no special case
// and `type(2**100) is int`. int_type's slots therefore accept both forms
// (VAL_INT and a BigIntObj), and its `destroy` slot, reached by the GC only
// for boxed ints, releases the mpz. GMP's own allocations go through the GC's
// byte accounting (see bigint_init), so huge numbers trigger collections.
//
// Functions taking "ints" accept VAL_INT, VAL_BOOL and BigIntObj values.
#ifndef VM_RUNTIME_BIGINT_H
#define VM_RUNTIME_BIGINT_H

#include <gmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "compiler/ast.h"
#include "runtime/format.h"
#include "runtime/strbuf.h"
#include "runtime/type.h"
#include "vm/object.h"

typedef struct BigIntObj {
    Obj hdr; // hdr.type == &int_type
    mpz_t z; // |z| > INT64_MAX, or z < INT64_MIN
} BigIntObj;

// CPython's default limit on decimal digits in int <-> str conversions.
#define BIGINT_MAX_STR_DIGITS 4300

// Whether v is a boxed int; whether v is an int of any form (bools count).
static inline bool bigint_is(Value v) {
    return v.tag == VAL_OBJ && v.o->type == &int_type;
}
static inline bool bigint_is_int(Value v) {
    return v.tag == VAL_INT || v.tag == VAL_BOOL || bigint_is(v);
}

#define AS_BIGINT(v) ((BigIntObj *)(v).o)

// Routes GMP's memory through the GC's accounting. Call once at start-up.
void bigint_init(void);
// The destroy slot of int_type: clears a BigIntObj's mpz, returns its size.
size_t bigint_destroy(Obj *o);

// The int z holds, as VAL_INT when it fits, else a new BigIntObj. Takes z
// over: the caller must not clear it afterwards.
Value bigint_from_mpz(mpz_t z);
// Whether n digits in `base` are within CPython's int(str) limit; false with
// its ValueError when not (bases that are powers of two have no limit).
bool bigint_digits_ok(size_t n, int base);
// The int with these digits (no sign, prefix or underscores, all valid in
// `base`), negated when `neg`. Raises CPython's ValueError when a base that
// is not a power of two has more than BIGINT_MAX_STR_DIGITS digits.
Value bigint_from_digits(const char *digits, size_t n, int base, bool neg);
// The value of an int literal as the compiler sees it (underscores already
// removed, an optional 0x/0o/0b prefix). NULL on success with *out set;
// otherwise the SyntaxError message (static storage until the next call).
const char *bigint_from_literal(const char *text, size_t n, Value *out);
// int(d) for a finite double: truncated towards zero.
Value bigint_from_double(double d);

// a OP b for two ints when the result may not fit in int64; UNDEF_VAL for an
// operator ints do not support. Raises like CPython (ZeroDivisionError,
// ValueError "negative shift count", OverflowError for / beyond float range).
Value bigint_binary(BinOp op, Value a, Value b);
// -a, +a, ~a on an int.
Value bigint_unary(BinOp op, Value a);
Value bigint_abs(Value a);
// divmod(a, b) for ints: a tuple, or ERR_VAL on division by zero.
Value bigint_divmod(Value a, Value b);
// pow(b, e, m) for ints, with CPython's errors (m == 0, no inverse).
Value bigint_pow_mod(Value b, Value e, Value m);
// round(v, n) for an int v and n < 0 (any int): to a multiple of 10**-n,
// ties to even.
Value bigint_round(Value v, Value n);

// Three-way comparison of two ints: -1, 0, 1.
int bigint_cmp(Value a, Value b);
// An int against a double, exactly: -1, 0, 1, or 2 when d is NaN.
int bigint_cmp_double(Value a, double d);
// hash() of a boxed int, equal to CPython's (and to hash(float(v)) when exact).
int64_t bigint_hash(Value v);
// The nearest double (ties to even); false with OverflowError "int too large
// to convert to float" when out of range.
bool bigint_to_double(Value v, double *out);
// int.bit_length() of any int.
Value bigint_bit_length(Value v);

// Appends str(v) for a boxed int; false with ValueError past the digit limit.
bool bigint_str_into(StrBuf *b, Value v);
// hex/oct/bin text of an int: sign, prefix, digits in base 2, 8 or 16.
Value bigint_to_base(Value v, int base, const char *prefix);
// format(v, spec) for a boxed int, as format_int does for int64. Returns
// malloc'd text, or NULL with *err set (a format.c message), or NULL with
// *err NULL when it raised itself (float conversion out of range).
char *bigint_format(Value v, const FormatSpec *spec, size_t *len, const char **err);

#endif
