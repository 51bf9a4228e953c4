// Tests for runtime/format.c. Every expected string was printed by CPython 3.11
// (python3 -c "print(repr(format(value, spec)))"); a leading '!' marks the
// exception message instead of a result.
#include "runtime/format.h"

#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// Formats through the public API as CPython's format() would, giving either the
// result or '!' followed by the error message; the caller frees it. Specs and
// results are string literals passed with their sizes, so they may hold NUL.
static char *run(char kind, int64_t i, double d, const char *s, const char *spec, size_t n,
                 size_t *len) {
    const char *type_name = kind == 'i' ? "int" : kind == 'f' ? "float" : "str";
    FormatSpec fs;
    const char *err = NULL;
    char *res = NULL;
    if (format_spec_parse_for(spec, n, type_name, &fs, &err)) {
        if (kind == 'i') {
            res = format_int(i, &fs, len, &err);
        } else if (kind == 'f') {
            res = format_double(d, &fs, len, &err);
        } else {
            size_t cps = 0;
            for (const char *p = s; *p; p++) {
                cps += ((unsigned char)*p & 0xC0) != 0x80;
            }
            res = format_str(s, strlen(s), cps, &fs, len, &err);
        }
    }
    if (res != NULL) {
        cr_assert_eq(res[*len], '\0', "result is NUL-terminated");
        return res;
    }
    cr_assert_not_null(err);
    *len = strlen(err) + 1;
    char *msg = malloc(*len + 1);
    msg[0] = '!';
    strcpy(msg + 1, err);
    return msg;
}

static void check(char kind, int64_t i, double d, const char *s, const char *spec, size_t n,
                  const char *want, size_t want_len) {
    size_t len = 0;
    char *got = run(kind, i, d, s, spec, n, &len);
    const char *what = kind == 'i' ? "an int" : kind == 'f' ? "a float" : "a str";
    cr_expect(len == want_len && memcmp(got, want, len) == 0,
              "spec '%s' on %s: got '%s', want '%s'", spec, what, got, want);
    free(got);
}

#define expect_int(v, spec, want)                                                                  \
    check('i', v, 0, NULL, spec, sizeof(spec) - 1, want, sizeof(want) - 1)
#define expect_double(d, spec, want)                                                               \
    check('f', 0, d, NULL, spec, sizeof(spec) - 1, want, sizeof(want) - 1)
#define expect_str(s, spec, want)                                                                  \
    check('s', 0, 0, s, spec, sizeof(spec) - 1, want, sizeof(want) - 1)

static void expect_repr(double d, const char *want) {
    char buf[32];
    size_t n = format_double_repr(d, buf);
    cr_expect_str_eq(buf, want, "repr(%.17g)", d);
    cr_expect_eq(n, strlen(want));
}

// Parses spec without a type name, failing the test on error.
static FormatSpec parse(const char *spec) {
    FormatSpec fs;
    const char *err = NULL;
    cr_assert(format_spec_parse(spec, strlen(spec), &fs, &err), "spec '%s': %s", spec, err);
    return fs;
}

Test(format, parse_fills_every_field) {
    FormatSpec fs = parse("*^+z#20_.3f");
    cr_expect_eq(fs.fill, '*');
    cr_expect_eq(fs.align, '^');
    cr_expect_eq(fs.sign, '+');
    cr_expect(fs.no_neg_zero);
    cr_expect(fs.alternate);
    cr_expect_not(fs.zero_pad);
    cr_expect_eq(fs.width, 20);
    cr_expect_eq(fs.grouping, '_');
    cr_expect_eq(fs.precision, 3);
    cr_expect_eq(fs.type, 'f');
}

Test(format, parse_of_empty_spec_gives_defaults) {
    FormatSpec fs = parse("");
    cr_expect_eq(fs.fill, ' ');
    cr_expect_eq(fs.align, 0);
    cr_expect_eq(fs.sign, 0);
    cr_expect_eq(fs.width, -1);
    cr_expect_eq(fs.precision, -1);
    cr_expect_eq(fs.type, 0);
}

Test(format, parse_reads_a_multibyte_fill) {
    FormatSpec fs = parse("\xf0\x9f\x98\x80>5");
    cr_expect_eq(fs.fill, 0x1F600);
    cr_expect_eq(fs.align, '>');
    cr_expect_eq(fs.width, 5);
}

