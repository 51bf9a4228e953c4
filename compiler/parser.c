// The parser: a recursive-descent reading of the token array into the tree
// of compiler/ast.h, following CPython 3.11's grammar for the subset in
// LANGUAGE.md (and rejecting, with a clear message, Python it does not
// support: yield, async, walrus, match, relative and star imports).
// Spans follow CPython's rule: a node runs from the first token its rule
// consumed to the last one, so `(a)+b` starts at the parenthesis while the
// `a` inside does not. Annotations are read and dropped.
//
// Errors. CPython parses twice: a fast pass, then, only if that failed, a
// pass with extra "invalid_*" rules that explain the failure. Here the
// explanations run on the spot, where the grammar fails, and give the same
// message and position for the mistakes people make. Failing unwinds with
// longjmp, in one of two ways (see RAISED and NO_MATCH): an explanation is
// raised and reaches the top, while a plain mismatch can be caught to try
// a shorter reading, as a PEG parser backtracks. Every allocation is in the
// arena, or on the list of token arrays freed at the end, so nothing leaks.
// Which error wins when the tokenizer also objects is settled in run_parser,
// mirroring how CPython tokenizes the rest of the file after a parse error.
// Checks CPython makes after parsing (names, `return` outside a function)
// are the code generator's.
#include "compiler/parser.h"

#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/lexer.h"
#include "runtime/text.h"

enum {
    // C stack the parser may use before giving up on absurd nesting.
    STACK_LIMIT = 3 * 1024 * 1024,
    // The deepest tree CPython 3.11 compiles, counting the module as 1.
    MAX_AST_DEPTH = 3001,
    // Format specs may nest replacement fields this deep.
    MAX_FSTRING_NESTING = 2,
};

// What every parser of one parse shares, including the parsers of f-string
// replacement fields.
typedef struct Shared {
    SyntaxErrorInfo *err;
    bool fatal; // the error must not be swallowed by a speculative parse
    bool keep;  // the error stands even if the tokenizer failed later
    uintptr_t stack_base;
    struct LexList *lexes; // token arrays to free at the end
    // The line to show for the error when it is not a line of the source:
    // CPython shows "(expr)" for errors inside an f-string field.
    const char *display;
    size_t display_len;
} Shared;

typedef struct LexList {
    LexResult lex;
    struct LexList *next;
} LexList;

typedef struct Parser {
    AstArena *arena;
    Shared *sh;
    const LexResult *lex;
    const Token *toks;
    int ntoks;
    int pos;
    int max_pos;     // furthest token looked at: where "invalid syntax" points
    int max_pos_any; // the same, counting speculative looks
    bool quiet;      // explanations off: an error is just a failed match
    bool fstring;    // a replacement field: messages get "f-string: "
    // The replacement field's text and where it starts in the source.
    const char *fexpr, *fexpr_end;
    int fline, fcol;
    jmp_buf *jmp;
} Parser;

typedef Node *(*ParseFn)(Parser *p);

static Node *parse_expression(Parser *p);
static Node *parse_expression_ex(Parser *p, bool explain);
static Node *parse_named_expression(Parser *p);
static Node *parse_named_expression_ex(Parser *p, bool explain);
static Node *parse_star_expressions(Parser *p);
static Node *parse_star_expression(Parser *p);
static Node *parse_disjunction(Parser *p);
static Node *parse_bitwise_or(Parser *p);
static Node *parse_factor(Parser *p);
static Node *parse_factor_ctx(Parser *p, void *ctx);
static Node *parse_strings(Parser *p);
static void parse_statement(Parser *p, NodeList *body);

// ---- errors -----------------------------------------------------------------

// Two ways to fail, as in CPython's parser: an error that has been raised
// (RAISED: it propagates to the top) and an alternative that simply does not
// match (NO_MATCH: a speculative parse catches it and tries something else;
// at the top it is reported as the generic "invalid syntax").
enum { RAISED = 1, NO_MATCH = 2 };

static _Noreturn void fail(Parser *p) {
    // With explanations off (see parse_quiet_expression) an explanation
    // just means the alternative does not match.
    longjmp(*p->jmp, p->quiet && !p->sh->fatal ? NO_MATCH : RAISED);
}

// CPython parses a replacement field as the text "(expr)" and reports
// errors in it on that text: the first line gains the parenthesis, later
// lines keep their columns minus that of the '{' (which can go negative,
// and then no caret is shown). Maps a source position (byte column col) in
// the field to that line (*line) and offset, and sets the text to show.
static int field_offset(Parser *p, int *line, int col, bool show) {
    const char *e = p->fexpr, *end = p->fexpr_end;
    const char *at;
    if (*line == p->fline) {
        at = e + (col - p->fcol);
    } else {
        int l = p->fline;
        const char *q = e;
        while (q < end && l < *line) {
            if (*q++ == '\n') {
                l++;
            }
        }
        at = q + col;
    }
    if (at < e) {
        at = e;
    }
    if (at > end) {
        at = end;
    }
    int k = 0;
    const char *line_start = e;
    for (const char *q = e; q < at; q++) {
        if (*q == '\n') {
            k++;
            line_start = q + 1;
        }
    }
    *line = p->fline + k;
    if (show) {
        const char *stop = memchr(line_start, '\n', (size_t)(end - line_start));
        bool last = stop == NULL;
        stop = last ? end : stop;
        size_t n = (size_t)(stop - line_start);
        char *text = ast_arena_alloc(p->arena, n + 3);
        size_t len = 0;
        if (k == 0) {
            text[len++] = '(';
        }
        memcpy(text + len, line_start, n);
        len += n;
        if (last) {
            text[len++] = ')';
        }
        p->sh->display = text;
        p->sh->display_len = len;
    }
    int fake_col = (int)(at - line_start) + (k == 0 ? 1 : 0);
    return k == 0 ? fake_col + 1 : fake_col + 1 - (p->fcol - 1);
}

static void set_error(Parser *p, const char *type, int line, int offset, int end_line,
                      int end_offset, const char *msg) {
    SyntaxErrorInfo *e = p->sh->err;
    snprintf(e->type, sizeof e->type, "%s", type);
    // Prefix and message, cut to fit (not snprintf: gcc frets about the cut).
    const char *prefix = p->fstring && strncmp(msg, "f-string", 8) != 0 ? "f-string: " : "";
    size_t a = strlen(prefix), b = strlen(msg);
    if (a + b >= sizeof e->msg) {
        b = sizeof e->msg - 1 - a;
    }
    memcpy(e->msg, prefix, a);
    memcpy(e->msg + a, msg, b);
    e->msg[a + b] = '\0';
    p->sh->display = NULL;
    if (p->fexpr && offset > 0) {
        offset = field_offset(p, &line, offset - 1, true);
        if (end_offset > 0) {
            end_offset = field_offset(p, &end_line, end_offset - 1, false);
        }
    }
    e->line = line;
    e->offset = offset;
    e->end_line = end_line;
    e->end_offset = end_offset;
}

static _Noreturn void error_span(Parser *p, const char *type, Span s, const char *msg) {
    set_error(p, type, s.line, s.col + 1, s.end_line, s.end_col + 1, msg);
    fail(p);
}

static Span join_spans(Span a, Span b) {
    Span s = {a.line, b.end_line, a.col, b.end_col};
    return s;
}

static _Noreturn void error_node(Parser *p, const Node *n, const char *msg) {
    error_span(p, "SyntaxError", n->span, msg);
}

// An error located at a token. Tokens past the last line (DEDENT, ENDMARKER)
// have no column: CPython reports offset 0 for them, and end_offset 0 or -1
// depending on how the error was raised.
static _Noreturn void error_token(Parser *p, const char *type, const Token *t, const char *msg,
                                  int eof_end) {
    if (t->col < 0) {
        set_error(p, type, t->line, 0, t->line, eof_end, msg);
    } else if (t->kind == TOK_INDENT) {
        set_error(p, type, t->line, t->end_col, t->line, -1, msg);
    } else {
        set_error(p, type, t->line, t->col + 1, t->end_line, t->end_col + 1, msg);
    }
    fail(p);
}

// The furthest token the grammar has looked at: CPython's "last token".
static const Token *last_seen(Parser *p) {
    return &p->toks[p->max_pos];
}

// An error CPython raises at its last token without a known location.
static _Noreturn void error_last(Parser *p, const char *msg) {
    error_token(p, "SyntaxError", last_seen(p), msg, -1);
}

static _Noreturn void invalid_syntax(Parser *p) {
    const Token *t = last_seen(p);
    // CPython reports these without looking at the rest of the file.
    if (t->kind == TOK_INDENT) {
        p->sh->keep = true;
        error_token(p, "IndentationError", t, "unexpected indent", -1);
    }
    if (t->kind == TOK_DEDENT) {
        p->sh->keep = true;
        error_token(p, "IndentationError", t, "unexpected unindent", -1);
    }
    set_error(p, "SyntaxError", t->line, t->col < 0 ? 0 : t->col + 1, t->end_line,
              t->col < 0 ? 0 : t->end_col + 1, "invalid syntax");
    longjmp(*p->jmp, NO_MATCH);
}

static _Noreturn void unsupported(Parser *p, const Token *t, const char *msg) {
    error_token(p, "SyntaxError", t, msg, 0);
}

static _Noreturn void unclosed_bracket(Parser *p) {
    char msg[64];
    snprintf(msg, sizeof msg, "'%c' was never closed", p->lex->open_char);
    set_error(p, "SyntaxError", p->lex->open_line, p->lex->open_col + 1, p->lex->open_line, 0, msg);
    p->sh->fatal = true;
    fail(p);
}

// Guards the C stack against inputs nested beyond reason. CPython gives up
// on such input with the same RecursionError.
static void enter(Parser *p) {
    char here;
    uintptr_t now = (uintptr_t)&here;
    uintptr_t used = now > p->sh->stack_base ? now - p->sh->stack_base : p->sh->stack_base - now;
    if (used > STACK_LIMIT) {
        SyntaxErrorInfo *e = p->sh->err;
        memset(e, 0, sizeof *e);
        snprintf(e->type, sizeof e->type, "RecursionError");
        snprintf(e->msg, sizeof e->msg, "maximum recursion depth exceeded during compilation");
        p->sh->fatal = true;
        fail(p);
    }
}

// ---- tokens -----------------------------------------------------------------

static void note(Parser *p, int i) {
    if (i > p->max_pos) {
        p->max_pos = i;
    }
    if (i > p->max_pos_any) {
        p->max_pos_any = i;
    }
    if (p->toks[i].kind == TOK_EOF_IN_BRACKET) {
        // CPython's tokenizer raises this the moment the parser asks for it.
        unclosed_bracket(p);
    }
    if (p->toks[i].kind == TOK_ERRORTOKEN) {
        const LexError *e = &p->lex->error;
        set_error(p, e->type, e->line, e->offset, e->end_line, e->end_offset, e->msg);
        p->sh->fatal = true;
        fail(p);
    }
}

static const Token *peek(Parser *p) {
    note(p, p->pos);
    return &p->toks[p->pos];
}

static TokenKind kind(Parser *p) {
    return peek(p)->kind;
}

static const Token *peek2(Parser *p) {
    int i = p->pos + 1 < p->ntoks ? p->pos + 1 : p->ntoks - 1;
    note(p, i);
    return &p->toks[i];
}

static const Token *advance(Parser *p) {
    const Token *t = peek(p);
    if (p->pos < p->ntoks - 1) {
        p->pos++;
    }
    return t;
}

static bool accept(Parser *p, TokenKind k) {
    if (kind(p) == k) {
        advance(p);
        return true;
    }
    return false;
}

static const Token *expect(Parser *p, TokenKind k) {
    if (kind(p) != k) {
        invalid_syntax(p);
    }
    return advance(p);
}

// A ':' that CPython demands outright ("&&':'" in its grammar).
static void expect_forced(Parser *p, TokenKind k, const char *msg) {
    if (kind(p) != k) {
        error_token(p, "SyntaxError", peek(p), msg, -1);
    }
    advance(p);
}

// A ':' ending a compound statement header: a line that just stops gets
// "expected ':'", anything else is plain invalid syntax.
static void expect_colon(Parser *p) {
    if (kind(p) == TOK_NEWLINE) {
        error_token(p, "SyntaxError", peek(p), "expected ':'", -1);
    }
    expect(p, TOK_COLON);
}

static bool is_layout(TokenKind k) {
    return k == TOK_NEWLINE || k == TOK_INDENT || k == TOK_DEDENT;
}

