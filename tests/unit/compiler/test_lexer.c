// Tests for compiler/lexer.re: token kinds and positions, indentation,
// line joining, literal values, and the errors the tokenizer reports
// (with the offsets python3 prints for them).
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/lexer.h"

// The tokens of src as "KIND@line:col-end_line:end_col" joined by spaces
// (layout tokens without positions), and the error if there was one.
static char *describe(const char *src, size_t len) {
    LexResult r;
    lexer_tokenize(src, len, &r);
    char *out;
    size_t n;
    FILE *f = open_memstream(&out, &n);
    for (int i = 0; i < r.ntokens; i++) {
        const Token *t = &r.tokens[i];
        if (i) {
            fputc(' ', f);
        }
        fputs(lexer_token_name(t->kind), f);
        if (t->kind != TOK_NEWLINE && t->kind != TOK_INDENT && t->kind != TOK_DEDENT &&
            t->kind != TOK_ENDMARKER) {
            fprintf(f, "@%d:%d-%d:%d", t->line, t->col, t->end_line, t->end_col);
        }
    }
    if (r.failed) {
        fprintf(f, " | %s: %s (%d %d %d %d)%s", r.error.type, r.error.msg, r.error.line,
                r.error.offset, r.error.end_line, r.error.end_offset, r.error.soft ? " soft" : "");
    }
    fclose(f);
    lexer_result_free(&r);
    return out;
}

static void check_tokens(const char *src, const char *expected) {
    char *got = describe(src, strlen(src));
    cr_expect_str_eq(got, expected, "source:\n%s", src);
    free(got);
}

// Just the error part of describe().
static void check_lex_error(const char *src, const char *expected) {
    char *got = describe(src, strlen(src));
    const char *bar = strstr(got, " | ");
    cr_expect_str_eq(bar ? bar + 3 : "(no error)", expected, "source:\n%s", src);
    free(got);
}

Test(lexer, gives_names_numbers_and_operators_their_positions) {
    check_tokens("x1 = a.b(2) ** -3\n",
                 "NAME@1:0-1:2 '='@1:3-1:4 NAME@1:5-1:6 '.'@1:6-1:7 NAME@1:7-1:8 '('@1:8-1:9 "
                 "NUMBER@1:9-1:10 ')'@1:10-1:11 '**'@1:12-1:14 '-'@1:15-1:16 NUMBER@1:16-1:17 "
                 "NEWLINE ENDMARKER");
}

Test(lexer, takes_the_longest_operator) {
    check_tokens("a //= b >>= c != d -> e ... f := g\n",
                 "NAME@1:0-1:1 '//='@1:2-1:5 NAME@1:6-1:7 '>>='@1:8-1:11 NAME@1:12-1:13 "
                 "'!='@1:14-1:16 NAME@1:17-1:18 '->'@1:19-1:21 NAME@1:22-1:23 '...'@1:24-1:27 "
                 "NAME@1:28-1:29 ':='@1:30-1:32 NAME@1:33-1:34 NEWLINE ENDMARKER");
}

Test(lexer, tells_keywords_from_longer_names) {
    check_tokens("if iffy not notice in_ None\n",
                 "'if'@1:0-1:2 NAME@1:3-1:7 'not'@1:8-1:11 NAME@1:12-1:18 NAME@1:19-1:22 "
                 "'None'@1:23-1:27 NEWLINE ENDMARKER");
}

Test(lexer, emits_indent_and_dedent_for_blocks) {
    check_tokens("if a:\n    b\n    if c:\n        d\ne\n",
                 "'if'@1:0-1:2 NAME@1:3-1:4 ':'@1:4-1:5 NEWLINE INDENT NAME@2:4-2:5 NEWLINE "
                 "'if'@3:4-3:6 NAME@3:7-3:8 ':'@3:8-3:9 NEWLINE INDENT NAME@4:8-4:9 NEWLINE "
                 "DEDENT DEDENT NAME@5:0-5:1 NEWLINE ENDMARKER");
}

Test(lexer, closes_open_blocks_at_end_of_file) {
    check_tokens("if a:\n  b", "'if'@1:0-1:2 NAME@1:3-1:4 ':'@1:4-1:5 NEWLINE INDENT "
                               "NAME@2:2-2:3 NEWLINE DEDENT ENDMARKER");
}