Test(format, parse_zero_flag_sets_zero_fill_but_leaves_alignment_to_the_type) {
    FormatSpec fs = parse("08");
    cr_expect(fs.zero_pad);
    cr_expect_eq(fs.fill, '0');
    cr_expect_eq(fs.align, 0);
    cr_expect_eq(fs.width, 8);
}

Test(format, parse_keeps_non_ascii_type_codes_as_code_points) {
    FormatSpec fs = parse("\xe2\x82\xac");
    cr_expect_eq(fs.type, FORMAT_TYPE_OTHER);
    cr_expect_eq(fs.type_cp, 0x20AC);
}

Test(format, parse_without_a_type_name_omits_it_from_the_message) {
    FormatSpec fs;
    const char *err = NULL;
    cr_assert_not(format_spec_parse("d.2", 3, &fs, &err));
    cr_expect_str_eq(err, "Invalid format specifier 'd.2'");
}

Test(format, errors_map_to_the_right_exception) {
    FormatSpec fs = parse("c");
    const char *err = NULL;
    size_t len;
    cr_assert_null(format_int(0x110000, &fs, &len, &err));
    cr_expect_eq(format_err_kind(err), FORMAT_ERR_OVERFLOW);
    fs = parse("d");
    cr_assert_null(format_double(1.0, &fs, &len, &err));
    cr_expect_eq(format_err_kind(err), FORMAT_ERR_VALUE);
    fs = parse("4611686018427387904");
    cr_assert_null(format_int(1, &fs, &len, &err));
    cr_expect_eq(format_err_kind(err), FORMAT_ERR_MEMORY);
}

Test(format, char_type_can_produce_a_nul) {
    expect_int(0, "c", "\x00");
    expect_int(0, "3c", "  \x00");
}

Test(format, repr_of_one_tenth_is_shortest) {
    expect_repr(0.1, "0.1");
    expect_repr(0.30000000000000004, "0.30000000000000004");
    expect_repr(1.0 / 3.0, "0.3333333333333333");
}

Test(format, repr_of_whole_numbers_keeps_a_point_zero) {
    expect_repr(2.0, "2.0");
    expect_repr(1e15, "1000000000000000.0");
    expect_repr(-0.0, "-0.0");
    expect_repr(0.0, "0.0");
}

Test(format, repr_switches_to_exponent_at_sixteen_digits) {
    expect_repr(1e16, "1e+16");
    expect_repr(1.5e16, "1.5e+16");
    expect_repr(1e22, "1e+22");
    expect_repr(123456789012345680.0, "1.2345678901234568e+17");
}

Test(format, repr_switches_to_exponent_below_one_ten_thousandth) {
    expect_repr(0.0001, "0.0001");
    expect_repr(1e-05, "1e-05");
    expect_repr(1e-7, "1e-07");
    expect_repr(0.00012345, "0.00012345");
}

Test(format, repr_prints_extremes_and_specials) {
    expect_repr(5e-324, "5e-324");
    expect_repr(1.7976931348623157e308, "1.7976931348623157e+308");
    expect_repr(2.2250738585072014e-308, "2.2250738585072014e-308");
    expect_repr(INFINITY, "inf");
    expect_repr(-INFINITY, "-inf");
    expect_repr(NAN, "nan");
}

Test(format, repr_of_powers_of_two_picks_the_shortest_neighbour) {
    expect_repr(7.120236347223045e-307, "7.120236347223045e-307");
    expect_repr(7.291122019556398e-304, "7.291122019556398e-304");
    expect_repr(5.641232424577593e-278, "5.641232424577593e-278");
}

Test(format, int_without_spec_is_plain_decimal) {
    expect_int(0, "", "0");
    expect_int(-42, "", "-42");
    expect_int(INT64_MAX, "", "9223372036854775807");
    expect_int(INT64_MIN, "", "-9223372036854775808");
}

Test(format, int_width_pads_on_the_left_by_default) {
    expect_int(42, "6", "    42");
    expect_int(-42, "6", "   -42");
    expect_int(42, "1", "42");
}

