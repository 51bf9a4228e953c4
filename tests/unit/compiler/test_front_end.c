// Tests for compiler/lexer.re and compiler/parser.c through their public
// entry points: tokens, tree shapes and spans, and CPython's syntax errors.
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/lexer.h"
#include "compiler/parser.h"

static int count_kind(const LexResult *r, TokenKind kind) {
    int n = 0;
    for (int i = 0; i < r->ntokens; i++) {
        n += r->tokens[i].kind == kind;
    }
    return n;
}

Test(front_end_lexer, makes_indent_and_dedent_tokens_from_indentation) {
    const char *src = "if x:\n    y\n    if z:\n        w\nv\n";
    LexResult r;
    cr_assert(lexer_tokenize(src, strlen(src), &r));
    cr_assert_eq(count_kind(&r, TOK_INDENT), 2);
    cr_assert_eq(count_kind(&r, TOK_DEDENT), 2);
    lexer_result_free(&r);
}

Test(front_end_lexer, joins_lines_inside_brackets) {
    const char *src = "x = (1,\n     2)\n";
    LexResult r;
    cr_assert(lexer_tokenize(src, strlen(src), &r));
    cr_assert_eq(count_kind(&r, TOK_NEWLINE), 1);
    lexer_result_free(&r);
}

Test(front_end_lexer, gives_tokens_byte_columns_and_lines) {
    const char *src = "a = 'é'\nbb\n";
    LexResult r;
    cr_assert(lexer_tokenize(src, strlen(src), &r));
    const Token *bb = NULL;
    for (int i = 0; i < r.ntokens; i++) {
        if (r.tokens[i].kind == TOK_NAME && r.tokens[i].len == 2) {
            bb = &r.tokens[i];
        }
    }
    cr_assert_not_null(bb);
    cr_assert_eq(bb->line, 2);
    cr_assert_eq(bb->col, 0);
    lexer_result_free(&r);
}

Test(front_end_lexer, reads_number_values_in_every_base) {
    const char *src = "0x1F 0o17 0b101 1_000 2.5e3\n";
    LexResult r;
    cr_assert(lexer_tokenize(src, strlen(src), &r));
    int64_t want[] = {31, 15, 5, 1000};
    int k = 0;
    for (int i = 0; i < r.ntokens; i++) {
        if (r.tokens[i].kind != TOK_NUMBER) {
            continue;
        }
        bool is_float, big;
        int64_t iv;
        double fv;
        lexer_number_value(&r.tokens[i], &is_float, &iv, &fv, &big);
        if (k < 4) {
            cr_assert_not(is_float);
            cr_assert_eq(iv, want[k]);
        } else {
            cr_assert(is_float);
            cr_assert_float_eq(fv, 2500.0, 1e-9);
        }
        k++;
    }
    cr_assert_eq(k, 5);
    lexer_result_free(&r);
}

static Node *parse(AstArena *a, const char *src) {
    SyntaxErrorInfo err;
    Node *m = parser_parse_module(a, src, strlen(src), &err);
    cr_assert_not_null(m, "parse failed: %s", m ? "" : err.msg);
    return m;
}

Test(front_end_parser, binds_power_tighter_than_unary_minus) {
    AstArena *a = ast_arena_new();
    Node *m = parse(a, "-2**2\n");
    Node *e = m->body.items[0]->a;
    cr_assert_eq(e->kind, N_UNARY);
    cr_assert_eq(e->a->kind, N_BINARY);
    cr_assert_eq(e->a->op, OP_POW);
    ast_arena_free(a);
}

Test(front_end_parser, keeps_comparison_chains_as_one_node) {
    AstArena *a = ast_arena_new();
    Node *e = parse(a, "a < b <= c\n")->body.items[0]->a;
    cr_assert_eq(e->kind, N_COMPARE);
    cr_assert_eq(e->items.len, 2);
    cr_assert_eq(e->cmp_ops[0], CMP_LT);
    cr_assert_eq(e->cmp_ops[1], CMP_LE);
    ast_arena_free(a);
}