Test(lexer, skips_comments_and_blank_lines) {
    check_tokens("# head\n\na = 1  # tail\n   \n    # indented comment\nb\n",
                 "NAME@3:0-3:1 '='@3:2-3:3 NUMBER@3:4-3:5 NEWLINE NAME@6:0-6:1 NEWLINE "
                 "ENDMARKER");
}

Test(lexer, ignores_newlines_inside_brackets) {
    check_tokens("f(1,\n  2)\n", "NAME@1:0-1:1 '('@1:1-1:2 NUMBER@1:2-1:3 ','@1:3-1:4 "
                                 "NUMBER@2:2-2:3 ')'@2:3-2:4 NEWLINE ENDMARKER");
}

Test(lexer, joins_lines_after_a_backslash) {
    check_tokens("a = 1 + \\\n    2\n", "NAME@1:0-1:1 '='@1:2-1:3 NUMBER@1:4-1:5 '+'@1:6-1:7 "
                                        "NUMBER@2:4-2:5 NEWLINE ENDMARKER");
}

Test(lexer, reads_crlf_line_endings_as_newlines) {
    check_tokens("a\r\nb\rc\n", "NAME@1:0-1:1 NEWLINE NAME@2:0-2:1 NEWLINE NAME@3:0-3:1 "
                                "NEWLINE ENDMARKER");
}

Test(lexer, skips_a_utf8_bom_and_counts_columns_in_bytes) {
    check_tokens("\xEF\xBB\xBF\xC3\xA9t\xC3\xA9 = 1\n",
                 "NAME@1:0-1:5 '='@1:6-1:7 NUMBER@1:8-1:9 NEWLINE ENDMARKER");
}

Test(lexer, reads_every_string_prefix_and_quote_form) {
    check_tokens("r'a' B\"b\" f'''c''' Rb\"\"\"d\"\"\" fR'e' u'f'\n",
                 "STRING@1:0-1:4 STRING@1:5-1:9 STRING@1:10-1:18 STRING@1:19-1:28 "
                 "STRING@1:29-1:34 STRING@1:35-1:39 NEWLINE ENDMARKER");
    // Not a prefix: a name, then a string.
    check_tokens("ub'x'\n", "NAME@1:0-1:2 STRING@1:2-1:5 NEWLINE ENDMARKER");
}

Test(lexer, ends_a_multiline_string_on_its_last_line) {
    check_tokens("s = '''a\nb''' + 'c\\\nd'\n",
                 "NAME@1:0-1:1 '='@1:2-1:3 STRING@1:4-2:4 '+'@2:5-2:6 STRING@2:7-3:2 NEWLINE "
                 "ENDMARKER");
}

Test(lexer, splits_a_string_token_into_prefix_quotes_and_body) {
    LexResult r;
    lexer_tokenize("rb'''x'y'''", 11, &r);
    StringParts sp;
    lexer_string_parts(&r.tokens[0], &sp);
    cr_expect(sp.raw && sp.bytes && !sp.fstring);
    cr_expect_eq(sp.quote_len, 3);
    cr_expect_eq(sp.body_len, 3);
    cr_expect(memcmp(sp.body, "x'y", 3) == 0);
    lexer_result_free(&r);
}

static void check_decode(const char *body, bool bytes, const char *expected, long expected_len) {
    char out[64], msg[128];
    size_t bad;
    long n = lexer_decode_escapes(body, strlen(body), bytes, out, msg, sizeof msg, &bad);
    cr_expect_eq(n, expected_len, "decoding %s", body);
    if (n == expected_len) {
        cr_expect(memcmp(out, expected, (size_t)n) == 0, "decoding %s", body);
    }
}

Test(lexer, decodes_escapes_into_utf8) {
    check_decode("a\\n\\t\\r\\\\\\'\\\"", false, "a\n\t\r\\'\"", 7);
    check_decode("\\x41\\u00e9\\U0001F600", false, "A\xC3\xA9\xF0\x9F\x98\x80", 7);
    check_decode("\\0\\101\\7", false, "\0A\a", 3);
    check_decode("\\a\\b\\f\\v", false, "\a\b\f\v", 4);
    check_decode("x\\\ny", false, "xy", 2);
    check_decode("\\ud800", false, "\xED\xA0\x80", 3);
}

Test(lexer, keeps_unknown_escapes_as_written) {
    check_decode("\\d\\q\\8", false, "\\d\\q\\8", 6);
    check_decode("\\u00e9", true, "\\u00e9", 6);
    check_decode("\\xff\\777", true, "\xff\xff", 2);
}