Test(format, int_alignment_and_fill) {
    expect_int(42, "<6", "42    ");
    expect_int(42, "^7", "  42   ");
    expect_int(42, "*^6", "**42**");
    expect_int(-42, "*=8", "-*****42");
    expect_int(-42, "=8", "-     42");
}

Test(format, int_sign_options) {
    expect_int(5, "+", "+5");
    expect_int(-5, "+", "-5");
    expect_int(5, " ", " 5");
    expect_int(-5, " ", "-5");
    expect_int(5, "-", "5");
}

Test(format, int_zero_padding_goes_after_the_sign) {
    expect_int(-5, "05", "-0005");
    expect_int(5, "+05", "+0005");
    expect_int(-5, "<05", "-5000");
    expect_int(-5, "^05", "0-500");
}

Test(format, zero_flag_after_an_explicit_fill_is_part_of_the_width) {
    expect_int(5, " <05", "5    ");
    expect_int(5, "x<05", "5xxxx");
}

Test(format, int_comma_grouping) {
    expect_int(1234567, ",", "1,234,567");
    expect_int(-1234567, ",", "-1,234,567");
    expect_int(123, ",", "123");
    expect_int(INT64_MIN, ",", "-9,223,372,036,854,775,808");
}

Test(format, int_underscore_grouping) {
    expect_int(1234567, "_", "1_234_567");
    expect_int(INT64_MIN, "_d", "-9_223_372_036_854_775_808");
}

Test(format, zero_padding_joins_the_digit_groups) {
    expect_int(1234567, "012,", "0,001,234,567");
    expect_int(1234, "06,", "01,234");
    expect_int(1234, "07,", "001,234");
    expect_int(1234, "08,", "0,001,234");
    expect_int(1234567, "0=12,", "0,001,234,567");
}

Test(format, non_zero_fill_is_not_grouped) {
    expect_int(1234567, "x=12,", "xxx1,234,567");
}

Test(format, int_binary_octal_hex) {
    expect_int(10, "b", "1010");
    expect_int(255, "o", "377");
    expect_int(255, "x", "ff");
    expect_int(255, "X", "FF");
    expect_int(-255, "x", "-ff");
}

Test(format, alternate_form_adds_base_prefixes) {
    expect_int(10, "#b", "0b1010");
    expect_int(255, "#o", "0o377");
    expect_int(255, "#x", "0xff");
    expect_int(255, "#X", "0XFF");
    expect_int(0, "#x", "0x0");
    expect_int(-255, "+#x", "-0xff");
}

Test(format, alternate_form_is_ignored_for_decimal) {
    expect_int(12, "#d", "12");
    expect_int(12, "#n", "12");
    expect_int(12, "#", "12");
}

Test(format, underscore_groups_hex_and_binary_by_four) {
    expect_int(3735928559, "_x", "dead_beef");
    expect_int(255, "_b", "1111_1111");
    expect_int(-255, "#_b", "-0b1111_1111");
    expect_int(255, "#011_x", "0x0000_00ff");
    expect_int(255, "#012_x", "0x0_0000_00ff");
}

Test(format, hex_zero_padding_goes_after_the_prefix) {
    expect_int(255, "#010x", "0x000000ff");
    expect_int(-255, "x=+#10x", "-0xxxxxxff");
}

Test(format, int64_min_in_every_base) {
    expect_int(INT64_MIN, "x", "-8000000000000000");
    expect_int(INT64_MIN, "#o", "-0o1000000000000000000000");
    expect_int(INT64_MIN, "b", "-1000000000000000000000000000000000000000000000000000000000000000");
}

Test(format, char_type_encodes_code_points_as_utf8) {
    expect_int(65, "c", "A");
    expect_int(0xE9, "c", "\xc3\xa9");
    expect_int(0x20AC, "c", "\xe2\x82\xac");
    expect_int(0x1F600, "c", "\xf0\x9f\x98\x80");
    expect_int(0x10FFFF, "c", "\xf4\x8f\xbf\xbf");
}

Test(format, char_type_pads_like_a_number) {
    expect_int(65, "5c", "    A");
    expect_int(65, "<5c", "A    ");
    expect_int(65, "05c", "0000A");
    expect_int(0x20AC, "^5c", "  \xe2\x82\xac  ");
}

Test(format, n_type_formats_ints_like_d) {
    expect_int(1234567, "n", "1234567");
    expect_int(-5, "+n", "-5");
}