// The span from token `start` to the last token consumed that is not layout.
static Span span_from(Parser *p, int start) {
    int last = p->pos - 1;
    while (last > start && is_layout(p->toks[last].kind)) {
        last--;
    }
    if (last < start) {
        last = start;
    }
    const Token *a = &p->toks[start], *b = &p->toks[last];
    Span s = {a->line, b->end_line, a->col, b->end_col};
    return s;
}

static Node *new_node(Parser *p, NodeKind k, int start) {
    return ast_node_new(p->arena, k, span_from(p, start));
}

static const char *token_text(Parser *p, const Token *t) {
    return ast_arena_strdup(p->arena, t->start, (size_t)t->len);
}

static bool token_is(const Token *t, const char *s) {
    return t->len == (int)strlen(s) && memcmp(t->start, s, (size_t)t->len) == 0;
}

// The index of the first non-layout token starting at (line, col), or -1.
// Only error explanations need it, so a plain scan will do.
static int token_index_at(Parser *p, int line, int col) {
    for (int i = 0; i < p->ntoks; i++) {
        const Token *t = &p->toks[i];
        if (t->line == line && t->col == col && !is_layout(t->kind)) {
            return i;
        }
    }
    return -1;
}

static bool starts_expression(TokenKind k) {
    switch (k) {
    case TOK_NAME:
    case TOK_NUMBER:
    case TOK_STRING:
    case TOK_LPAR:
    case TOK_LSQB:
    case TOK_LBRACE:
    case TOK_MINUS:
    case TOK_PLUS:
    case TOK_TILDE:
    case TOK_NOT:
    case TOK_LAMBDA:
    case TOK_NONE:
    case TOK_TRUE:
    case TOK_FALSE:
    case TOK_ELLIPSIS:
    case TOK_AWAIT:
        return true;
    default:
        return false;
    }
}

// ---- speculation ------------------------------------------------------------

typedef Node *(*ParseCtxFn)(Parser *p, void *ctx);

// Runs fn(p, ctx), catching a failure to match but not a raised error. On
// a match the parser is left after it; otherwise it is put back, with the
// pending error as it was, and NULL is returned.
static Node *try_parse(Parser *p, ParseCtxFn fn, void *ctx) {
    jmp_buf buf;
    jmp_buf *outer = p->jmp;
    int pos = p->pos;
    SyntaxErrorInfo saved = *p->sh->err;
    bool keep = p->sh->keep, quiet = p->quiet;
    const char *display = p->sh->display;
    size_t display_len = p->sh->display_len;
    Node *volatile result = NULL;
    p->jmp = &buf;
    int rc = setjmp(buf);
    if (rc == 0) {
        result = fn(p, ctx);
    }
    p->jmp = outer;
    p->quiet = quiet;
    if (rc == RAISED || p->sh->fatal) {
        fail(p);
    }
    if (!result) {
        p->pos = pos;
        *p->sh->err = saved;
        p->sh->keep = keep;
        p->sh->display = display;
        p->sh->display_len = display_len;
    }
    return result;
}

// A PEG parser's backtracking, used where CPython's grammar settles for a
// shorter match (`a + <junk>` is still `a`): the tokens fn looked at count
// for where "invalid syntax" points.
static Node *attempt(Parser *p, ParseCtxFn fn, void *ctx) {
    return try_parse(p, fn, ctx);
}

typedef struct Plain {
    ParseFn fn;
} Plain;

static Node *call_plain(Parser *p, void *ctx) {
    return ((Plain *)ctx)->fn(p);
}

// Looks ahead with fn for an explanation, as CPython's second pass does:
// the parser stays where it was, and so does the furthest token seen.
// Returns fn's node, or NULL if it did not match, with the position after
// it in *end.
static Node *speculate(Parser *p, ParseFn fn, int *end) {
    int pos = p->pos, max_pos = p->max_pos;
    Plain plain = {fn};
    Node *n = try_parse(p, call_plain, &plain);
    if (end) {
        *end = p->pos;
    }
    p->pos = pos;
    p->max_pos = max_pos;
    return n;
}

// ---- names for messages --------------------------------------------------------

static const char *expr_name(const Node *n) {
    switch (n->kind) {
    case N_ATTR:
        return "attribute";
    case N_SUBSCRIPT:
        return "subscript";
    case N_STARRED:
        return "starred";
    case N_NAME:
        return "name";
    case N_LIST:
        return "list";
    case N_TUPLE:
        return "tuple";
    case N_LAMBDA:
        return "lambda";
    case N_CALL:
        return "function call";
    case N_BOOL:
    case N_BINARY:
    case N_UNARY:
        return "expression";
    case N_GENEXP:
        return "generator expression";
    case N_LISTCOMP:
        return "list comprehension";
    case N_SETCOMP:
        return "set comprehension";
    case N_DICTCOMP:
        return "dict comprehension";
    case N_DICT:
        return "dict literal";
    case N_SET:
        return "set display";
    case N_FSTRING:
    case N_FVALUE:
        return "f-string expression";
    case N_COMPARE:
        return "comparison";
    case N_IFEXP:
        return "conditional expression";
    case N_CONST:
        switch (n->const_kind) {
        case CONST_NONE:
            return "None";
        case CONST_TRUE:
            return "True";
        case CONST_FALSE:
            return "False";
        default:
            return "ellipsis";
        }
    default:
        return "literal";
    }
}

typedef enum TargetKind { TARGET_STORE, TARGET_DEL, TARGET_FOR } TargetKind;

// The first part of n that cannot be assigned to (or deleted), or NULL.
static const Node *invalid_target(const Node *n, TargetKind k) {
    switch (n->kind) {
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < n->items.len; i++) {
            const Node *bad = invalid_target(n->items.items[i], k);
            if (bad) {
                return bad;
            }
        }
        return NULL;
    case N_STARRED:
        return k == TARGET_DEL ? n : invalid_target(n->a, k);
    case N_COMPARE:
        if (k == TARGET_FOR && n->cmp_ops[0] == CMP_IN) {
            return invalid_target(n->a, k);
        }
        return n;
    case N_NAME:
    case N_ATTR:
    case N_SUBSCRIPT:
        return NULL;
    default:
        return n;
    }
}

static void check_target(Parser *p, const Node *n, TargetKind k) {
    const Node *bad = invalid_target(n, k);
    if (bad) {
        char msg[96];
        snprintf(msg, sizeof msg, "cannot %s %s", k == TARGET_DEL ? "delete" : "assign to",
                 expr_name(bad));
        error_node(p, bad, msg);
    }
}

// True when n, as written, is a bitwise_or in CPython's grammar: anything
// but a comparison, boolean operation, `not`, conditional, lambda or
// starred expression that is not wrapped in parentheses.
static bool is_bitwise_or(Parser *p, const Node *n) {
    bool low = n->kind == N_COMPARE || n->kind == N_BOOL || n->kind == N_IFEXP ||
               n->kind == N_LAMBDA || n->kind == N_STARRED ||
               (n->kind == N_UNARY && n->op == OP_NOT);
    if (!low) {
        return true;
    }
    int i = token_index_at(p, n->span.line, n->span.col);
    return i > 0 && p->toks[i - 1].kind == TOK_LPAR;
}

