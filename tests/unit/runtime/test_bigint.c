// Tests for runtime/bigint.c: boxing and normalisation at the int64 edge,
// arithmetic with Python's signs, exact float conversion and comparison,
// CPython's hashes, and the decimal digit limit.
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "runtime/bigint.h"
#include "runtime/str.h"
#include "vm/vm.h"

static void setup(void) {
    vm_init(0, NULL);
}

TestSuite(bigint, .init = setup);

// The int with these decimal digits (optional '-').
static Value dec(const char *s) {
    bool neg = s[0] == '-';
    return bigint_from_digits(s + neg, strlen(s + neg), 10, neg);
}

// str() of any int, in a static buffer.
static const char *text(Value v) {
    static char buf[512];
    if (IS_INT(v)) {
        snprintf(buf, sizeof buf, "%lld", (long long)v.i);
        return buf;
    }
    cr_assert(bigint_is(v));
    StrBuf b = {0};
    cr_assert(bigint_str_into(&b, v));
    snprintf(buf, sizeof buf, "%.*s", (int)b.len, b.data);
    strbuf_free(&b);
    return buf;
}

Test(bigint, values_that_fit_stay_unboxed) {
    Value v = dec("9223372036854775807");
    cr_assert(IS_INT(v));
    cr_assert_eq(v.i, INT64_MAX);
    v = dec("-9223372036854775808");
    cr_assert(IS_INT(v));
    cr_assert_eq(v.i, INT64_MIN);
    cr_assert(bigint_is(dec("9223372036854775808")));
    cr_assert(bigint_is(dec("-9223372036854775809")));
}

Test(bigint, boxed_ints_report_int_as_their_type) {
    Value v = dec("123456789012345678901234567890");
    cr_assert_eq(type_of(v), &int_type);
    cr_assert_str_eq(type_name(v), "int");
}

Test(bigint, overflowing_products_box_and_quotients_unbox) {
    Value a = bigint_binary(OP_MUL, INT_VAL(INT64_MAX), INT_VAL(4));
    cr_assert(bigint_is(a));
    cr_assert_str_eq(text(a), "36893488147419103228");
    Value q = bigint_binary(OP_FLOORDIV, a, INT_VAL(4));
    cr_assert(IS_INT(q));
    cr_assert_eq(q.i, INT64_MAX);
}

Test(bigint, negating_int64_min_boxes) {
    Value v = bigint_unary(OP_NEG, INT_VAL(INT64_MIN));
    cr_assert_str_eq(text(v), "9223372036854775808");
    Value q = bigint_binary(OP_FLOORDIV, INT_VAL(INT64_MIN), INT_VAL(-1));
    cr_assert_eq(bigint_cmp(v, q), 0);
}

Test(bigint, floor_division_and_modulo_follow_the_divisor_sign) {
    Value a = dec("-100000000000000000000007");
    cr_assert_str_eq(text(bigint_binary(OP_FLOORDIV, a, INT_VAL(10))), "-10000000000000000000001");
    cr_assert_str_eq(text(bigint_binary(OP_MOD, a, INT_VAL(10))), "3");
    cr_assert_str_eq(text(bigint_binary(OP_MOD, a, INT_VAL(-10))), "-7");
}

Test(bigint, bit_operations_act_on_twos_complement) {
    Value a = dec("-1267650600228229401496703205376"); // -2**100
    cr_assert_str_eq(text(bigint_binary(OP_RSHIFT, a, INT_VAL(3))),
                     "-158456325028528675187087900672");
    cr_assert_str_eq(text(bigint_binary(OP_RSHIFT, a, INT_VAL(500))), "-1");
    cr_assert_str_eq(text(bigint_binary(OP_OR, a, INT_VAL(5))), "-1267650600228229401496703205371");
    cr_assert_str_eq(text(bigint_binary(OP_AND, a, INT_VAL(0xFFFF))), "0");
    cr_assert_str_eq(text(bigint_unary(OP_INVERT, a)), "1267650600228229401496703205375");
}