Test(format, float_types_on_ints_go_through_float) {
    expect_int(1, "e", "1.000000e+00");
    expect_int(12345, ".2e", "1.23e+04");
    expect_int(12345, ",.1f", "12,345.0");
    expect_int(3, "%", "300.000000%");
    expect_int(INT64_MAX, "f", "9223372036854775808.000000");
    expect_int(INT64_MIN, "g", "-9.22337e+18");
    expect_int(1234, "z.1f", "1234.0");
}

Test(format, int_rejects_precision) {
    expect_int(1, ".2", "!Precision not allowed in integer format specifier");
    expect_int(1, ".2d", "!Precision not allowed in integer format specifier");
    expect_int(65, ".1c", "!Precision not allowed in integer format specifier");
    expect_int(1, "z.2d", "!Precision not allowed in integer format specifier");
}

Test(format, int_rejects_negative_zero_coercion) {
    expect_int(1, "z", "!Negative zero coercion (z) not allowed in integer format specifier");
    expect_int(1, "zd", "!Negative zero coercion (z) not allowed in integer format specifier");
    expect_int(1, "z5", "!Negative zero coercion (z) not allowed in integer format specifier");
}

Test(format, int_rejects_unknown_type_codes) {
    expect_int(1, "s", "!Unknown format code 's' for object of type 'int'");
    expect_int(1, "q", "!Unknown format code 'q' for object of type 'int'");
    expect_int(1, "\xe2\x82\xac", "!Unknown format code '\\x20ac' for object of type 'int'");
    expect_int(1, "\xf0\x9f\x98\x80", "!Unknown format code '\\x1f600' for object of type 'int'");
    expect_int(1, "\x00", "!Unknown format code '\\x0' for object of type 'int'");
    expect_int(1, "\x7f", "!Unknown format code '\x7f' for object of type 'int'");
}

Test(format, char_type_rejects_sign_and_alternate_form) {
    expect_int(65, "+c", "!Sign not allowed with integer format specifier 'c'");
    expect_int(65, " c", "!Sign not allowed with integer format specifier 'c'");
    expect_int(65, "#c", "!Alternate form (#) not allowed with integer format specifier 'c'");
    expect_int(0x110000, "+c", "!Sign not allowed with integer format specifier 'c'");
}

Test(format, char_type_out_of_range_is_an_overflow) {
    expect_int(0x110000, "c", "!%c arg not in range(0x110000)");
    expect_int(-1, "c", "!%c arg not in range(0x110000)");
}

Test(format, grouping_is_refused_for_types_that_cannot_group) {
    expect_int(1, ",x", "!Cannot specify ',' with 'x'.");
    expect_int(1, ",b", "!Cannot specify ',' with 'b'.");
    expect_int(1, ",c", "!Cannot specify ',' with 'c'.");
    expect_int(1, "_c", "!Cannot specify '_' with 'c'.");
    expect_int(1, ",n", "!Cannot specify ',' with 'n'.");
    expect_int(1, "_n", "!Cannot specify '_' with 'n'.");
    expect_int(1, ",s", "!Cannot specify ',' with 's'.");
}

Test(format, float_without_type_matches_repr) {
    expect_double(1.5, "", "1.5");
    expect_double(1e16, "<", "1e+16");
    expect_double(-0.0, ">5", " -0.0");
    expect_double(1234567.0, "", "1234567.0");
}

Test(format, float_fixed_point_rounds_half_to_even_on_exact_ties) {
    expect_double(2.5, ".0f", "2");
    expect_double(0.125, ".2f", "0.12");
    expect_double(0.375, ".2f", "0.38");
    expect_double(1.005, ".2f", "1.00");
    expect_double(0.5, ".0f", "0");
}

Test(format, float_fixed_point_defaults_to_six_digits) {
    expect_double(3.14159265, "f", "3.141593");
    expect_double(-1.0, "F", "-1.000000");
    expect_double(1e100, ".1f",
                  "10000000000000000159028911097599180468360808563945281389781327557747838772170381"
                  "060813469985856815104.0");
}