// `x = 1` where an expression was expected (an if condition, a list item):
// CPython's "Maybe you meant '=='" family. Called with the expression just
// parsed and the parser at the '='.
static void check_assign_in_expression(Parser *p, int start, Node *e) {
    if (kind(p) != TOK_EQUAL) {
        return;
    }
    int here = p->pos;
    advance(p);
    int end;
    Node *v = speculate(p, parse_bitwise_or, &end);
    p->pos = here;
    if (!v || p->toks[end].kind == TOK_EQUAL || p->toks[end].kind == TOK_COLONEQUAL) {
        return;
    }
    if (e->kind == N_NAME && p->toks[start].kind == TOK_NAME && start + 1 == here) {
        error_span(p, "SyntaxError", join_spans(e->span, v->span),
                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    if (e->kind == N_LIST || e->kind == N_TUPLE || e->kind == N_GENEXP ||
        (e->kind == N_CONST && e->const_kind != CONST_ELLIPSIS) || !is_bitwise_or(p, e)) {
        return;
    }
    char msg[128];
    snprintf(msg, sizeof msg, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
             expr_name(e));
    error_node(p, e, msg);
}

// The forgotten comma's second expression: parsed, as CPython's
// expression_without_invalid, with every explanation switched off.
static Node *parse_quiet_expression(Parser *p) {
    bool quiet = p->quiet;
    p->quiet = true;
    Node *e = parse_expression_ex(p, false);
    p->quiet = quiet;
    return e;
}

// CPython 3.11 takes any name that is a prefix of a soft keyword ("_",
// "case", "match": so also "c" or "ma") for one, and then skips the
// forgotten-comma explanation.
static bool prefix_of_soft_keyword(const Token *t) {
    static const char *const soft[] = {"_", "case", "match"};
    for (size_t i = 0; i < sizeof soft / sizeof *soft; i++) {
        if ((size_t)t->len <= strlen(soft[i]) && memcmp(t->start, soft[i], (size_t)t->len) == 0) {
            return true;
        }
    }
    return false;
}

static bool is_legacy_name(const Node *a) {
    return a->kind == N_NAME && (strcmp(a->name, "print") == 0 || strcmp(a->name, "exec") == 0);
}

// Two expressions side by side with nothing between them, which CPython
// explains as a forgotten comma (inside brackets) or as Python 2's print.
static void check_juxtaposed(Parser *p, int start, Node *a) {
    if (!starts_expression(kind(p)) || p->quiet) {
        return;
    }
    const Token *first = &p->toks[start];
    bool one_name = a->kind == N_NAME && first->kind == TOK_NAME && start + 1 == p->pos;
    if (!(first->kind == TOK_NAME &&
          (p->toks[start + 1].kind == TOK_STRING || prefix_of_soft_keyword(first))) &&
        !(one_name && is_legacy_name(a))) {
        int end;
        Node *b = speculate(p, parse_quiet_expression, &end);
        if (b && p->toks[end - 1].level > 0) {
            error_span(p, "SyntaxError", join_spans(a->span, b->span),
                       "invalid syntax. Perhaps you forgot a comma?");
        }
    }
    // CPython then reads what follows any leading name (not followed by
    // '('), explanations on, and complains only if the name is print/exec.
    if (first->kind == TOK_NAME && p->toks[start + 1].kind != TOK_LPAR) {
        int here = p->pos;
        p->pos = start + 1;
        Node *b = speculate(p, parse_star_expressions, NULL);
        p->pos = here;
        if (b && one_name && is_legacy_name(a)) {
            char msg[96];
            snprintf(msg, sizeof msg, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                     a->name, a->name);
            error_span(p, "SyntaxError", join_spans(a->span, b->span), msg);
        }
    }
}

// ---- atoms --------------------------------------------------------------------

static Node *parse_number(Parser *p) {
    int start = p->pos;
    const Token *t = advance(p);
    char last = (char)(t->start[t->len - 1] | 0x20);
    if (last == 'j' && !(t->len > 2 && t->start[0] == '0' && (t->start[1] | 0x20) == 'x')) {
        unsupported(p, t, "imaginary numbers are not supported");
    }
    bool is_float, big;
    int64_t i;
    double f;
    lexer_number_value(t, &is_float, &i, &f, &big);
    Node *n = new_node(p, is_float ? N_FLOAT : N_INT, start);
    if (is_float) {
        n->f = f;
    } else if (big) {
        char *digits = ast_arena_alloc(p->arena, (size_t)t->len + 1);
        n->str_len = lexer_number_digits(t, digits);
        n->str = digits;
        n->big = true;
    } else {
        n->i = i;
    }
    return n;
}

static Node *parse_starred(Parser *p) {
    int start = p->pos;
    expect(p, TOK_STAR);
    Node *v = parse_bitwise_or(p);
    Node *n = new_node(p, N_STARRED, start);
    n->a = v;
    return n;
}

// '*' bitwise_or | named_expression, as in a display.
static Node *parse_star_named_expression(Parser *p) {
    if (kind(p) == TOK_STAR) {
        return parse_starred(p);
    }
    int start = p->pos;
    Node *e = parse_named_expression(p);
    check_assign_in_expression(p, start, e);
    return e;
}

// Target of a `for`: '*' bitwise_or | bitwise_or, checked afterwards.
static Node *parse_target_elem(Parser *p) {
    return kind(p) == TOK_STAR ? parse_starred(p) : parse_bitwise_or(p);
}

static Node *parse_target_list(Parser *p) {
    int start = p->pos;
    Node *first = parse_target_elem(p);
    if (kind(p) != TOK_COMMA) {
        return first;
    }
    Node *t = new_node(p, N_TUPLE, start);
    ast_list_push(p->arena, &t->items, first);
    while (accept(p, TOK_COMMA)) {
        TokenKind k = kind(p);
        if (!starts_expression(k) && k != TOK_STAR) {
            break;
        }
        ast_list_push(p->arena, &t->items, parse_target_elem(p));
    }
    t->span = span_from(p, start);
    return t;
}

// The 'in' after a for target. Without it CPython reads the target again
// as an expression, which may explain the mistake.
static void expect_in(Parser *p, int target_start) {
    if (kind(p) != TOK_IN) {
        int here = p->pos;
        p->pos = target_start;
        speculate(p, parse_star_expressions, NULL);
        p->pos = here;
        invalid_syntax(p);
    }
    advance(p);
}

// for_if_clause+: 'for' targets 'in' disjunction ('if' disjunction)*
static void parse_comp_fors(Parser *p, NodeList *comps) {
    while (kind(p) == TOK_FOR || kind(p) == TOK_ASYNC) {
        if (kind(p) == TOK_ASYNC) {
            unsupported(p, peek(p), "asynchronous comprehensions are not supported");
        }
        int start = p->pos;
        advance(p);
        int t_start = p->pos;
        Node *target = parse_target_list(p);
        check_target(p, target, TARGET_FOR);
        expect_in(p, t_start);
        Node *iter = parse_disjunction(p);
        Node *c = new_node(p, N_COMPFOR, start);
        c->a = target;
        c->b = iter;
        while (accept(p, TOK_IF)) {
            ast_list_push(p->arena, &c->items, parse_disjunction(p));
        }
        c->span = span_from(p, start);
        ast_list_push(p->arena, comps, c);
    }
}

static void no_unpacking_in_comprehension(Parser *p, const Node *elt) {
    if (elt->kind == N_STARRED) {
        error_node(p, elt, "iterable unpacking cannot be used in comprehension");
    }
}

// '(' ... ')': empty tuple, tuple, generator expression or a group.
static Node *parse_paren(Parser *p) {
    int start = p->pos;
    advance(p);
    if (accept(p, TOK_RPAR)) {
        return new_node(p, N_TUPLE, start);
    }
    if (kind(p) == TOK_YIELD) {
        unsupported(p, peek(p), "'yield' is not supported");
    }
    if (kind(p) == TOK_DOUBLESTAR) {
        error_token(p, "SyntaxError", peek(p), "cannot use double starred expression here", 0);
    }
    Node *first = parse_star_named_expression(p);
    if (kind(p) == TOK_FOR) {
        no_unpacking_in_comprehension(p, first);
        Node *g = new_node(p, N_GENEXP, start);
        g->a = first;
        parse_comp_fors(p, &g->comps);
        expect(p, TOK_RPAR);
        g->span = span_from(p, start);
        return g;
    }
    if (kind(p) == TOK_COMMA) {
        Node *t = new_node(p, N_TUPLE, start);
        ast_list_push(p->arena, &t->items, first);
        while (accept(p, TOK_COMMA)) {
            if (kind(p) == TOK_RPAR) {
                break;
            }
            ast_list_push(p->arena, &t->items, parse_star_named_expression(p));
        }
        expect(p, TOK_RPAR);
        t->span = span_from(p, start);
        return t;
    }
    if (first->kind == N_STARRED && kind(p) == TOK_RPAR) {
        error_node(p, first, "cannot use starred expression here");
    }
    expect(p, TOK_RPAR);
    return first;
}

static Node *parse_list(Parser *p) {
    int start = p->pos;
    advance(p);
    Node *n = new_node(p, N_LIST, start);
    if (accept(p, TOK_RSQB)) {
        n->span = span_from(p, start);
        return n;
    }
    Node *first = parse_star_named_expression(p);
    if (kind(p) == TOK_FOR) {
        no_unpacking_in_comprehension(p, first);
        n->kind = N_LISTCOMP;
        n->a = first;
        parse_comp_fors(p, &n->comps);
        expect(p, TOK_RSQB);
        n->span = span_from(p, start);
        return n;
    }
    ast_list_push(p->arena, &n->items, first);
    while (accept(p, TOK_COMMA)) {
        if (kind(p) == TOK_RSQB) {
            break;
        }
        ast_list_push(p->arena, &n->items, parse_star_named_expression(p));
    }
    if (kind(p) == TOK_FOR) {
        Node *last = n->items.items[n->items.len - 1];
        error_span(p, "SyntaxError", join_spans(first->span, last->span),
                   "did you forget parentheses around the comprehension target?");
    }
    expect(p, TOK_RSQB);
    n->span = span_from(p, start);
    return n;
}

// A dict value after "key :".
static Node *parse_dict_value(Parser *p, const Token *colon) {
    TokenKind k = kind(p);
    if (k == TOK_RBRACE || k == TOK_COMMA) {
        error_token(p, "SyntaxError", colon, "expression expected after dictionary key and ':'",
                    -1);
    }
    if (k == TOK_STAR) {
        Node *s = parse_starred(p);
        error_node(p, s, "cannot use a starred expression in a dictionary value");
    }
    return parse_expression(p);
}

static Node *parse_brace(Parser *p) {
    int start = p->pos;
    advance(p);
    Node *n = new_node(p, N_DICT, start);
    if (accept(p, TOK_RBRACE)) {
        n->span = span_from(p, start);
        return n;
    }
    bool is_dict;
    if (kind(p) == TOK_DOUBLESTAR) {
        const Token *dstar = advance(p);
        Node *v = parse_bitwise_or(p);
        if (kind(p) == TOK_FOR) {
            error_token(p, "SyntaxError", dstar,
                        "dict unpacking cannot be used in dict comprehension", 0);
        }
        ast_list_push(p->arena, &n->items, NULL);
        ast_list_push(p->arena, &n->values, v);
        is_dict = true;
    } else {
        Node *first = parse_star_named_expression(p);
        if (first->kind != N_STARRED && kind(p) == TOK_COLON) {
            const Token *colon = advance(p);
            Node *v = parse_dict_value(p, colon);
            if (kind(p) == TOK_FOR) {
                n->kind = N_DICTCOMP;
                n->a = first;
                n->b = v;
                parse_comp_fors(p, &n->comps);
                expect(p, TOK_RBRACE);
                n->span = span_from(p, start);
                return n;
            }
            ast_list_push(p->arena, &n->items, first);
            ast_list_push(p->arena, &n->values, v);
            is_dict = true;
        } else {
            if (kind(p) == TOK_FOR) {
                no_unpacking_in_comprehension(p, first);
                n->kind = N_SETCOMP;
                n->a = first;
                parse_comp_fors(p, &n->comps);
                expect(p, TOK_RBRACE);
                n->span = span_from(p, start);
                return n;
            }
            n->kind = N_SET;
            ast_list_push(p->arena, &n->items, first);
            is_dict = false;
        }
    }
    while (accept(p, TOK_COMMA)) {
        if (kind(p) == TOK_RBRACE) {
            break;
        }
        if (!is_dict) {
            ast_list_push(p->arena, &n->items, parse_star_named_expression(p));
            continue;
        }
        if (accept(p, TOK_DOUBLESTAR)) {
            ast_list_push(p->arena, &n->items, NULL);
            ast_list_push(p->arena, &n->values, parse_bitwise_or(p));
            continue;
        }
        // CPython checks for the ':' before explaining anything inside
        // the key, and puts the caret on the key's last character.
        Node *k = parse_expression_ex(p, false);
        if (kind(p) != TOK_COLON) {
            set_error(p, "SyntaxError", k->span.line, k->span.end_col, k->span.end_line, 0,
                      "':' expected after dictionary key");
            fail(p);
        }
        const Token *colon = advance(p);
        ast_list_push(p->arena, &n->items, k);
        ast_list_push(p->arena, &n->values, parse_dict_value(p, colon));
    }
    expect(p, TOK_RBRACE);
    n->span = span_from(p, start);
    return n;
}

static Node *parse_atom(Parser *p) {
    int start = p->pos;
    const Token *t = peek(p);
    Node *n;
    switch (t->kind) {
    case TOK_NAME:
        advance(p);
        n = new_node(p, N_NAME, start);
        n->name = token_text(p, t);
        return n;
    case TOK_TRUE:
    case TOK_FALSE:
    case TOK_NONE:
    case TOK_ELLIPSIS:
        advance(p);
        n = new_node(p, N_CONST, start);
        n->const_kind = t->kind == TOK_TRUE    ? CONST_TRUE
                        : t->kind == TOK_FALSE ? CONST_FALSE
                        : t->kind == TOK_NONE  ? CONST_NONE
                                               : CONST_ELLIPSIS;
        return n;
    case TOK_NUMBER:
        return parse_number(p);
    case TOK_STRING:
        return parse_strings(p);
    case TOK_LPAR:
        return parse_paren(p);
    case TOK_LSQB:
        return parse_list(p);
    case TOK_LBRACE:
        return parse_brace(p);
    case TOK_YIELD:
        unsupported(p, t, "'yield' is not supported");
    case TOK_AWAIT:
        unsupported(p, t, "'await' is not supported");
    default:
        invalid_syntax(p);
    }
}

// ---- calls and subscripts -------------------------------------------------------

// The arguments of a call or a class header, after '(' and up to ')'.
static void parse_arguments(Parser *p, int paren, NodeList *args, NodeList *keywords,
                            bool allow_genexp) {
    bool seen_keyword = false, seen_dstar = false;
    // CPython reports a misplaced positional argument only once it has read
    // the whole list, at its last token.
    const char *misplaced = NULL;
    int count = 0;
    while (kind(p) != TOK_RPAR) {
        int start = p->pos;
        const Token *t = peek(p);
        if (t->kind == TOK_STAR) {
            // In a call it is '*' expression (elsewhere '*' bitwise_or).
            advance(p);
            Node *s = new_node(p, N_STARRED, start);
            s->a = parse_expression(p);
            s->span = span_from(p, start);
            if (seen_dstar) {
                error_token(p, "SyntaxError", t,
                            "iterable argument unpacking follows keyword argument unpacking", 0);
            }
            ast_list_push(p->arena, args, s);
        } else if (t->kind == TOK_DOUBLESTAR) {
            advance(p);
            Node *v = parse_expression(p);
            Node *k = new_node(p, N_KEYWORD, start);
            k->a = v;
            ast_list_push(p->arena, keywords, k);
            seen_dstar = true;
        } else if ((t->kind == TOK_NAME || t->kind == TOK_TRUE || t->kind == TOK_FALSE ||
                    t->kind == TOK_NONE) &&
                   peek2(p)->kind == TOK_EQUAL) {
            advance(p);
            advance(p);
            if (t->kind != TOK_NAME) {
                char msg[64];
                snprintf(msg, sizeof msg, "cannot assign to %.*s", t->len, t->start);
                error_span(p, "SyntaxError", span_from(p, start), msg);
            }
            Node *v = parse_expression(p);
            Node *k = new_node(p, N_KEYWORD, start);
            k->name = token_text(p, t);
            k->a = v;
            ast_list_push(p->arena, keywords, k);
            seen_keyword = true;
        } else {
            // Call arguments have no "cannot use assignment expressions".
            Node *e = parse_named_expression_ex(p, false);
            if (kind(p) == TOK_FOR) {
                if (!allow_genexp) {
                    invalid_syntax(p);
                }
                no_unpacking_in_comprehension(p, e);
                Node *g = new_node(p, N_GENEXP, start);
                g->a = e;
                parse_comp_fors(p, &g->comps);
                if (count > 0 || kind(p) == TOK_COMMA) {
                    error_span(p, "SyntaxError", span_from(p, start),
                               "Generator expression must be parenthesized");
                }
                expect(p, TOK_RPAR);
                // Like CPython, the generator takes the call's parentheses.
                g->span = span_from(p, paren);
                p->pos--;
                ast_list_push(p->arena, args, g);
                break;
            }
            if (kind(p) == TOK_EQUAL) {
                advance(p);
                error_span(p, "SyntaxError", span_from(p, start),
                           "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (seen_dstar && !misplaced) {
                misplaced = "positional argument follows keyword argument unpacking";
            } else if (seen_keyword && !misplaced) {
                misplaced = "positional argument follows keyword argument";
            }
            ast_list_push(p->arena, args, e);
        }
        count++;
        if (!accept(p, TOK_COMMA)) {
            break;
        }
    }
    if (misplaced) {
        error_last(p, misplaced);
    }
}

static Node *parse_slice(Parser *p) {
    int start = p->pos;
    Node *lower = NULL;
    if (kind(p) != TOK_COLON) {
        lower = parse_expression(p);
        if (kind(p) != TOK_COLON) {
            if (kind(p) == TOK_COLONEQUAL) {
                unsupported(p, peek(p), "assignment expressions (':=') are not supported");
            }
            return lower;
        }
    }
    advance(p);
    Node *n = new_node(p, N_SLICE, start);
    n->a = lower;
    TokenKind k = kind(p);
    if (k != TOK_COLON && k != TOK_COMMA && k != TOK_RSQB) {
        n->b = parse_expression(p);
    }
    if (accept(p, TOK_COLON)) {
        k = kind(p);
        if (k != TOK_COMMA && k != TOK_RSQB) {
            n->c = parse_expression(p);
        }
    }
    n->span = span_from(p, start);
    return n;
}

static Node *parse_slices(Parser *p) {
    int start = p->pos;
    Node *first = kind(p) == TOK_STAR ? parse_starred(p) : parse_slice(p);
    if (kind(p) != TOK_COMMA) {
        return first;
    }
    Node *t = new_node(p, N_TUPLE, start);
    ast_list_push(p->arena, &t->items, first);
    while (accept(p, TOK_COMMA)) {
        if (kind(p) == TOK_RSQB) {
            break;
        }
        ast_list_push(p->arena, &t->items, kind(p) == TOK_STAR ? parse_starred(p) : parse_slice(p));
    }
    t->span = span_from(p, start);
    return t;
}

typedef struct Tail {
    Node *base;
    int start;
} Tail;

// One '(' args ')' or '[' slices ']' after tr->base.
static Node *parse_trailer(Parser *p, void *ctx) {
    Tail *tr = ctx;
    if (kind(p) == TOK_LPAR) {
        int paren = p->pos;
        advance(p);
        Node *c = new_node(p, N_CALL, tr->start);
        c->a = tr->base;
        parse_arguments(p, paren, &c->items, &c->keywords, true);
        expect(p, TOK_RPAR);
        c->span = span_from(p, tr->start);
        return c;
    }
    advance(p);
    Node *s = new_node(p, N_SUBSCRIPT, tr->start);
    s->a = tr->base;
    s->b = parse_slices(p);
    expect(p, TOK_RSQB);
    s->span = span_from(p, tr->start);
    return s;
}

// atom followed by any number of .name, (args) and [index]; a trailer that
// does not parse is left for the caller to trip over.
static Node *parse_primary(Parser *p) {
    int start = p->pos;
    Node *n = parse_atom(p);
    for (;;) {
        TokenKind k = kind(p);
        if (k == TOK_DOT) {
            if (peek2(p)->kind != TOK_NAME) {
                return n;
            }
            advance(p);
            const Token *name = advance(p);
            Node *a = new_node(p, N_ATTR, start);
            a->a = n;
            a->name = token_text(p, name);
            n = a;
        } else if (k == TOK_LPAR || k == TOK_LSQB) {
            Tail tr = {n, start};
            Node *t = attempt(p, parse_trailer, &tr);
            if (!t) {
                return n;
            }
            n = t;
        } else {
            return n;
        }
    }
}

// ---- operators ------------------------------------------------------------------

static Node *parse_power(Parser *p) {
    int start = p->pos;
    if (kind(p) == TOK_AWAIT) {
        unsupported(p, peek(p), "'await' is not supported");
    }
    Node *base = parse_primary(p);
    if (kind(p) != TOK_DOUBLESTAR) {
        return base;
    }
    int op = p->pos;
    advance(p);
    enter(p);
    Node *exp = attempt(p, parse_factor_ctx, NULL);
    if (!exp) {
        p->pos = op;
        return base;
    }
    Node *n = new_node(p, N_BINARY, start);
    n->op = OP_POW;
    n->a = base;
    n->b = exp;
    return n;
}

static Node *parse_factor_ctx(Parser *p, void *ctx) {
    (void)ctx;
    return parse_factor(p);
}

// Prefix + - ~ : a run of them is read in a loop, so a long chain costs no
// C stack.
static Node *parse_factor(Parser *p) {
    int first = p->pos;
    while (kind(p) == TOK_MINUS || kind(p) == TOK_PLUS || kind(p) == TOK_TILDE) {
        advance(p);
    }
    int count = p->pos - first;
    Node *n = parse_power(p);
    for (int i = count - 1; i >= 0; i--) {
        Node *u = new_node(p, N_UNARY, first + i);
        TokenKind k = p->toks[first + i].kind;
        u->op = k == TOK_MINUS ? OP_NEG : k == TOK_PLUS ? OP_POS : OP_INVERT;
        u->a = n;
        n = u;
    }
    return n;
}

// Binding level of a binary operator token (1 = '|' ... 6 = '*'), 0 if none.
static int binary_level(TokenKind k, BinOp *op) {
    switch (k) {
    case TOK_VBAR:
        *op = OP_OR;
        return 1;
    case TOK_CIRCUMFLEX:
        *op = OP_XOR;
        return 2;
    case TOK_AMPER:
        *op = OP_AND;
        return 3;
    case TOK_LEFTSHIFT:
        *op = OP_LSHIFT;
        return 4;
    case TOK_RIGHTSHIFT:
        *op = OP_RSHIFT;
        return 4;
    case TOK_PLUS:
        *op = OP_ADD;
        return 5;
    case TOK_MINUS:
        *op = OP_SUB;
        return 5;
    case TOK_STAR:
        *op = OP_MUL;
        return 6;
    case TOK_SLASH:
        *op = OP_TRUEDIV;
        return 6;
    case TOK_DOUBLESLASH:
        *op = OP_FLOORDIV;
        return 6;
    case TOK_PERCENT:
        *op = OP_MOD;
        return 6;
    case TOK_AT:
        *op = OP_MATMUL;
        return 6;
    default:
        return 0;
    }
}

static Node *parse_binary(Parser *p, int min_level);

static Node *parse_binary_ctx(Parser *p, void *ctx) {
    return parse_binary(p, *(int *)ctx);
}

// Precedence climbing over the six binary levels, left-associative.
static Node *parse_binary(Parser *p, int min_level) {
    int start = p->pos;
    Node *left = parse_factor(p);
    for (;;) {
        BinOp op;
        int level = binary_level(kind(p), &op);
        if (level == 0 || level < min_level) {
            return left;
        }
        int at = p->pos;
        advance(p);
        int next = level + 1;
        Node *right = attempt(p, parse_binary_ctx, &next);
        if (!right) {
            p->pos = at;
            return left;
        }
        Node *n = new_node(p, N_BINARY, start);
        n->op = (int)op;
        n->a = left;
        n->b = right;
        left = n;
    }
}

static Node *parse_bitwise_or(Parser *p) {
    return parse_binary(p, 1);
}

// The comparison operator at the current token, consuming it; false if none.
static bool comparison_op(Parser *p, CmpOp *op) {
    const Token *t = peek(p);
    switch (t->kind) {
    case TOK_LESS:
        *op = CMP_LT;
        break;
    case TOK_LESSEQUAL:
        *op = CMP_LE;
        break;
    case TOK_EQEQUAL:
        *op = CMP_EQ;
        break;
    case TOK_NOTEQUAL:
        if (token_is(t, "<>")) {
            invalid_syntax(p);
        }
        *op = CMP_NE;
        break;
    case TOK_GREATER:
        *op = CMP_GT;
        break;
    case TOK_GREATEREQUAL:
        *op = CMP_GE;
        break;
    case TOK_IN:
        *op = CMP_IN;
        break;
    case TOK_NOT:
        if (peek2(p)->kind != TOK_IN) {
            return false;
        }
        advance(p);
        *op = CMP_NOT_IN;
        break;
    case TOK_IS:
        if (peek2(p)->kind == TOK_NOT) {
            advance(p);
            *op = CMP_IS_NOT;
        } else {
            *op = CMP_IS;
        }
        break;
    default:
        return false;
    }
    advance(p);
    return true;
}

static Node *parse_bitwise_or_ctx(Parser *p, void *ctx) {
    (void)ctx;
    return parse_bitwise_or(p);
}

static Node *parse_comparison(Parser *p) {
    int start = p->pos;
    Node *left = parse_bitwise_or(p);
    Node *n = NULL;
    int cap = 0;
    for (;;) {
        int at = p->pos;
        CmpOp op;
        if (!comparison_op(p, &op)) {
            break;
        }
        Node *right = attempt(p, parse_bitwise_or_ctx, NULL);
        if (!right) {
            p->pos = at;
            break;
        }
        if (!n) {
            n = new_node(p, N_COMPARE, start);
            n->a = left;
        }
        if (n->items.len == cap) {
            cap = cap ? cap * 2 : 4;
            CmpOp *ops = ast_arena_alloc(p->arena, (size_t)cap * sizeof *ops);
            if (n->items.len) {
                memcpy(ops, n->cmp_ops, (size_t)n->items.len * sizeof *ops);
            }
            n->cmp_ops = ops;
        }
        n->cmp_ops[n->items.len] = op;
        ast_list_push(p->arena, &n->items, right);
    }
    if (!n) {
        return left;
    }
    n->span = span_from(p, start);
    return n;
}

// 'not'* comparison, read in a loop like the arithmetic prefixes.
static Node *parse_inversion(Parser *p) {
    int first = p->pos;
    while (kind(p) == TOK_NOT) {
        advance(p);
    }
    int count = p->pos - first;
    Node *n = parse_comparison(p);
    for (int i = count - 1; i >= 0; i--) {
        Node *u = new_node(p, N_UNARY, first + i);
        u->op = OP_NOT;
        u->a = n;
        n = u;
    }
    return n;
}

static Node *parse_bool(Parser *p, TokenKind tok, BoolOp op, ParseFn operand) {
    int start = p->pos;
    Node *first = operand(p);
    Node *n = NULL;
    while (kind(p) == tok) {
        int at = p->pos;
        advance(p);
        Plain plain = {operand};
        Node *next = attempt(p, call_plain, &plain);
        if (!next) {
            p->pos = at;
            break;
        }
        if (!n) {
            n = new_node(p, N_BOOL, start);
            n->op = (int)op;
            ast_list_push(p->arena, &n->items, first);
        }
        ast_list_push(p->arena, &n->items, next);
    }
    if (!n) {
        return first;
    }
    n->span = span_from(p, start);
    return n;
}

static Node *parse_conjunction(Parser *p) {
    return parse_bool(p, TOK_AND, BOOL_AND, parse_inversion);
}

static Node *parse_disjunction(Parser *p) {
    return parse_bool(p, TOK_OR, BOOL_OR, parse_conjunction);
}

// ---- parameters -----------------------------------------------------------------

static Arg *push_arg(Parser *p, Arg *arr, int *n) {
    int len = *n;
    if (len == 0 || (len >= 4 && (len & (len - 1)) == 0)) {
        int cap = len ? len * 2 : 4;
        Arg *grown = ast_arena_alloc(p->arena, (size_t)cap * sizeof *grown);
        if (len) {
            memcpy(grown, arr, (size_t)len * sizeof *grown);
        }
        arr = grown;
    }
    (*n)++;
    return arr;
}

// Parameters of a def (annotations allowed and dropped) or a lambda, up to
// `closer`, which is left for the caller.
static Args *parse_params(Parser *p, TokenKind closer, bool annotations) {
    Args *a = ast_arena_alloc(p->arena, sizeof *a);
    bool seen_default = false, seen_star = false, seen_kwarg = false;
    const Token *bare_star = NULL;
    while (kind(p) != closer) {
        const Token *t = peek(p);
        if (seen_kwarg) {
            error_token(p, "SyntaxError", t, "arguments cannot follow var-keyword argument", 0);
        }
        if (t->kind == TOK_DOUBLESTAR || t->kind == TOK_STAR) {
            advance(p);
            bool dstar = t->kind == TOK_DOUBLESTAR;
            if (!dstar && seen_star) {
                error_token(p, "SyntaxError", t, "* argument may appear only once", 0);
            }
            if (!dstar && kind(p) != TOK_NAME) {
                seen_star = true;
                bare_star = t;
                if (!accept(p, TOK_COMMA)) {
                    break;
                }
                continue;
            }
            const Token *name = expect(p, TOK_NAME);
            if (annotations && accept(p, TOK_COLON)) {
                parse_expression(p);
            }
            if (kind(p) == TOK_EQUAL) {
                error_token(p, "SyntaxError", peek(p),
                            dstar ? "var-keyword argument cannot have default value"
                                  : "var-positional argument cannot have default value",
                            0);
            }
            if (dstar) {
                a->kwarg = token_text(p, name);
                seen_kwarg = true;
            } else {
                a->vararg = token_text(p, name);
                seen_star = true;
            }
        } else if (t->kind == TOK_SLASH) {
            unsupported(p, t, "positional-only parameters are not supported");
        } else {
            int start = p->pos;
            const Token *name = expect(p, TOK_NAME);
            if (annotations && accept(p, TOK_COLON)) {
                parse_expression(p);
            }
            Span span = span_from(p, start);
            Node *def = NULL;
            if (accept(p, TOK_EQUAL)) {
                def = parse_expression(p);
            }
            Arg *arg;
            if (seen_star) {
                a->kwonly = push_arg(p, a->kwonly, &a->nkwonly);
                arg = &a->kwonly[a->nkwonly - 1];
            } else {
                if (def) {
                    seen_default = true;
                } else if (seen_default) {
                    error_token(p, "SyntaxError", name,
                                "non-default argument follows default argument", 0);
                }
                a->posargs = push_arg(p, a->posargs, &a->nposargs);
                arg = &a->posargs[a->nposargs - 1];
            }
            arg->name = token_text(p, name);
            arg->default_ = def;
            arg->span = span;
        }
        if (!accept(p, TOK_COMMA)) {
            break;
        }
    }
    if (bare_star && a->nkwonly == 0) {
        error_token(p, "SyntaxError", bare_star, "named arguments must follow bare *", 0);
    }
    return a;
}

// ---- expressions ------------------------------------------------------------------

static Node *parse_lambda(Parser *p) {
    int start = p->pos;
    advance(p);
    Args *args = parse_params(p, TOK_COLON, false);
    expect(p, TOK_COLON);
    Node *body = parse_expression(p);
    Node *n = new_node(p, N_LAMBDA, start);
    n->args = args;
    n->a = body;
    return n;
}

// 'if' disjunction 'else' expression, after the body in tr->base.
static Node *parse_ternary_tail(Parser *p, void *ctx) {
    Tail *tr = ctx;
    Node *body = tr->base;
    advance(p);
    Node *test = parse_disjunction(p);
    if (kind(p) != TOK_ELSE) {
        if (kind(p) != TOK_COLON) {
            error_span(p, "SyntaxError", join_spans(body->span, test->span),
                       "expected 'else' after 'if' expression");
        }
        invalid_syntax(p);
    }
    advance(p);
    Node *orelse = parse_expression(p);
    Node *n = new_node(p, N_IFEXP, tr->start);
    n->a = test;
    n->b = body;
    n->c = orelse;
    return n;
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef.
// `explain` asks for the forgotten-comma check after it.
static Node *parse_expression_ex(Parser *p, bool explain) {
    enter(p);
    int start = p->pos;
    if (kind(p) == TOK_LAMBDA) {
        return parse_lambda(p);
    }
    Node *body = parse_disjunction(p);
    if (kind(p) == TOK_IF) {
        Tail tr = {body, start};
        Node *n = attempt(p, parse_ternary_tail, &tr);
        if (n) {
            return n;
        }
    }
    if (explain) {
        check_juxtaposed(p, start, body);
    }
    return body;
}

static Node *parse_expression(Parser *p) {
    return parse_expression_ex(p, true);
}

static Node *parse_named_expression_ex(Parser *p, bool explain) {
    Node *e = parse_expression(p);
    if (kind(p) == TOK_COLONEQUAL) {
        if (e->kind != N_NAME) {
            if (!explain) {
                invalid_syntax(p);
            }
            int here = p->pos;
            advance(p);
            Node *v = speculate(p, parse_expression, NULL);
            p->pos = here;
            if (v) {
                char msg[96];
                snprintf(msg, sizeof msg, "cannot use assignment expressions with %s",
                         expr_name(e));
                error_node(p, e, msg);
            }
            invalid_syntax(p);
        }
        unsupported(p, peek(p), "assignment expressions (':=') are not supported");
    }
    return e;
}

static Node *parse_named_expression(Parser *p) {
    return parse_named_expression_ex(p, true);
}

static Node *parse_star_expression(Parser *p) {
    if (kind(p) == TOK_STAR) {
        return parse_starred(p);
    }
    return parse_expression(p);
}

// star_expressions, reporting whether the result is a tuple written without
// parentheses (and whether it ended with a comma).
static Node *parse_star_expressions_ex(Parser *p, bool *bare, bool *trailing_comma) {
    int start = p->pos;
    Node *first = parse_star_expression(p);
    *bare = false;
    *trailing_comma = false;
    if (kind(p) != TOK_COMMA) {
        return first;
    }
    Node *t = new_node(p, N_TUPLE, start);
    ast_list_push(p->arena, &t->items, first);
    while (accept(p, TOK_COMMA)) {
        TokenKind k = kind(p);
        if (!starts_expression(k) && k != TOK_STAR) {
            *trailing_comma = true;
            break;
        }
        ast_list_push(p->arena, &t->items, parse_star_expression(p));
    }
    t->span = span_from(p, start);
    *bare = true;
    return t;
}

static Node *parse_star_expressions(Parser *p) {
    bool bare, comma;
    return parse_star_expressions_ex(p, &bare, &comma);
}

// ---- strings ------------------------------------------------------------------

// The builder of one concatenation of string literals. Decoded text goes
// into `buf` (sized for the worst case up front) and literal runs become
// N_STR parts pointing into it.
typedef struct StrBuild {
    NodeList parts;
    char *buf;
    size_t len, lit_start;
    Span span;
    const Token *tok; // the literal being read, for positions of fields
} StrBuild;

static void flush_literal(Parser *p, StrBuild *b) {
    if (b->len > b->lit_start) {
        Node *s = ast_node_new(p->arena, N_STR, b->span);
        s->str = b->buf + b->lit_start;
        s->str_len = b->len - b->lit_start;
        ast_list_push(p->arena, &b->parts, s);
    }
    b->lit_start = b->len;
}

// Where CPython's message says a bad escape is: it first rewrites every
// non-ASCII character as a ten-character \U escape.
static size_t escape_position(const char *body, size_t at) {
    size_t pos = 0;
    for (size_t i = 0; i < at; i++) {
        unsigned char c = (unsigned char)body[i];
        if (c < 0x80) {
            pos++;
        } else if ((c & 0xC0) != 0x80) {
            pos += 10;
        }
    }
    return pos;
}

// Appends the decoded text of [s, end) to b.
static void append_text(Parser *p, StrBuild *b, const char *s, const char *end, bool raw,
                        bool bytes) {
    size_t n = (size_t)(end - s);
    if (raw) {
        memcpy(b->buf + b->len, s, n);
        b->len += n;
        return;
    }
    for (size_t i = 0; i + 1 < n; i++) {
        if (s[i] == '\\') {
            if (s[i + 1] == 'N' && !bytes) {
                error_last(p, "(unicode error) \\N{...} escapes are not supported");
            }
            i++;
        }
    }
    char msg[200];
    size_t bad;
    long len = lexer_decode_escapes(s, n, bytes, b->buf + b->len, msg, sizeof msg, &bad);
    if (len < 0) {
        if (!bytes) {
            // Re-count the position the way CPython does.
            size_t pos = escape_position(s, bad);
            char *dash = strstr(msg, "position ");
            if (dash) {
                size_t a, z;
                if (sscanf(dash, "position %zu-%zu", &a, &z) == 2) {
                    char rest[200];
                    const char *colon = strchr(dash, ':');
                    snprintf(rest, sizeof rest, "%s", colon ? colon : "");
                    snprintf(dash, sizeof msg - (size_t)(dash - msg), "position %zu-%zu%s", pos,
                             pos + (z - a), rest);
                }
            }
        }
        error_last(p, msg);
    }
    b->len += (size_t)len;
}

static Node *fstring_text(Parser *p, StrBuild *b, const char **sp, const char *end, bool raw,
                          int depth);

// The line and column of a byte inside the current string token.
static void position_in_token(const Token *t, const char *at, int *line, int *col) {
    int l = t->line;
    const char *line_start = NULL;
    for (const char *q = t->start; q < at; q++) {
        if (*q == '\n') {
            l++;
            line_start = q + 1;
        }
    }
    *line = l;
    *col = line_start ? (int)(at - line_start) : t->col + (int)(at - t->start);
}

// Parses the expression of a replacement field with a parser of its own.
static Node *fstring_expression(Parser *p, const Token *t, const char *s, const char *end) {
    int line, col;
    position_in_token(t, s, &line, &col);
    LexList *l = ast_arena_alloc(p->arena, sizeof *l);
    l->next = p->sh->lexes;
    p->sh->lexes = l;
    bool ok = lexer_tokenize_expression(s, (size_t)(end - s), line, col, &l->lex);
    Parser sub = *p;
    sub.lex = &l->lex;
    sub.toks = l->lex.tokens;
    sub.ntoks = l->lex.ntokens;
    sub.pos = sub.max_pos = sub.max_pos_any = 0;
    sub.quiet = false;
    sub.fstring = true;
    sub.fexpr = s;
    sub.fexpr_end = end;
    sub.fline = line;
    sub.fcol = col;
    if (!ok) {
        // A tokenizer error: no "f-string: " prefix, offsets in characters
        // of the "(expr)" line.
        const LexError *e = &l->lex.error;
        sub.fstring = false;
        sub.fexpr = NULL;
        int k = e->line - line;
        int shift = k == 0 ? 1 : -(col - 1);
        set_error(&sub, e->type, e->line, e->offset + shift, e->end_line,
                  e->end_offset > 0 ? e->end_offset + shift : e->end_offset, e->msg);
        sub.fexpr = s;
        field_offset(&sub, &(int){e->line}, 0, true);
        fail(&sub);
    }
    Token *last = &l->lex.tokens[l->lex.ntokens - 1];
    if (last->kind == TOK_EOF_IN_BRACKET && last->level == 1) {
        // It stands where CPython has the closing parenthesis of "(expr)".
        int end_line, end_col;
        position_in_token(t, end, &end_line, &end_col);
        last->kind = TOK_ENDMARKER;
        last->line = last->end_line = end_line;
        last->col = end_col;
        last->end_col = end_col + 1;
    }
    // Any failure in here is an error raised by CPython's string handling,
    // not an alternative that failed to match.
    jmp_buf buf;
    sub.jmp = &buf;
    if (setjmp(buf) != 0) {
        longjmp(*p->jmp, RAISED);
    }
    bool bare, comma;
    Node *e = parse_star_expressions_ex(&sub, &bare, &comma);
    if (kind(&sub) != TOK_ENDMARKER) {
        invalid_syntax(&sub);
    }
    if (bare) {
        // CPython parses "(expr)", so a bare tuple takes in the parentheses.
        e->span.col--;
        e->span.end_col++;
    }
    return e;
}

// Reads a replacement field whose '{' is just before *sp; leaves *sp after
// its '}'.
static void fstring_field(Parser *p, StrBuild *b, const char **sp, const char *end, bool raw,
                          int depth) {
    const char *s = *sp;
    if (depth >= MAX_FSTRING_NESTING) {
        error_last(p, "f-string: expressions nested too deeply");
    }
    enter(p);
    const char *expr = s;
    char stack[200];
    int nest = 0;
    char quote = 0;
    bool triple = false;
    for (;;) {
        if (s >= end) {
            error_last(p, quote ? "f-string: unterminated string" : "f-string: expecting '}'");
        }
        char c = *s;
        if (c == '\\') {
            error_last(p, "f-string expression part cannot include a backslash");
        }
        if (quote) {
            if (c == quote && (!triple || (s + 2 < end && s[1] == quote && s[2] == quote))) {
                s += triple ? 3 : 1;
                quote = 0;
            } else {
                s++;
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            triple = s + 2 < end && s[1] == c && s[2] == c;
            s += triple ? 3 : 1;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (nest >= (int)sizeof stack) {
                error_last(p, "f-string: too many nested parenthesis");
            }
            stack[nest++] = c;
            s++;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            if (nest == 0) {
                if (c == '}') {
                    break;
                }
                char msg[64];
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", c);
                error_last(p, msg);
            }
            char open = stack[--nest];
            if ((open == '(' && c != ')') || (open == '[' && c != ']') ||
                (open == '{' && c != '}')) {
                char msg[96];
                snprintf(msg, sizeof msg,
                         "f-string: closing parenthesis '%c' does not match opening parenthesis "
                         "'%c'",
                         c, open);
                error_last(p, msg);
            }
            s++;
            continue;
        }
        if (c == '#') {
            error_last(p, "f-string expression part cannot include '#'");
        }
        if (nest == 0) {
            if (c == '!' && !(s + 1 < end && s[1] == '=')) {
                break;
            }
            if (c == ':') {
                break;
            }
            if (c == '=' && !(s + 1 < end && s[1] == '=') && !(s > expr && strchr("=!<>", s[-1]))) {
                break;
            }
        }
        s++;
    }
    const char *expr_end = s;
    bool blank = true;
    for (const char *q = expr; q < expr_end; q++) {
        if (*q != ' ' && *q != '\t' && *q != '\n' && *q != '\f') {
            blank = false;
        }
    }
    if (blank) {
        if (*s == '!') {
            error_last(p, "f-string: expression required before '!'");
        }
        if (*s == ':') {
            error_last(p, "f-string: expression required before ':'");
        }
        error_last(p, "f-string: empty expression not allowed");
    }
    Node *value = fstring_expression(p, b->tok, expr, expr_end);
    int conversion = 0;
    bool debug = false;
    if (*s == '=') {
        // {x=}: the text of the expression, '=' and spaces become literal.
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n')) {
            s++;
        }
        memcpy(b->buf + b->len, expr, (size_t)(s - expr));
        b->len += (size_t)(s - expr);
        debug = true;
    }
    flush_literal(p, b);
    if (s < end && *s == '!') {
        s++;
        if (s >= end) {
            error_last(p, "f-string: expecting '}'");
        }
        if (*s != 's' && *s != 'r' && *s != 'a') {
            error_last(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        conversion = *s++;
        if (s >= end || (*s != ':' && *s != '}')) {
            error_last(p, "f-string: expecting '}'");
        }
    }
    Node *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        StrBuild sb = *b;
        sb.parts.items = NULL;
        sb.parts.len = 0;
        spec = fstring_text(p, &sb, &s, end, raw, depth + 1);
        b->len = b->lit_start = sb.len;
    }
    if (s >= end || *s != '}') {
        error_last(p, "f-string: expecting '}'");
    }
    s++;
    if (debug && !conversion && !spec) {
        conversion = 'r';
    }
    Node *f = ast_node_new(p->arena, N_FVALUE, b->span);
    f->a = value;
    f->conversion = conversion;
    f->b = spec;
    ast_list_push(p->arena, &b->parts, f);
    *sp = s;
}

// Reads f-string text from *sp. At depth 0 it reads to `end`; inside a
// format spec it stops at the '}' closing the field (left at *sp) and
// returns the spec as an N_FSTRING.
static Node *fstring_text(Parser *p, StrBuild *b, const char **sp, const char *end, bool raw,
                          int depth) {
    const char *s = *sp;
    const char *chunk = s;
    while (s < end) {
        char c = *s;
        if (c == '{' || c == '}') {
            append_text(p, b, chunk, s, raw, false);
            chunk = s;
            if (c == '}' && depth > 0) {
                break;
            }
            if (s + 1 < end && s[1] == c) {
                b->buf[b->len++] = c;
                s += 2;
            } else if (c == '}') {
                error_last(p, "f-string: single '}' is not allowed");
            } else {
                s++;
                fstring_field(p, b, &s, end, raw, depth);
            }
            chunk = s;
            continue;
        }
        if (!raw && c == '\\' && s + 1 < end) {
            // An escape never hides a brace; \N{...} keeps its braces.
            if (s[1] == 'N' && s + 2 < end && s[2] == '{') {
                const char *close = memchr(s, '}', (size_t)(end - s));
                s = close ? close + 1 : end;
                continue;
            }
            s += s[1] == '{' || s[1] == '}' ? 1 : 2;
            continue;
        }
        s++;
    }
    if (depth > 0) {
        if (s >= end) {
            error_last(p, "f-string: expecting '}'");
        }
        if (s > chunk) {
            append_text(p, b, chunk, s, raw, false);
        }
        flush_literal(p, b);
        Node *spec = ast_node_new(p->arena, N_FSTRING, b->span);
        spec->items = b->parts;
        *sp = s;
        return spec;
    }
    append_text(p, b, chunk, s, raw, false);
    *sp = s;
    return NULL;
}

static bool all_ascii(const Token *t) {
    for (int i = 0; i < t->len; i++) {
        if ((unsigned char)t->start[i] >= 0x80) {
            return false;
        }
    }
    return true;
}

// STRING+: adjacent literals joined into one N_STR, N_BYTES or N_FSTRING.
static Node *parse_strings(Parser *p) {
    int start = p->pos;
    while (kind(p) == TOK_STRING) {
        advance(p);
    }
    int end = p->pos;
    StringParts first;
    lexer_string_parts(&p->toks[start], &first);
    size_t total = 1;
    bool any_f = false;
    for (int i = start; i < end; i++) {
        StringParts sp;
        lexer_string_parts(&p->toks[i], &sp);
        total += sp.body_len;
        any_f |= sp.fstring;
    }
    StrBuild b;
    memset(&b, 0, sizeof b);
    b.buf = ast_arena_alloc(p->arena, total);
    b.span = span_from(p, start);
    for (int i = start; i < end; i++) {
        const Token *t = &p->toks[i];
        StringParts sp;
        lexer_string_parts(t, &sp);
        if (sp.bytes && !all_ascii(t)) {
            error_token(p, "SyntaxError", t, "bytes can only contain ASCII literal characters", 0);
        }
        if (!sp.fstring) {
            append_text(p, &b, sp.body, sp.body + sp.body_len, sp.raw, sp.bytes);
        }
        if (i > start && sp.bytes != first.bytes) {
            error_last(p, "cannot mix bytes and nonbytes literals");
        }
        if (sp.fstring) {
            const char *s = sp.body;
            b.tok = t;
            fstring_text(p, &b, &s, sp.body + sp.body_len, sp.raw, 0);
        }
    }
    if (first.bytes || !any_f) {
        Node *n = ast_node_new(p->arena, first.bytes ? N_BYTES : N_STR, b.span);
        n->str = b.buf;
        n->str_len = b.len;
        return n;
    }
    flush_literal(p, &b);
    Node *n = ast_node_new(p->arena, N_FSTRING, b.span);
    n->items = b.parts;
    return n;
}

// ---- simple statements ----------------------------------------------------------

static Node *parse_dotted_name(Parser *p, int *start_out) {
    int start = p->pos;
    expect(p, TOK_NAME);
    while (kind(p) == TOK_DOT) {
        advance(p);
        expect(p, TOK_NAME);
    }
    *start_out = start;
    // The name is the tokens' text without any spaces between them.
    size_t n = 0;
    for (int i = start; i < p->pos; i++) {
        n += (size_t)p->toks[i].len;
    }
    char *s = ast_arena_alloc(p->arena, n + 1);
    size_t k = 0;
    for (int i = start; i < p->pos; i++) {
        memcpy(s + k, p->toks[i].start, (size_t)p->toks[i].len);
        k += (size_t)p->toks[i].len;
    }
    Node *a = new_node(p, N_ALIAS, start);
    a->name = s;
    return a;
}

static Node *parse_import(Parser *p) {
    int start = p->pos;
    advance(p);
    Node *n = new_node(p, N_IMPORT, start);
    do {
        int s;
        Node *a = parse_dotted_name(p, &s);
        if (accept(p, TOK_AS)) {
            a->asname = token_text(p, expect(p, TOK_NAME));
        }
        a->span = span_from(p, s);
        ast_list_push(p->arena, &n->items, a);
    } while (accept(p, TOK_COMMA));
    n->span = span_from(p, start);
    return n;
}

static Node *parse_from_import(Parser *p) {
    int start = p->pos;
    advance(p);
    if (kind(p) == TOK_DOT || kind(p) == TOK_ELLIPSIS) {
        unsupported(p, peek(p), "relative imports are not supported");
    }
    int s;
    Node *module = parse_dotted_name(p, &s);
    expect(p, TOK_IMPORT);
    Node *n = new_node(p, N_IMPORTFROM, start);
    n->name = module->name;
    if (kind(p) == TOK_STAR) {
        unsupported(p, peek(p), "'from ... import *' is not supported");
    }
    bool paren = accept(p, TOK_LPAR);
    for (;;) {
        int a_start = p->pos;
        const Token *name = expect(p, TOK_NAME);
        Node *a = new_node(p, N_ALIAS, a_start);
        a->name = token_text(p, name);
        if (accept(p, TOK_AS)) {
            a->asname = token_text(p, expect(p, TOK_NAME));
        }
        a->span = span_from(p, a_start);
        ast_list_push(p->arena, &n->items, a);
        if (!accept(p, TOK_COMMA)) {
            break;
        }
        if (paren && kind(p) == TOK_RPAR) {
            break;
        }
        if (!paren && (kind(p) == TOK_NEWLINE || kind(p) == TOK_SEMI)) {
            error_last(p, "trailing comma not allowed without surrounding parentheses");
        }
    }
    if (paren) {
        expect(p, TOK_RPAR);
    }
    n->span = span_from(p, start);
    return n;
}

static Node *parse_names_stmt(Parser *p, NodeKind k) {
    int start = p->pos;
    advance(p);
    int first = p->pos;
    do {
        expect(p, TOK_NAME);
    } while (accept(p, TOK_COMMA));
    Node *n = new_node(p, k, start);
    n->nnames = (p->pos - first + 1) / 2;
    n->names = ast_arena_alloc(p->arena, (size_t)n->nnames * sizeof *n->names);
    for (int i = 0; i < n->nnames; i++) {
        n->names[i] = token_text(p, &p->toks[first + 2 * i]);
    }
    return n;
}

static Node *parse_del(Parser *p) {
    int start = p->pos;
    advance(p);
    Node *n = new_node(p, N_DELETE, start);
    do {
        TokenKind k = kind(p);
        if (!starts_expression(k) && k != TOK_STAR) {
            if (n->items.len == 0) {
                invalid_syntax(p);
            }
            break;
        }
        ast_list_push(p->arena, &n->items, parse_star_expression(p));
    } while (accept(p, TOK_COMMA));
    for (int i = 0; i < n->items.len; i++) {
        check_target(p, n->items.items[i], TARGET_DEL);
    }
    n->span = span_from(p, start);
    return n;
}

static bool augassign_op(TokenKind k, BinOp *op) {
    if (k < TOK_PLUSEQUAL || k > TOK_ATEQUAL) {
        return false;
    }
    static const BinOp ops[] = {OP_ADD, OP_SUB, OP_MUL,    OP_TRUEDIV, OP_FLOORDIV,
                                OP_MOD, OP_POW, OP_LSHIFT, OP_RSHIFT,  OP_AND,
                                OP_OR,  OP_XOR, OP_MATMUL};
    *op = ops[k - TOK_PLUSEQUAL];
    return true;
}

// The message for an invalid first target when just one '=' follows, which
// CPython phrases as a comparison that lost an '='. Only the last item of a
// tuple written without parentheses is looked at, and only when it could be
// the left side of such a comparison.
static void explain_single_assignment(Parser *p, Node *target, bool bare, bool comma,
                                      int value_pos) {
    Node *last = target;
    if (bare) {
        if (comma) {
            return;
        }
        last = target->items.items[target->items.len - 1];
    }
    int first = token_index_at(p, last->span.line, last->span.col);
    bool name = last->kind == N_NAME && first >= 0 && p->toks[first].kind == TOK_NAME &&
                p->toks[first + 1].kind == TOK_EQUAL;
    bool other = !(last->kind == N_LIST || last->kind == N_TUPLE || last->kind == N_GENEXP ||
                   (last->kind == N_CONST && last->const_kind != CONST_ELLIPSIS)) &&
                 is_bitwise_or(p, last) && invalid_target(last, TARGET_STORE);
    if (!name && !other) {
        return;
    }
    int here = p->pos;
    p->pos = value_pos;
    int end;
    Node *v = speculate(p, parse_bitwise_or, &end);
    p->pos = here;
    if (!v || p->toks[end].kind == TOK_EQUAL || p->toks[end].kind == TOK_COLONEQUAL) {
        return;
    }
    if (name) {
        error_span(p, "SyntaxError", join_spans(last->span, v->span),
                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    char msg[128];
    snprintf(msg, sizeof msg, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
             expr_name(last));
    error_node(p, last, msg);
}

// Expression statements and every kind of assignment.
static Node *parse_expr_stmt(Parser *p) {
    int start = p->pos;
    bool bare, comma;
    Node *first = parse_star_expressions_ex(p, &bare, &comma);
    TokenKind k = kind(p);
    BinOp op;
    if (k == TOK_COLON) {
        // An annotated assignment: the annotation is read and dropped. Only
        // a name, attribute or subscript may be annotated; for anything else
        // CPython explains the mistake if an annotation follows.
        if (bare || first->kind == N_TUPLE || first->kind == N_LIST ||
            invalid_target(first, TARGET_STORE)) {
            int here = p->pos;
            advance(p);
            Node *ann = speculate(p, parse_expression, NULL);
            p->pos = here;
            if (!ann) {
                invalid_syntax(p);
            }
            if (bare) {
                error_node(p, first->items.items[0],
                           "only single target (not tuple) can be annotated");
            }
            if (first->kind == N_TUPLE || first->kind == N_LIST) {
                error_node(p, first,
                           first->kind == N_TUPLE
                               ? "only single target (not tuple) can be annotated"
                               : "only single target (not list) can be annotated");
            }
            error_node(p, first, "illegal target for annotation");
        }
        advance(p);
        parse_expression(p);
        if (!accept(p, TOK_EQUAL)) {
            return new_node(p, N_PASS, start);
        }
        Node *value = parse_star_expressions(p);
        Node *n = new_node(p, N_ASSIGN, start);
        ast_list_push(p->arena, &n->items, first);
        n->a = value;
        return n;
    }
    if (augassign_op(k, &op)) {
        if (first->kind != N_NAME && first->kind != N_ATTR && first->kind != N_SUBSCRIPT) {
            char msg[96];
            snprintf(msg, sizeof msg, "'%s' is an illegal expression for augmented assignment",
                     expr_name(first));
            error_node(p, first, msg);
        }
        advance(p);
        if (kind(p) == TOK_YIELD) {
            unsupported(p, peek(p), "'yield' is not supported");
        }
        Node *value = parse_star_expressions(p);
        Node *n = new_node(p, N_AUGASSIGN, start);
        n->op = (int)op;
        n->a = first;
        n->b = value;
        return n;
    }
    if (k != TOK_EQUAL) {
        Node *n = new_node(p, N_EXPR_STMT, start);
        n->a = first;
        return n;
    }
    // Each target is checked when its '=' is reached, before anything
    // after it is read, as CPython does.
    Node *n = new_node(p, N_ASSIGN, start);
    Node *target = first;
    while (kind(p) == TOK_EQUAL) {
        if (invalid_target(target, TARGET_STORE)) {
            if (target == first) {
                explain_single_assignment(p, target, bare, comma, p->pos + 1);
            }
            check_target(p, target, TARGET_STORE);
        }
        ast_list_push(p->arena, &n->items, target);
        advance(p);
        if (kind(p) == TOK_YIELD) {
            unsupported(p, peek(p), "'yield' is not supported");
        }
        target = parse_star_expressions(p);
    }
    n->a = target;
    n->span = span_from(p, start);
    return n;
}

static Node *parse_simple_stmt(Parser *p) {
    int start = p->pos;
    const Token *t = peek(p);
    Node *n;
    switch (t->kind) {
    case TOK_PASS:
    case TOK_BREAK:
    case TOK_CONTINUE:
        advance(p);
        return new_node(p,
                        t->kind == TOK_PASS    ? N_PASS
                        : t->kind == TOK_BREAK ? N_BREAK
                                               : N_CONTINUE,
                        start);
    case TOK_RETURN:
        advance(p);
        n = new_node(p, N_RETURN, start);
        if (starts_expression(kind(p)) || kind(p) == TOK_STAR) {
            n->a = parse_star_expressions(p);
        }
        n->span = span_from(p, start);
        return n;
    case TOK_RAISE:
        advance(p);
        n = new_node(p, N_RAISE, start);
        if (starts_expression(kind(p))) {
            n->a = parse_expression(p);
            if (accept(p, TOK_FROM)) {
                n->b = parse_expression(p);
            }
        }
        n->span = span_from(p, start);
        return n;
    case TOK_GLOBAL:
        return parse_names_stmt(p, N_GLOBAL);
    case TOK_NONLOCAL:
        return parse_names_stmt(p, N_NONLOCAL);
    case TOK_DEL:
        return parse_del(p);
    case TOK_ASSERT:
        advance(p);
        n = new_node(p, N_ASSERT, start);
        n->a = parse_expression(p);
        if (accept(p, TOK_COMMA)) {
            n->b = parse_expression(p);
        }
        n->span = span_from(p, start);
        return n;
    case TOK_IMPORT:
        return parse_import(p);
    case TOK_FROM:
        return parse_from_import(p);
    case TOK_YIELD:
        unsupported(p, t, "'yield' is not supported");
    default:
        return parse_expr_stmt(p);
    }
}

static void parse_simple_stmts(Parser *p, NodeList *body) {
    for (;;) {
        ast_list_push(p->arena, body, parse_simple_stmt(p));
        if (!accept(p, TOK_SEMI) || kind(p) == TOK_NEWLINE) {
            break;
        }
    }
    expect(p, TOK_NEWLINE);
}

// ---- compound statements ----------------------------------------------------------

// The block after a header's ':'. `what` and `line` name the header for
// the "expected an indented block" message.
static void parse_block(Parser *p, NodeList *body, const char *what, int line) {
    if (kind(p) != TOK_NEWLINE) {
        parse_simple_stmts(p, body);
        return;
    }
    advance(p);
    if (kind(p) != TOK_INDENT) {
        char msg[128];
        snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, line);
        error_token(p, "IndentationError", peek(p), msg, -1);
    }
    advance(p);
    while (kind(p) != TOK_DEDENT) {
        parse_statement(p, body);
    }
    advance(p);
}

static void parse_else_block(Parser *p, NodeList *orelse) {
    int line = advance(p)->line;
    expect_forced(p, TOK_COLON, "expected ':'");
    parse_block(p, orelse, "'else' statement", line);
}

static Node *parse_if(Parser *p) {
    int start = p->pos;
    const Token *kw = advance(p);
    bool elif = kw->kind == TOK_ELIF;
    Node *n = new_node(p, N_IF, start);
    int test_start = p->pos;
    n->a = parse_named_expression(p);
    check_assign_in_expression(p, test_start, n->a);
    expect_colon(p);
    parse_block(p, &n->body, elif ? "'elif' statement" : "'if' statement", kw->line);
    if (kind(p) == TOK_ELIF) {
        enter(p);
        ast_list_push(p->arena, &n->orelse, parse_if(p));
    } else if (kind(p) == TOK_ELSE) {
        parse_else_block(p, &n->orelse);
    }
    n->span = span_from(p, start);
    return n;
}

static Node *parse_while(Parser *p) {
    int start = p->pos;
    int line = advance(p)->line;
    Node *n = new_node(p, N_WHILE, start);
    int test_start = p->pos;
    n->a = parse_named_expression(p);
    check_assign_in_expression(p, test_start, n->a);
    expect_colon(p);
    parse_block(p, &n->body, "'while' statement", line);
    if (kind(p) == TOK_ELSE) {
        parse_else_block(p, &n->orelse);
    }
    n->span = span_from(p, start);
    return n;
}

static Node *parse_for(Parser *p) {
    int start = p->pos;
    int line = advance(p)->line;
    Node *n = new_node(p, N_FOR, start);
    int t_start = p->pos;
    n->a = parse_target_list(p);
    check_target(p, n->a, TARGET_FOR);
    expect_in(p, t_start);
    n->b = parse_star_expressions(p);
    expect_colon(p);
    parse_block(p, &n->body, "'for' statement", line);
    if (kind(p) == TOK_ELSE) {
        parse_else_block(p, &n->orelse);
    }
    n->span = span_from(p, start);
    return n;
}

// After `except A`: (',' expression)+ ['as' NAME] ':', returning the last
// expression, for the "must be parenthesized" explanation.
static Node *parse_except_rest(Parser *p) {
    Node *last = NULL;
    while (accept(p, TOK_COMMA)) {
        last = parse_expression(p);
    }
    if (accept(p, TOK_AS)) {
        expect(p, TOK_NAME);
    }
    expect(p, TOK_COLON);
    return last;
}

static Node *parse_try(Parser *p) {
    int start = p->pos;
    int line = advance(p)->line;
    Node *n = new_node(p, N_TRY, start);
    expect_forced(p, TOK_COLON, "expected ':'");
    parse_block(p, &n->body, "'try' statement", line);
    while (kind(p) == TOK_EXCEPT) {
        int h_start = p->pos;
        int h_line = advance(p)->line;
        if (kind(p) == TOK_STAR) {
            unsupported(p, peek(p), "'except*' is not supported");
        }
        Node *h = new_node(p, N_HANDLER, h_start);
        if (kind(p) != TOK_COLON && kind(p) != TOK_NEWLINE) {
            h->a = parse_expression(p);
            if (kind(p) == TOK_COMMA) {
                Node *last = speculate(p, parse_except_rest, NULL);
                if (last) {
                    error_span(p, "SyntaxError", join_spans(h->a->span, last->span),
                               "multiple exception types must be parenthesized");
                }
                invalid_syntax(p);
            }
            if (accept(p, TOK_AS)) {
                h->name = token_text(p, expect(p, TOK_NAME));
            }
        }
        expect_colon(p);
        parse_block(p, &h->body, "'except' statement", h_line);
        h->span = span_from(p, h_start);
        ast_list_push(p->arena, &n->handlers, h);
    }
    if (n->handlers.len > 0 && kind(p) == TOK_ELSE) {
        parse_else_block(p, &n->orelse);
    }
    if (kind(p) == TOK_FINALLY) {
        int f_line = advance(p)->line;
        expect_forced(p, TOK_COLON, "expected ':'");
        parse_block(p, &n->finalbody, "'finally' statement", f_line);
    }
    if (n->handlers.len == 0 && n->finalbody.len == 0) {
        error_token(p, "SyntaxError", peek(p), "expected 'except' or 'finally' block", -1);
    }
    n->span = span_from(p, start);
    return n;
}

static Node *parse_with_item(Parser *p) {
    int start = p->pos;
    Node *item = new_node(p, N_WITHITEM, start);
    item->a = parse_expression(p);
    if (accept(p, TOK_AS)) {
        item->b = parse_expression(p);
        TokenKind k = kind(p);
        if (k == TOK_COMMA || k == TOK_COLON || k == TOK_RPAR) {
            check_target(p, item->b, TARGET_STORE);
        }
    }
    item->span = span_from(p, start);
    return item;
}

// '(' with_item (',' with_item)* [','] ')' ':' -- tried before the plain form.
static Node *parse_paren_with_items(Parser *p) {
    int start = p->pos;
    expect(p, TOK_LPAR);
    Node *holder = new_node(p, N_WITH, start);
    do {
        if (kind(p) == TOK_RPAR) {
            break;
        }
        ast_list_push(p->arena, &holder->items, parse_with_item(p));
    } while (accept(p, TOK_COMMA));
    expect(p, TOK_RPAR);
    expect(p, TOK_COLON);
    return holder->items.len ? holder : NULL;
}

static Node *parse_with(Parser *p) {
    int start = p->pos;
    int line = advance(p)->line;
    Node *n = new_node(p, N_WITH, start);
    int end;
    Node *paren = kind(p) == TOK_LPAR ? speculate(p, parse_paren_with_items, &end) : NULL;
    if (paren) {
        n->items = paren->items;
        p->pos = end - 1;
    } else {
        do {
            ast_list_push(p->arena, &n->items, parse_with_item(p));
        } while (accept(p, TOK_COMMA));
    }
    expect_colon(p);
    parse_block(p, &n->body, "'with' statement", line);
    n->span = span_from(p, start);
    return n;
}

static Node *parse_def(Parser *p) {
    int start = p->pos;
    int line = advance(p)->line;
    Node *n = new_node(p, N_DEF, start);
    n->name = token_text(p, expect(p, TOK_NAME));
    expect_forced(p, TOK_LPAR, "expected '('");
    n->args = parse_params(p, TOK_RPAR, true);
    expect(p, TOK_RPAR);
    if (kind(p) == TOK_RARROW) {
        // An arrow without a return annotation is where ':' was expected.
        int here = p->pos;
        advance(p);
        if (!speculate(p, parse_expression, NULL)) {
            p->pos = here;
            error_token(p, "SyntaxError", peek(p), "expected ':'", -1);
        }
        parse_expression(p);
    }
    expect_forced(p, TOK_COLON, "expected ':'");
    parse_block(p, &n->body, "function definition", line);
    n->span = span_from(p, start);
    return n;
}

static Node *parse_class(Parser *p) {
    int start = p->pos;
    int line = advance(p)->line;
    Node *n = new_node(p, N_CLASS, start);
    n->name = token_text(p, expect(p, TOK_NAME));
    if (kind(p) == TOK_LPAR) {
        int paren = p->pos;
        advance(p);
        parse_arguments(p, paren, &n->items, &n->keywords, false);
        expect(p, TOK_RPAR);
    }
    expect_colon(p);
    parse_block(p, &n->body, "class definition", line);
    n->span = span_from(p, start);
    return n;
}

static Node *parse_decorated(Parser *p) {
    NodeList decorators = {0};
    while (accept(p, TOK_AT)) {
        ast_list_push(p->arena, &decorators, parse_named_expression(p));
        expect(p, TOK_NEWLINE);
    }
    Node *n;
    if (kind(p) == TOK_DEF) {
        n = parse_def(p);
    } else if (kind(p) == TOK_CLASS) {
        n = parse_class(p);
    } else {
        if (kind(p) == TOK_ASYNC) {
            unsupported(p, peek(p), "'async' is not supported");
        }
        invalid_syntax(p);
    }
    n->decorators = decorators;
    return n;
}

static void parse_statement(Parser *p, NodeList *body) {
    enter(p);
    Node *n;
    switch (kind(p)) {
    case TOK_IF:
        n = parse_if(p);
        break;
    case TOK_WHILE:
        n = parse_while(p);
        break;
    case TOK_FOR:
        n = parse_for(p);
        break;
    case TOK_TRY:
        n = parse_try(p);
        break;
    case TOK_WITH:
        n = parse_with(p);
        break;
    case TOK_DEF:
        n = parse_def(p);
        break;
    case TOK_CLASS:
        n = parse_class(p);
        break;
    case TOK_AT:
        n = parse_decorated(p);
        break;
    case TOK_ASYNC:
        unsupported(p, peek(p), "'async' is not supported");
    case TOK_INDENT:
        invalid_syntax(p);
    default:
        parse_simple_stmts(p, body);
        return;
    }
    ast_list_push(p->arena, body, n);
}

// ---- tree depth -----------------------------------------------------------------

// True when the tree is deeper than CPython can compile. Walks with an
// explicit stack: the tree may be deeper than the C stack could follow.
static bool too_deep(const Node *root) {
    typedef struct Item {
        const Node *node;
        int depth;
    } Item;
    size_t cap = 256, n = 0;
    Item *stack = malloc(cap * sizeof *stack);
    if (!stack) {
        return false;
    }
    bool deep = false;
    stack[n++] = (Item){root, 1};
#define PUSH(child, d)                                                                             \
    do {                                                                                           \
        if (child) {                                                                               \
            if (n == cap) {                                                                        \
                Item *grown = realloc(stack, cap * 2 * sizeof *stack);                             \
                if (!grown) {                                                                      \
                    goto done;                                                                     \
                }                                                                                  \
                stack = grown;                                                                     \
                cap *= 2;                                                                          \
            }                                                                                      \
            stack[n++] = (Item){(child), (d)};                                                     \
        }                                                                                          \
    } while (0)
    while (n > 0) {
        Item it = stack[--n];
        const Node *x = it.node;
        if (it.depth > MAX_AST_DEPTH) {
            deep = true;
            break;
        }
        int d = it.depth + 1;
        PUSH(x->a, d);
        PUSH(x->b, d);
        PUSH(x->c, d);
        const NodeList *lists[] = {&x->items,    &x->values,     &x->keywords,
                                   &x->body,     &x->orelse,     &x->finalbody,
                                   &x->handlers, &x->decorators, &x->comps};
        for (size_t l = 0; l < sizeof lists / sizeof *lists; l++) {
            for (int i = 0; i < lists[l]->len; i++) {
                PUSH(lists[l]->items[i], d);
            }
        }
        if (x->args) {
            // CPython counts the `arguments` node as a level of its own.
            for (int i = 0; i < x->args->nposargs; i++) {
                PUSH(x->args->posargs[i].default_, d + 1);
            }
            for (int i = 0; i < x->args->nkwonly; i++) {
                PUSH(x->args->kwonly[i].default_, d + 1);
            }
        }
    }
#undef PUSH
done:
    free(stack);
    return deep;
}

// ---- entry points ---------------------------------------------------------------

static void copy_lex_error(SyntaxErrorInfo *err, const LexError *e) {
    memset(err, 0, sizeof *err);
    snprintf(err->type, sizeof err->type, "%s", e->type);
    snprintf(err->msg, sizeof err->msg, "%s", e->msg);
    err->line = e->line;
    err->offset = e->offset;
    err->end_line = e->end_line;
    err->end_offset = e->end_offset;
}

static void free_lexes(Shared *sh) {
    for (LexList *l = sh->lexes; l; l = l->next) {
        lexer_result_free(&l->lex);
    }
    sh->lexes = NULL;
}

static Node *parse_module_body(Parser *p) {
    Node *m = ast_node_new(p->arena, N_MODULE, (Span){1, 1, 0, 0});
    while (kind(p) != TOK_ENDMARKER) {
        parse_statement(p, &m->body);
    }
    if (m->body.len) {
        Span first = m->body.items[0]->span;
        Span last = m->body.items[m->body.len - 1]->span;
        m->span = join_spans(first, last);
    }
    return m;
}

static Node *parse_expression_body(Parser *p) {
    Node *e = parse_star_expressions(p);
    if (kind(p) != TOK_ENDMARKER) {
        invalid_syntax(p);
    }
    return e;
}

// Runs `body` over a token array and settles which error CPython would
// report. A tokenizer error anywhere in the file beats a grammar error,
// because CPython tokenizes the rest of the file after one; the one
// exception is a bracket left open at the end of the file, which only wins
// when the grammar error comes after the bracket's line.
static Node *run_parser(AstArena *arena, LexResult *lex, SyntaxErrorInfo *err, ParseFn body,
                        const char **display, size_t *display_len) {
    char base;
    // Both live in the arena: they change between setjmp and longjmp.
    Shared *sh = ast_arena_alloc(arena, sizeof *sh);
    sh->err = err;
    sh->stack_base = (uintptr_t)&base;
    Parser *p = ast_arena_alloc(arena, sizeof *p);
    p->arena = arena;
    p->sh = sh;
    p->lex = lex;
    p->toks = lex->tokens;
    p->ntoks = lex->ntokens;
    jmp_buf jb;
    p->jmp = &jb;
    Node *volatile result = NULL;
    if (setjmp(jb) == 0) {
        result = body(p);
        if (too_deep(result)) {
            memset(err, 0, sizeof *err);
            snprintf(err->type, sizeof err->type, "RecursionError");
            snprintf(err->msg, sizeof err->msg,
                     "maximum recursion depth exceeded during compilation");
            result = NULL;
        }
    } else {
        result = NULL;
        if (!sh->fatal && !sh->keep && lex->failed && !lex->error.soft) {
            copy_lex_error(err, &lex->error);
        } else if (!sh->fatal && !sh->keep && lex->ntokens > 0 &&
                   lex->tokens[lex->ntokens - 1].kind == TOK_EOF_IN_BRACKET &&
                   p->toks[p->max_pos_any].line > lex->open_line) {
            p->fstring = false;
            char msg[64];
            snprintf(msg, sizeof msg, "'%c' was never closed", lex->open_char);
            set_error(p, "SyntaxError", lex->open_line, lex->open_col + 1, lex->open_line, 0, msg);
        }
    }
    free_lexes(sh);
    if (display) {
        *display = sh->display;
        *display_len = sh->display_len;
    }
    return result;
}

// parser_parse_module, also giving the line to show for the error when it
// is not a source line (the display lives in the arena).
static Node *parse_module(AstArena *arena, const char *src, size_t len, SyntaxErrorInfo *err,
                          const char **display, size_t *display_len) {
    memset(err, 0, sizeof *err);
    LexResult lex;
    lexer_tokenize(src, len, &lex);
    Node *m = run_parser(arena, &lex, err, parse_module_body, display, display_len);
    lexer_result_free(&lex);
    return m;
}

Node *parser_parse_module(AstArena *arena, const char *src, size_t len, SyntaxErrorInfo *err) {
    return parse_module(arena, src, len, err, NULL, NULL);
}

Node *parser_parse_expression(AstArena *arena, const char *src, size_t len, SyntaxErrorInfo *err) {
    memset(err, 0, sizeof *err);
    LexResult lex;
    lexer_tokenize_expression(src, len, 1, 0, &lex);
    Token *last = &lex.tokens[lex.ntokens - 1];
    if (last->kind == TOK_EOF_IN_BRACKET && last->level == 1) {
        last->kind = TOK_ENDMARKER;
    }
    Node *e = run_parser(arena, &lex, err, parse_expression_body, NULL, NULL);
    lexer_result_free(&lex);
    return e;
}

// ---- printing -------------------------------------------------------------------

typedef struct Out {
    char *data;
    size_t len, cap;
} Out;

static void out_write(Out *o, const char *s, size_t n) {
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap : 256;
        while (cap < o->len + n + 1) {
            cap *= 2;
        }
        char *d = realloc(o->data, cap);
        if (!d) {
            fputs("Fatal Python error: out of memory\n", stderr);
            abort();
        }
        o->data = d;
        o->cap = cap;
    }
    memcpy(o->data + o->len, s, n);
    o->len += n;
    o->data[o->len] = '\0';
}

static void out_str(Out *o, const char *s) {
    out_write(o, s, strlen(s));
}

static void out_repeat(Out *o, char c, long n) {
    for (long i = 0; i < n; i++) {
        out_write(o, &c, 1);
    }
}

// The source line, as CPython's SyntaxError.text holds it: with its "\n"
// when it has one, cut at a NUL byte. Returns false if there is no such line.
static bool source_line(const char *text, size_t len, int line, const char **s, size_t *n) {
    if (!text_line(text, len, line < 1 ? 1 : (size_t)line, s, n)) {
        return false;
    }
    const char *stop = *s + *n < text + len ? *s + *n + 1 : *s + *n; // with its '\n'
    const char *nul = memchr(*s, '\0', (size_t)(stop - *s));
    *n = (size_t)((nul ? nul : stop) - *s);
    return true;
}

// CPython's print_error_text: the line without its indentation, then a caret
// line, the caret moved left by the indentation removed.
static void print_error_text(Out *o, long offset, long end_offset, const char *text, size_t len) {
    long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (len > 0 && (*text == ' ' || *text == '\t' || *text == '\f')) {
        text++;
        len--;
        offset--;
    }
    long content = (long)len;
    if (content > 0 && text[content - 1] == '\n') {
        content--;
    }
    if (offset > content) {
        offset = content;
    }
    out_str(o, "    ");
    out_write(o, text, len);
    if (len == 0 || text[len - 1] != '\n') {
        out_str(o, "\n");
    }
    if (offset < 0) {
        return;
    }
    out_str(o, "    ");
    out_repeat(o, ' ', offset);
    out_repeat(o, '^', carets);
    out_str(o, "\n");
}

char *parser_format_syntax_error(const SyntaxErrorInfo *err, const char *src, size_t len,
                                 const char *filename) {
    Out o = {0};
    if (err->line <= 0) {
        // No position: just "Type: message", with the file name put into the
        // non-UTF-8 message where CPython has it.
        out_str(&o, err->type);
        out_str(&o, ": ");
        const char *hole = strstr(err->msg, "in file  on line");
        if (hole) {
            out_write(&o, err->msg, (size_t)(hole - err->msg) + 8);
            out_str(&o, filename);
            out_str(&o, hole + 8);
        } else {
            out_str(&o, err->msg);
        }
        out_str(&o, "\n");
        return o.data;
    }
    char head[64];
    out_str(&o, "  File \"");
    out_str(&o, filename);
    snprintf(head, sizeof head, "\", line %d\n", err->line);
    out_str(&o, head);
    size_t tlen;
    char *text = lexer_normalize_newlines(src, len, &tlen);
    const char *line;
    size_t n;
    // An error inside an f-string field shows CPython's "(expr)" line,
    // which only a second parse can tell.
    AstArena *arena = ast_arena_new();
    SyntaxErrorInfo again;
    const char *display = NULL;
    size_t display_len = 0;
    bool shown = !parse_module(arena, src, len, &again, &display, &display_len) && display &&
                 strcmp(again.type, err->type) == 0 && strcmp(again.msg, err->msg) == 0 &&
                 again.line == err->line && again.offset == err->offset &&
                 again.end_line == err->end_line && again.end_offset == err->end_offset;
    if (shown) {
        line = display;
        n = display_len;
    }
    if (shown || source_line(text, tlen, err->line, &line, &n)) {
        long offset = err->offset;
        long end_offset = err->end_offset;
        // Only a plain SyntaxError shows its end; subclasses get one caret.
        if (strcmp(err->type, "SyntaxError") != 0) {
            end_offset = -1;
        } else {
            if (err->end_line > err->line) {
                end_offset = (long)n;
            }
            if (end_offset > (long)n + 1) {
                end_offset = (long)n + 1;
            }
        }
        print_error_text(&o, offset, end_offset, line, n);
    }
    ast_arena_free(arena);
    free(text);
    out_str(&o, err->type);
    out_str(&o, ": ");
    out_str(&o, err->msg);
    out_str(&o, "\n");
    return o.data;
}