Test(lexer, reports_a_truncated_hex_escape) {
    char out[16], msg[128];
    size_t bad;
    cr_expect_eq(lexer_decode_escapes("ab\\x4g", 6, false, out, msg, sizeof msg, &bad), -1);
    cr_expect_eq(bad, 2);
    cr_expect(strstr(msg, "truncated \\xXX escape") != NULL);
    cr_expect_eq(lexer_decode_escapes("\\x4", 3, true, out, msg, sizeof msg, &bad), -1);
    cr_expect_str_eq(msg, "(value error) invalid \\x escape at position 0");
}

static void check_number(const char *src, bool want_float, int64_t want_i, double want_f,
                         bool want_big) {
    LexResult r;
    lexer_tokenize(src, strlen(src), &r);
    cr_assert_eq(r.tokens[0].kind, TOK_NUMBER, "%s", src);
    bool is_float, big;
    int64_t i;
    double f;
    lexer_number_value(&r.tokens[0], &is_float, &i, &f, &big);
    cr_expect_eq(is_float, want_float, "%s", src);
    cr_expect_eq(big, want_big, "%s", src);
    if (want_float) {
        cr_expect_eq(f, want_f, "%s", src);
    } else if (!want_big) {
        cr_expect_eq(i, want_i, "%s", src);
    }
    lexer_result_free(&r);
}

Test(lexer, computes_number_values_in_every_base) {
    check_number("1_000_000", false, 1000000, 0, false);
    check_number("0xDead_Beef", false, 0xDEADBEEF, 0, false);
    check_number("0o1_7", false, 15, 0, false);
    check_number("0B1111_0000", false, 240, 0, false);
    check_number("0_0", false, 0, 0, false);
    check_number("9223372036854775807", false, INT64_MAX, 0, false);
    check_number("1.5", true, 0, 1.5, false);
    check_number(".5e1", true, 0, 5.0, false);
    check_number("5.", true, 0, 5.0, false);
    check_number("1_000.2_5", true, 0, 1000.25, false);
    check_number("1E-3", true, 0, 1e-3, false);
    check_number("09.5", true, 0, 9.5, false);
}

Test(lexer, marks_ints_beyond_int64_as_big_and_keeps_their_digits) {
    check_number("9223372036854775808", false, 0, 0, true);
    LexResult r;
    const char *src = "0xFFFF_FFFF_FFFF_FFFF_F";
    lexer_tokenize(src, strlen(src), &r);
    char digits[64];
    size_t n = lexer_number_digits(&r.tokens[0], digits);
    cr_expect_str_eq(digits, "0xFFFFFFFFFFFFFFFFF");
    cr_expect_eq(n, 19);
    lexer_result_free(&r);
}

Test(lexer, lets_a_keyword_follow_a_number) {
    check_tokens("1if x else 2\n", "NUMBER@1:0-1:1 'if'@1:1-1:3 NAME@1:4-1:5 'else'@1:6-1:10 "
                                   "NUMBER@1:11-1:12 NEWLINE ENDMARKER");
}

Test(lexer, reports_unterminated_strings_where_they_start) {
    check_lex_error("x = 'abc\n", "SyntaxError: unterminated string literal (detected at line 1) "
                                  "(1 5 1 5)");
    check_lex_error("x = 1\ns = b'a\\\nb\n",
                    "SyntaxError: unterminated string literal (detected at line 3) (2 5 2 5)");
    check_lex_error("x = '''abc\n\ndef\n", "SyntaxError: unterminated triple-quoted string "
                                           "literal (detected at line 3) (1 5 1 5)");
}

Test(lexer, reports_invalid_characters_by_code_point) {
    check_lex_error("x = 1\xE2\x82\xAC\n", "SyntaxError: invalid character '\xE2\x82\xAC' "
                                           "(U+20AC) (1 6 1 6)");
    check_lex_error("x\xE2\x80\x8B = 2\n", "SyntaxError: invalid non-printable character "
                                           "U+200B (1 2 1 2)");
    check_lex_error("x = \x01\n", "SyntaxError: invalid non-printable character U+0001 (1 5 1 5)");
}

Test(lexer, reports_bad_brackets) {
    check_lex_error("x = 1)\n", "SyntaxError: unmatched ')' (1 6 1 6)");
    check_lex_error("x = (1]\n", "SyntaxError: closing parenthesis ']' does not match opening "
                                 "parenthesis '(' (1 7 1 7)");
    check_lex_error("x = [1,\n 2)\n", "SyntaxError: closing parenthesis ')' does not match "
                                      "opening parenthesis '[' on line 1 (2 3 2 3)");
}