// Fixed notation of modest values takes an exact integer path instead of printf;
// these sit on its edges: ties, subnormals, the largest precision it takes (19),
// results near 2^64 where it hands over to printf, and the flags around it.
Test(format, float_fixed_point_exact_path_edges) {
    expect_double(0.0, ".2f", "0.00");
    expect_double(-0.0, ".1f", "-0.0");
    expect_double(1.5, ".0f", "2");
    expect_double(3.5, ".0f", "4");
    expect_double(0.625, ".2f", "0.62");
    expect_double(9.995, ".2f", "9.99");
    expect_double(0.05, ".1f", "0.1");
    expect_double(5e-324, ".3f", "0.000");
    expect_double(2.2250738585072014e-308, ".19f", "0.0000000000000000000");
    expect_double(1e-19, ".19f", "0.0000000000000000001");
    expect_double(5e-20, ".19f", "0.0000000000000000000");
    expect_double(1.5e-19, ".19f", "0.0000000000000000001");
    expect_double(18446744073.709553, ".9f", "18446744073.709552765");
    expect_double(1844674407.3709552, ".10f", "1844674407.3709552288");
    expect_double(1.8446744073709552e+19, ".0f", "18446744073709551616");
    expect_double(1e+19, ".0f", "10000000000000000000");
    expect_double(1e+20, ".0f", "100000000000000000000");
    expect_double(123456.789, ".19f", "123456.7890000000043073669");
    expect_double(0.1, ".20f", "0.10000000000000000555");
    expect_double(9.223372036854776e+18, ".0f", "9223372036854775808");
    expect_double(0.5, "#.0f", "0.");
    expect_double(7.0, "#.0f", "7.");
    expect_double(1234567.891, ",.2f", "1,234,567.89");
    expect_double(-0.004, "z.2f", "0.00");
    expect_double(0.0125, ".1%", "1.2%");
}

Test(format, float_exponent_formats) {
    expect_double(1234.5, "e", "1.234500e+03");
    expect_double(1234.5, ".2E", "1.23E+03");
    expect_double(5e-324, ".1e", "4.9e-324");
    expect_double(0.0, "e", "0.000000e+00");
    expect_double(1e300, ".0e", "1e+300");
}

Test(format, float_general_formats) {
    expect_double(1.0, "g", "1");
    expect_double(1e-05, "g", "1e-05");
    expect_double(0.0001, "g", "0.0001");
    expect_double(123456.0, "g", "123456");
    expect_double(1234567.0, "g", "1.23457e+06");
    expect_double(1234567.0, "G", "1.23457E+06");
    expect_double(1e-100, ".3g", "1e-100");
}

Test(format, float_general_alternate_keeps_trailing_zeros) {
    expect_double(1.0, "#g", "1.00000");
    expect_double(1.0, "#.0g", "1.");
    expect_double(0.001, "#.3g", "0.00100");
}

Test(format, float_alternate_form_keeps_the_point) {
    expect_double(1.0, "#.0f", "1.");
    expect_double(1.0, "#.0e", "1.e+00");
    expect_double(1.0, "#.0%", "100.%");
    expect_double(1e16, "#", "1.e+16");
}

Test(format, float_precision_without_type_keeps_a_digit_after_the_point) {
    expect_double(12.0, ".5", "12.0");
    expect_double(100.0, ".3", "1e+02");
    expect_double(100.0, ".2", "1e+02");
    expect_double(1234.5, ".2", "1.2e+03");
    expect_double(0.0, ".0", "0e+00");
    expect_double(1.0, ".0", "1e+00");
    expect_double(1.5, "#.0", "2.e+00");
    expect_double(-0.0, "z.3", "0.0");
}

Test(format, float_precision_without_type_reaches_exact_digits) {
    expect_double(0.1, ".17", "0.10000000000000001");
    expect_double(0.1, ".30", "0.100000000000000005551115123126");
}

Test(format, float_percent_multiplies_by_one_hundred) {
    expect_double(0.5, "%", "50.000000%");
    expect_double(1.0 / 3.0, ".2%", "33.33%");
    expect_double(0.25, ".0%", "25%");
    expect_double(-0.001, ".1%", "-0.1%");
}

Test(format, float_n_type_is_general) {
    expect_double(1234.5, "n", "1234.5");
    expect_double(1e20, "n", "1e+20");
    expect_double(0.5, ".3n", "0.5");
}

