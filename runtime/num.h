// Numbers: the int, float, bool and NoneType types (their values live
// unboxed in Value; ints beyond int64 are boxed, see runtime/bigint.h),
// hashing compatible with CPython's, and the arithmetic helpers with
// Python's rounding rules.
#ifndef VM_RUNTIME_NUM_H
#define VM_RUNTIME_NUM_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/str.h"
#include "vm/value.h"

void num_init_types(void);

// hash() of an int and of a float, equal to CPython's.
int64_t num_hash_int(int64_t v);
int64_t num_hash_float(double d);

// Python's floor division and modulo on ints. The caller has checked b != 0.
static inline int64_t num_floordiv(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        q--;
    }
    return q;
}

static inline int64_t num_mod(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        r += b;
    }
    return r;
}

// Float floor division and modulo with Python's signs; b != 0.
double num_fmod(double a, double b);
double num_ffloordiv(double a, double b);

// int(str, base) (a big int when needed) and float(str); ERR_VAL with
// CPython's ValueError.
Value num_int_from_str(StrObj *s, int base);
Value num_float_from_str(StrObj *s);

// Appends the decimal form of an int / CPython's repr of a float.
void num_int_into(StrBuf *b, int64_t v);
void num_float_into(StrBuf *b, double d);

// Converts a number (int, bool, float) to double; false with TypeError
// otherwise, or OverflowError for an int beyond the float range.
bool num_to_double(Value v, double *out);

// int ** int: a float for a negative exponent, a big int past int64.
Value num_int_pow(int64_t a, int64_t b);

#endif