Test(bigint, conversion_to_double_rounds_to_nearest_even) {
    double d;
    // 2**1024 - 2**970 is the tie above DBL_MAX: it rounds up and overflows.
    Value top = bigint_binary(OP_SUB, bigint_binary(OP_LSHIFT, INT_VAL(1), INT_VAL(1024)),
                              bigint_binary(OP_LSHIFT, INT_VAL(1), INT_VAL(970)));
    cr_assert_not(bigint_to_double(top, &d));
    vm_take_exc();
    cr_assert(bigint_to_double(bigint_binary(OP_SUB, top, INT_VAL(1)), &d));
    cr_assert_eq(d, 1.7976931348623157e308);
}

Test(bigint, true_division_is_correctly_rounded) {
    Value one = INT_VAL(1);
    Value p1074 = bigint_binary(OP_LSHIFT, one, INT_VAL(1074));
    Value r = bigint_binary(OP_TRUEDIV, one, p1074);
    cr_assert(IS_FLOAT(r));
    cr_assert_eq(r.f, 5e-324);
    r = bigint_binary(OP_TRUEDIV, one, bigint_binary(OP_MUL, p1074, INT_VAL(2)));
    cr_assert_eq(r.f, 0.0); // exactly half the smallest subnormal: ties to even
    r = bigint_binary(OP_TRUEDIV, dec("10000000000000000000000000000000"), INT_VAL(7));
    cr_assert_eq(r.f, 1e31 / 7);
}

Test(bigint, comparison_with_doubles_is_exact) {
    Value v = dec("9007199254740993"); // 2**53 + 1, not a double
    cr_assert_eq(bigint_cmp_double(v, 9007199254740992.0), 1);
    Value big = dec("1267650600228229401496703205377");
    cr_assert_eq(bigint_cmp_double(big, ldexp(1.0, 100)), 1);
    cr_assert_eq(bigint_cmp_double(big, INFINITY), -1);
    cr_assert_eq(bigint_cmp_double(big, NAN), 2);
}

Test(bigint, hashes_match_cpython) {
    cr_assert_eq(bigint_hash(dec("1267650600228229401496703205376")), 549755813888);
    cr_assert_eq(bigint_hash(dec("-1267650600228229401496703205376")), -549755813888);
    // -(5 * (2**61 - 1) + 1) hashes like -1, which hashes to -2.
    cr_assert_eq(bigint_hash(dec("-11529215046068469756")), -2);
}

Test(bigint, pow_mod_takes_the_modulus_sign) {
    Value m = dec("1180591620717411303427"); // 2**70 + 3
    Value e = dec("36893488147419103233");   // 2**65 + 1
    cr_assert_str_eq(text(bigint_pow_mod(INT_VAL(-3), e, m)), "803000703767792221314");
    cr_assert_str_eq(text(bigint_pow_mod(INT_VAL(-3), e, bigint_unary(OP_NEG, m))),
                     "-377590916949619082113");
}

Test(bigint, str_refuses_more_than_4300_digits) {
    Value v = bigint_binary(OP_POW, INT_VAL(10), INT_VAL(4299));
    StrBuf b = {0};
    cr_assert(bigint_str_into(&b, v));
    cr_assert_eq(b.len, 4300);
    strbuf_free(&b);
    v = bigint_binary(OP_MUL, v, INT_VAL(10));
    cr_assert_not(bigint_str_into(&b, v));
    vm_take_exc();
    strbuf_free(&b);
}

Test(bigint, hexadecimal_has_no_digit_limit) {
    char digits[5001];
    memset(digits, 'f', 5000);
    digits[5000] = '\0';
    Value v = bigint_from_digits(digits, 5000, 16, false);
    cr_assert(bigint_is(v));
    cr_assert_eq(bigint_bit_length(v).i, 20000);
    char nines[4302];
    memset(nines, '9', 4301);
    nines[4301] = '\0';
    cr_assert(IS_ERR(bigint_from_digits(nines, 4301, 10, false)));
    vm_take_exc();
}