Test(format, float_grouping_applies_to_the_integer_part) {
    expect_double(1234567.891, ",.2f", "1,234,567.89");
    expect_double(123456789.0, ",", "123,456,789.0");
    expect_double(123456789.0, "_", "123_456_789.0");
    expect_double(12345678.9, ",.10", "12,345,678.9");
    expect_double(1e6, ",e", "1.000000e+06");
    expect_double(0.3333, ",.2%", "33.33%");
}

Test(format, float_zero_padding_is_grouped) {
    expect_double(12345.678, "015,.2f", "0,000,012,345.68");
    expect_double(-12345.678, "016_.2f", "-0_000_012_345.68");
    expect_double(1234.5, "015,", "0,000,001,234.5");
    expect_double(1e6, "015,.1e", "0,000,001.0e+06");
}

Test(format, float_signs_and_padding) {
    expect_double(1.5, "+", "+1.5");
    expect_double(1.5, " ", " 1.5");
    expect_double(-1.5, "=10", "-      1.5");
    expect_double(-1.5, "*=10", "-******1.5");
    expect_double(-1.5, "^10", "   -1.5   ");
    expect_double(-1.0, "010", "-0000001.0");
    expect_double(1.0, "0<10", "1.00000000");
}

Test(format, float_infinity_and_nan) {
    expect_double(INFINITY, "", "inf");
    expect_double(-INFINITY, "f", "-inf");
    expect_double(INFINITY, "F", "INF");
    expect_double(NAN, "E", "NAN");
    expect_double(NAN, "+", "+nan");
    expect_double(-NAN, "", "nan");
    expect_double(INFINITY, "%", "inf%");
    expect_double(-INFINITY, "+.2%", "-inf%");
}

Test(format, float_infinity_zero_padding_is_not_grouped) {
    expect_double(INFINITY, "010", "0000000inf");
    expect_double(-INFINITY, "010,", "-000000inf");
    expect_double(NAN, "010.2f", "0000000nan");
}

Test(format, negative_zero_coercion_drops_the_sign_after_rounding) {
    expect_double(-0.0, "z", "0.0");
    expect_double(-0.0001, "z.2f", "0.00");
    expect_double(-0.5, "z.0f", "0");
    expect_double(-1e-10, "z%", "0.000000%");
    expect_double(-0.0, "z010.2f", "0000000.00");
    expect_double(-1e-20, "z", "-1e-20");
    expect_double(-0.01, "z#.0%", "-1.%");
}

Test(format, negative_zero_without_coercion_keeps_the_sign) {
    expect_double(-0.0, ".2f", "-0.00");
    expect_double(-0.0001, ".2f", "-0.00");
}

Test(format, float_rejects_int_and_str_types) {
    expect_double(1.0, "d", "!Unknown format code 'd' for object of type 'float'");
    expect_double(1.0, "c", "!Unknown format code 'c' for object of type 'float'");
    expect_double(1.0, "s", "!Unknown format code 's' for object of type 'float'");
    expect_double(1.0, "x", "!Unknown format code 'x' for object of type 'float'");
    expect_double(1.0, ",b", "!Cannot specify ',' with 'b'.");
}

Test(format, float_rejects_huge_precision) {
    expect_double(1.0, ".3000000000f", "!precision too big");
}

Test(format, float_with_explicit_nul_type_is_like_none) {
    expect_double(1.5, "\x00", "1.5");
    expect_double(1.0, ".2\x00", "1.0");
}

Test(format, str_defaults_to_left_alignment) {
    expect_str("abc", "6", "abc   ");
    expect_str("abc", ">6", "   abc");
    expect_str("abc", "^6", " abc  ");
    expect_str("abc", "^7", "  abc  ");
    expect_str("abc", "*^8", "**abc***");
}

Test(format, str_zero_flag_fills_on_the_right) {
    expect_str("s", "05", "s0000");
    expect_str("s", "<05", "s0000");
    expect_str("s", "0", "s");
}

Test(format, str_precision_truncates_code_points) {
    expect_str("abc", ".1", "a");
    expect_str("h\xc3\xa9llo", "*^11.3", "****h\xc3\xa9l****");
    expect_str("\xf0\x9f\x98\x80\xe2\x82\xacx", ".2", "\xf0\x9f\x98\x80\xe2\x82\xac");
    expect_str("ab", ".0", "");
    expect_str("ab", ".10s", "ab");
}