Test(front_end_parser, gives_spans_like_the_ast_module) {
    AstArena *a = ast_arena_new();
    // ast.parse('x = f(a)[1]') : the Subscript spans columns 4-11.
    Node *s = parse(a, "x = f(a)[1]\n")->body.items[0];
    cr_assert_eq(s->kind, N_ASSIGN);
    Node *sub = s->a;
    cr_assert_eq(sub->kind, N_SUBSCRIPT);
    cr_assert_eq(sub->span.col, 4);
    cr_assert_eq(sub->span.end_col, 11);
    cr_assert_eq(sub->a->kind, N_CALL);
    cr_assert_eq(sub->a->span.end_col, 8);
    ast_arena_free(a);
}

Test(front_end_parser, turns_elif_into_a_nested_if) {
    AstArena *a = ast_arena_new();
    Node *s = parse(a, "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n")->body.items[0];
    cr_assert_eq(s->kind, N_IF);
    cr_assert_eq(s->orelse.len, 1);
    cr_assert_eq(s->orelse.items[0]->kind, N_IF);
    cr_assert_eq(s->orelse.items[0]->orelse.len, 1);
    ast_arena_free(a);
}

Test(front_end_parser, splits_f_strings_into_text_and_fields) {
    AstArena *a = ast_arena_new();
    Node *e = parse(a, "f'a{x!r:>{w}}b'\n")->body.items[0]->a;
    cr_assert_eq(e->kind, N_FSTRING);
    cr_assert_eq(e->items.len, 3);
    Node *field = e->items.items[1];
    cr_assert_eq(field->kind, N_FVALUE);
    cr_assert_eq(field->conversion, 'r');
    cr_assert_not_null(field->b);
    ast_arena_free(a);
}

Test(front_end_parser, parses_one_expression_for_the_traceback_printer) {
    AstArena *a = ast_arena_new();
    SyntaxErrorInfo err;
    Node *e = parser_parse_expression(a, "a  //  b", 8, &err);
    cr_assert_not_null(e);
    cr_assert_eq(e->kind, N_BINARY);
    cr_assert_eq(e->a->span.end_col, 1);
    cr_assert_eq(e->b->span.col, 7);
    ast_arena_free(a);
}

static void expect_error(const char *src, const char *type, const char *msg, int line) {
    AstArena *a = ast_arena_new();
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    Node *m = parser_parse_module(a, src, strlen(src), &err);
    cr_assert_null(m, "expected a syntax error for %s", src);
    cr_assert_str_eq(err.type, type);
    cr_assert_str_eq(err.msg, msg);
    cr_assert_eq(err.line, line);
    ast_arena_free(a);
}

Test(front_end_parser, reports_a_missing_colon) {
    expect_error("if x\n    pass\n", "SyntaxError", "expected ':'", 1);
}

Test(front_end_parser, reports_an_unclosed_bracket) {
    expect_error("x = (1,\n", "SyntaxError", "'(' was never closed", 1);
}

Test(front_end_parser, reports_a_missing_indented_block) {
    expect_error("def f():\nreturn 1\n", "IndentationError",
                 "expected an indented block after function definition on line 1", 2);
}

Test(front_end_parser, reports_an_unterminated_string) {
    expect_error("s = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)",
                 1);
}

Test(front_end_parser, formats_a_syntax_error_as_python3_prints_it) {
    const char *src = "if x\n    pass\n";
    AstArena *a = ast_arena_new();
    SyntaxErrorInfo err;
    cr_assert_null(parser_parse_module(a, src, strlen(src), &err));
    char *text = parser_format_syntax_error(&err, src, strlen(src), "t.py");
    cr_assert_str_eq(text, "  File \"t.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n");
    free(text);
    ast_arena_free(a);
}

Test(front_end_parser, survives_absurdly_deep_nesting) {
    size_t n = 5000;
    char *src = malloc(2 * n + 2);
    memset(src, '(', n);
    memset(src + n, ')', n);
    src[2 * n] = '\n';
    src[2 * n + 1] = '\0';
    AstArena *a = ast_arena_new();
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    Node *m = parser_parse_module(a, src, 2 * n + 1, &err);
    cr_assert_null(m); // too deep: an error, not a crash
    ast_arena_free(a);
    free(src);
}