Test(lexer, records_the_bracket_left_open_at_end_of_file) {
    LexResult r;
    lexer_tokenize("f(a, [b,\n", 9, &r);
    cr_expect_eq(r.tokens[r.ntokens - 1].kind, TOK_EOF_IN_BRACKET);
    cr_expect_eq(r.open_char, '[');
    cr_expect_eq(r.open_line, 1);
    cr_expect_eq(r.open_col, 5);
    cr_expect(!r.failed);
    lexer_result_free(&r);
}

Test(lexer, reports_malformed_numbers_like_cpython) {
    check_lex_error("x = 1abc\n", "SyntaxError: invalid decimal literal (1 5 1 5)");
    check_lex_error("x = 1_\n", "SyntaxError: invalid decimal literal (1 6 1 6)");
    check_lex_error("x = 1e+\n", "SyntaxError: invalid decimal literal (1 7 1 7)");
    check_lex_error("x = 0b12\n", "SyntaxError: invalid digit '2' in binary literal (1 8 1 8)");
    check_lex_error("x = 0x\n", "SyntaxError: invalid hexadecimal literal (1 6 1 6)");
    check_lex_error("x = 0o8\n", "SyntaxError: invalid digit '8' in octal literal (1 7 1 7)");
    check_lex_error("x = 012\n", "SyntaxError: leading zeros in decimal integer literals are not "
                                 "permitted; use an 0o prefix for octal integers (1 5 1 6)");
}

Test(lexer, leaves_indentation_errors_for_the_parser_to_reach) {
    check_tokens("if x:\n    a\n  b\n",
                 "'if'@1:0-1:2 NAME@1:3-1:4 ':'@1:4-1:5 NEWLINE INDENT NAME@2:4-2:5 NEWLINE "
                 "ERRORTOKEN@3:2-3:2 | IndentationError: unindent does not match any outer "
                 "indentation level (3 4 3 -1) soft");
    check_lex_error("if x:\n\ta\n        b\n", "TabError: inconsistent use of tabs and spaces in "
                                               "indentation (3 1 3 0) soft");
    check_lex_error("x = 1 \\ 2\n", "SyntaxError: unexpected character after line continuation "
                                    "character (1 8 1 0) soft");
}

Test(lexer, takes_indentation_from_before_a_backslash) {
    check_tokens("if x:\n  \\\n    y\n", "'if'@1:0-1:2 NAME@1:3-1:4 ':'@1:4-1:5 NEWLINE INDENT "
                                         "NAME@3:4-3:5 NEWLINE DEDENT ENDMARKER");
}

Test(lexer, stops_at_a_line_with_a_null_byte) {
    LexResult r;
    lexer_tokenize("a\nb\0c\n", 6, &r);
    cr_expect(r.failed);
    cr_expect_str_eq(r.error.msg, "source code cannot contain null bytes");
    cr_expect_eq(r.error.line, 2);
    cr_expect_eq(r.tokens[r.ntokens - 1].kind, TOK_ERRORTOKEN);
    lexer_result_free(&r);
}

Test(lexer, rejects_bytes_that_are_not_utf8) {
    check_lex_error("a\n# \xC0\x80\n", "SyntaxError: Non-UTF-8 code starting with '\\xc0' in file  "
                                       "on line 2, but no encoding declared; see "
                                       "https://peps.python.org/pep-0263/ for details (0 0 0 0)");
}

Test(lexer, reads_an_expression_as_if_inside_brackets) {
    LexResult r;
    const char *src = "a +\n  b";
    cr_assert(lexer_tokenize_expression(src, strlen(src), 5, 10, &r));
    cr_expect_eq(r.ntokens, 4);
    cr_expect_eq(r.tokens[0].line, 5);
    cr_expect_eq(r.tokens[0].col, 10);
    cr_expect_eq(r.tokens[2].line, 6);
    cr_expect_eq(r.tokens[2].col, 2);
    cr_expect_eq(r.tokens[3].kind, TOK_EOF_IN_BRACKET);
    cr_expect_eq(r.tokens[3].level, 1);
    lexer_result_free(&r);
}

Test(lexer, handles_an_empty_source) {
    check_tokens("", "ENDMARKER");
    check_tokens("   \n\t\n", "ENDMARKER");
}