Test(format, str_width_and_fill_count_code_points) {
    expect_str("\xc3\xa9", "3", "\xc3\xa9  ");
    expect_str("x", "\xe2\x82\xac>5", "\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xacx");
    expect_str("\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80^5",
               "\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80");
    expect_str("", "3", "   ");
}

Test(format, str_rejects_sign_space_and_alternate_form) {
    expect_str("x", "+", "!Sign not allowed in string format specifier");
    expect_str("x", "-", "!Sign not allowed in string format specifier");
    expect_str("x", " ", "!Space not allowed in string format specifier");
    expect_str("x", "#", "!Alternate form (#) not allowed in string format specifier");
    expect_str("x", "z", "!Negative zero coercion (z) not allowed in string format specifier");
}

Test(format, str_rejects_equals_alignment) {
    expect_str("x", "=", "!'=' alignment not allowed in string format specifier");
    expect_str("x", "=5", "!'=' alignment not allowed in string format specifier");
    expect_str("x", "<=", "!'=' alignment not allowed in string format specifier");
}

Test(format, str_rejects_grouping) {
    expect_str("x", ",", "!Cannot specify ',' with 's'.");
    expect_str("x", "_", "!Cannot specify '_' with 's'.");
    expect_str("x", ",s", "!Cannot specify ',' with 's'.");
}

Test(format, str_rejects_other_type_codes) {
    expect_str("x", "d", "!Unknown format code 'd' for object of type 'str'");
    expect_str("x", "c", "!Unknown format code 'c' for object of type 'str'");
    expect_str("x", "\x00", "!Unknown format code '\\x0' for object of type 'str'");
    expect_str("x", "<<<", "!Unknown format code '<' for object of type 'str'");
}

Test(format, str_error_order_follows_cpython) {
    expect_str("x", "+#", "!Sign not allowed in string format specifier");
    expect_str("x", "z#", "!Negative zero coercion (z) not allowed in string format specifier");
    expect_str("x", "=#", "!Alternate form (#) not allowed in string format specifier");
    expect_str("x", "=z", "!Negative zero coercion (z) not allowed in string format specifier");
    expect_str("x", "#=5", "!'=' alignment not allowed in string format specifier");
}

Test(format, parse_errors_name_the_spec_and_type) {
    expect_int(1, "d.2", "!Invalid format specifier 'd.2' for object of type 'int'");
    expect_int(1, "ss", "!Invalid format specifier 'ss' for object of type 'int'");
    expect_int(1, "+ d", "!Invalid format specifier '+ d' for object of type 'int'");
    expect_double(1.0, "z+.1f", "!Invalid format specifier 'z+.1f' for object of type 'float'");
    expect_str("x", "5ss", "!Invalid format specifier '5ss' for object of type 'str'");
}

Test(format, parse_rejects_both_grouping_characters) {
    expect_int(1, ",_", "!Cannot specify both ',' and '_'.");
    expect_int(1, "_,", "!Cannot specify both ',' and '_'.");
    expect_int(1, ",_xx", "!Cannot specify both ',' and '_'.");
    expect_int(1, ",,", "!Cannot specify ',' with ','.");
    expect_int(1, "__", "!Cannot specify '_' with '_'.");
}

Test(format, parse_rejects_missing_precision) {
    expect_int(1, ".", "!Format specifier missing precision");
    expect_int(1, "5.f", "!Format specifier missing precision");
    expect_double(1.0, ".f", "!Format specifier missing precision");
    expect_int(1, ".x", "!Format specifier missing precision");
}

Test(format, parse_rejects_too_many_digits) {
    expect_int(1, "9223372036854775808", "!Too many decimal digits in format string");
    expect_int(1, ".9223372036854775808", "!Too many decimal digits in format string");
}

Test(format, grouping_error_quotes_unprintable_type_codes) {
    expect_int(1, ",\xe2\x82\xac", "!Cannot specify ',' with '\\x20ac'.");
    expect_int(1, ",\x01", "!Cannot specify ',' with '\\x1'.");
    expect_int(1, ",\x7f", "!Cannot specify ',' with '\x7f'.");
}
