// The tokenizer (re2c input; the Makefile generates build/lexer.c from it).
// One pass over the whole source produces the token array the parser reads.
// Indentation, implicit line joining inside brackets, backslash continuation,
// comments and blank lines are handled here; the grammar is not. Errors are
// reported with the line and offsets python3 prints for the same mistake,
// which is why offsets are counted in characters here (the tokenizer's
// convention) while the parser counts bytes.
#include "compiler/lexer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    MAX_LEVEL = 200,  // nested brackets, as CPython's MAXLEVEL
    MAX_INDENT = 100, // indentation levels, as CPython's MAXINDENT
    TAB_SIZE = 8,
};

typedef struct Lexer {
    const char *text, *end;
    const char *cur;
    const char *line_start;
    int line;
    int nlines;   // physical lines; a final "\n" starts no new line
    int bad_line; // first line with a NUL byte or invalid UTF-8, 0 if none
    bool bad_is_nul;
    const char *bad_at;
    int indents[MAX_INDENT + 1], altindents[MAX_INDENT + 1];
    int nindents; // indents[0] is the zero level
    struct {
        char ch;
        int line, col;
    } brackets[MAX_LEVEL];
    int level;
    bool at_bol;         // the next token starts a logical line
    const char *comment; // start of a comment ending the current line, or NULL
    int first_line;      // number of the first line
    int col_bias;        // added to columns on the first line
    bool fatal;
    LexResult *res;
    int cap;
} Lexer;

// ---- errors ----------------------------------------------------------------

// Number of characters (UTF-8 lead bytes) in [from, to).
static int char_count(const char *from, const char *to) {
    int n = 0;
    for (const char *p = from; p < to; p++) {
        if (((unsigned char)*p & 0xC0) != 0x80) {
            n++;
        }
    }
    return n;
}

static Token *push_token(Lexer *lx, TokenKind kind, const char *start, const char *stop);

static void set_error(Lexer *lx, const char *type, int line, int offset, int end_line,
                      int end_offset, const char *msg) {
    LexError *e = &lx->res->error;
    snprintf(e->type, sizeof e->type, "%s", type);
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    e->line = line;
    e->offset = offset;
    e->end_line = end_line;
    e->end_offset = end_offset;
    lx->res->failed = true;
    lx->fatal = true;
    // The parser reads up to here: a parse error before this point may
    // still be the one to report.
    push_token(lx, TOK_ERRORTOKEN, lx->cur, lx->cur);
}

// An error CPython's tokenizer leaves for the parser to find.
static void set_soft_error(Lexer *lx, const char *type, int line, int offset, int end_line,
                           int end_offset, const char *msg) {
    set_error(lx, type, line, offset, end_line, end_offset, msg);
    lx->res->error.soft = true;
}

// The tokenizer's usual report: the caret goes under the character just
// before `at` on the current line.
static void error_at(Lexer *lx, const char *at, const char *msg) {
    int off = char_count(lx->line_start, at);
    set_error(lx, "SyntaxError", lx->line, off, lx->line, off, msg);
}

// ---- input checks -------------------------------------------------------------

// Length of the well-formed UTF-8 sequence at p (strict: no overlongs, no
// surrogates, nothing above U+10FFFF), or 0.
static int utf8_len(const unsigned char *p, const unsigned char *end) {
    unsigned c = p[0];
    int n;
    unsigned min;
    if (c < 0x80) {
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (end - p < n) {
        return 0;
    }
    uint32_t cp = c & (0x7F >> n);
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            return 0;
        }
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
    }
    return n;
}

static uint32_t utf8_decode(const unsigned char *p, int n) {
    if (n == 1) {
        return p[0];
    }
    uint32_t cp = p[0] & (0x7F >> n);
    for (int i = 1; i < n; i++) {
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    return cp;
}

// Finds the first line CPython would refuse to read: one holding a NUL byte
// or bytes that are not UTF-8. The error itself is raised only when the
// scanner reaches that line, as CPython reads its file line by line.
static void find_bad_line(Lexer *lx) {
    int line = lx->first_line;
    const unsigned char *p = (const unsigned char *)lx->text;
    const unsigned char *end = (const unsigned char *)lx->end;
    while (p < end) {
        if (*p == '\n') {
            line++;
            p++;
        } else if (*p == 0 || utf8_len(p, end) == 0) {
            lx->bad_line = line;
            lx->bad_is_nul = *p == 0;
            lx->bad_at = (const char *)p;
            return;
        } else {
            p += utf8_len(p, end);
        }
    }
}

static void bad_line_error(Lexer *lx) {
    if (lx->bad_is_nul) {
        set_error(lx, "SyntaxError", lx->bad_line, 0, lx->bad_line, 0,
                  "source code cannot contain null bytes");
    } else {
        // The file name goes right after "in file " when the error is printed.
        char msg[200];
        snprintf(msg, sizeof msg,
                 "Non-UTF-8 code starting with '\\x%02x' in file  on line %d, but no encoding "
                 "declared; see https://peps.python.org/pep-0263/ for details",
                 (unsigned char)*lx->bad_at, lx->bad_line);
        set_error(lx, "SyntaxError", 0, 0, 0, 0, msg);
    }
}

// Moves the scanner onto the line starting at p. Returns false when that
// line is one CPython refuses to read.
static bool enter_line(Lexer *lx, const char *p) {
    lx->line++;
    lx->line_start = p;
    if (lx->line == lx->bad_line) {
        bad_line_error(lx);
        return false;
    }
    return true;
}

// ---- token output -------------------------------------------------------------

static Token *push_token(Lexer *lx, TokenKind kind, const char *start, const char *stop) {
    LexResult *r = lx->res;
    if (r->ntokens == lx->cap) {
        lx->cap = lx->cap ? lx->cap * 2 : 256;
        Token *t = realloc(r->tokens, (size_t)lx->cap * sizeof *t);
        if (!t) {
            fputs("Fatal Python error: out of memory\n", stderr);
            abort();
        }
        r->tokens = t;
    }
    Token *t = &r->tokens[r->ntokens++];
    t->kind = kind;
    t->start = start;
    t->len = (int)(stop - start);
    t->line = lx->line;
    t->col = (int)(start - lx->line_start);
    t->end_line = lx->line;
    t->end_col = (int)(stop - lx->line_start);
    t->level = lx->level;
    if (t->line == lx->first_line) {
        t->col += lx->col_bias;
        t->end_col += lx->col_bias;
    }
    return t;
}

// Tokens after the last line (DEDENTs and ENDMARKER) carry column -1, which
// the parser reports the way CPython reports its end-of-file tokens.
static void push_eof_token(Lexer *lx, TokenKind kind) {
    Token *t = push_token(lx, kind, lx->end, lx->end);
    t->line = t->end_line = lx->first_line - 1 + (lx->nlines > 0 ? lx->nlines : 1);
    t->col = t->end_col = -1;
}

// ---- identifiers ----------------------------------------------------------------

// Code points at or above U+0080 that can never be part of an identifier:
// the punctuation and symbol blocks people paste by accident (smart quotes,
// dashes, currency, arrows, emoji, odd spaces). Other non-ASCII characters
// are accepted as letters; CPython's full XID tables are not reproduced.
static const uint32_t not_identifier[][2] = {
    {0x80, 0xA9},     {0xAB, 0xB4},     {0xB6, 0xB6},     {0xB8, 0xB9},     {0xBB, 0xBF},
    {0xD7, 0xD7},     {0xF7, 0xF7},     {0x2000, 0x203E}, {0x2041, 0x2053}, {0x2055, 0x2070},
    {0x2074, 0x207E}, {0x2080, 0x208E}, {0x20A0, 0x20CF}, {0x2150, 0x215F}, {0x2189, 0x218F},
    {0x2190, 0x27FF}, {0x2900, 0x2BFF}, {0x2E00, 0x2E7F}, {0x3000, 0x3004}, {0x3008, 0x3020},
    {0x3030, 0x3030}, {0x303D, 0x303F}, {0xE000, 0xF8FF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE32},
    {0xFE35, 0xFE4C}, {0xFE50, 0xFE6B}, {0xFEFF, 0xFEFF}, {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20},
    {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40}, {0xFF5B, 0xFF65}, {0xFFF0, 0xFFFF}, {0x1F000, 0x1FAFF},
};

// Of those, the ones str.isprintable() rejects (spaces, format controls).
static const uint32_t not_printable[][2] = {
    {0x80, 0xA0},     {0xAD, 0xAD},     {0x2000, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x206F},
    {0x3000, 0x3000}, {0xE000, 0xF8FF}, {0xFEFF, 0xFEFF}, {0xFFF0, 0xFFFB},
};

static bool in_table(const uint32_t (*t)[2], size_t n, uint32_t cp) {
    for (size_t i = 0; i < n; i++) {
        if (cp >= t[i][0] && cp <= t[i][1]) {
            return true;
        }
    }
    return false;
}

// Reports the character at p (n bytes) as CPython's "invalid character".
static void invalid_character(Lexer *lx, const char *p, int n) {
    uint32_t cp = utf8_decode((const unsigned char *)p, n);
    char msg[64];
    bool printable = cp >= 0x20 && cp != 0x7F &&
                     !in_table(not_printable, sizeof not_printable / sizeof *not_printable, cp);
    if (printable) {
        snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", n, p, (unsigned)cp);
    } else {
        snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", (unsigned)cp);
    }
    error_at(lx, p + n, msg);
}

// Checks the non-ASCII characters of a name; false after reporting one.
static bool check_identifier(Lexer *lx, const char *p, const char *stop) {
    while (p < stop) {
        if ((unsigned char)*p < 0x80) {
            p++;
            continue;
        }
        int n = utf8_len((const unsigned char *)p, (const unsigned char *)lx->end);
        uint32_t cp = utf8_decode((const unsigned char *)p, n);
        if (in_table(not_identifier, sizeof not_identifier / sizeof *not_identifier, cp)) {
            invalid_character(lx, p, n);
            return false;
        }
        p += n;
    }
    return true;
}

// ---- numbers ------------------------------------------------------------------

static bool is_digit_in(char c, int base) {
    switch (base) {
    case 16:
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    case 8:
        return c >= '0' && c <= '7';
    case 2:
        return c == '0' || c == '1';
    default:
        return c >= '0' && c <= '9';
    }
}

static bool is_ascii_ident_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Digits with single underscores between them, starting at a digit. Returns
// the position after them, or NULL after reporting "invalid decimal literal"
// for an underscore not followed by a digit.
static const char *decimal_tail(Lexer *lx, const char *p) {
    for (;;) {
        while (*p >= '0' && *p <= '9') {
            p++;
        }
        if (*p != '_') {
            return p;
        }
        p++;
        if (!(*p >= '0' && *p <= '9')) {
            error_at(lx, p, "invalid decimal literal");
            return NULL;
        }
    }
}

// A number must not run straight into a name. As in CPython 3.11, a keyword
// that can follow a number (`1if x else y`) is let through.
static bool end_of_number(Lexer *lx, const char *p, const char *kind) {
    static const char *const ok[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    if (!is_ascii_ident_char(*p)) {
        return true;
    }
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        if (strncmp(p, ok[i], strlen(ok[i])) == 0) {
            return true;
        }
    }
    char msg[64];
    snprintf(msg, sizeof msg, "invalid %s literal", kind);
    error_at(lx, p, msg);
    return false;
}

// Scans a number starting at lx->cur and pushes a NUMBER token.
static void scan_number(Lexer *lx) {
    const char *start = lx->cur;
    const char *p = start;
    if (p[0] == '0' && strchr("xXoObB", p[1]) && p[1]) {
        char b = (char)(p[1] | 0x20);
        int base = b == 'x' ? 16 : b == 'o' ? 8 : 2;
        const char *kind = b == 'x' ? "hexadecimal" : b == 'o' ? "octal" : "binary";
        char msg[64];
        p += 2;
        for (;;) {
            if (*p == '_') {
                p++;
            }
            if (!is_digit_in(*p, base)) {
                if (*p >= '0' && *p <= '9') {
                    snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *p, kind);
                    error_at(lx, p + 1, msg);
                } else {
                    snprintf(msg, sizeof msg, "invalid %s literal", kind);
                    error_at(lx, p, msg);
                }
                return;
            }
            while (is_digit_in(*p, base)) {
                p++;
            }
            if (*p != '_') {
                break;
            }
        }
        if (*p >= '0' && *p <= '9') {
            snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *p, kind);
            error_at(lx, p + 1, msg);
            return;
        }
        if (!end_of_number(lx, p, kind)) {
            return;
        }
        push_token(lx, TOK_NUMBER, start, p);
        lx->cur = p;
        return;
    }
    bool fraction = false;
    if (*p == '.') {
        fraction = true;
    } else if (*p == '0') {
        // Zeros (possibly "0_0"); a nonzero digit after them is an old-style
        // octal literal, an error unless a fraction or exponent follows.
        while (*p == '0' || *p == '_') {
            if (*p == '_') {
                p++;
                if (!(*p >= '0' && *p <= '9')) {
                    error_at(lx, p, "invalid decimal literal");
                    return;
                }
            } else {
                p++;
            }
        }
        const char *first_nonzero = p;
        bool nonzero = *p >= '0' && *p <= '9';
        if (nonzero && !(p = decimal_tail(lx, p))) {
            return;
        }
        if (nonzero && *p != '.' && *p != 'e' && *p != 'E' && *p != 'j' && *p != 'J') {
            int off = char_count(lx->line_start, start) + 1;
            int end_off = char_count(lx->line_start, first_nonzero) + 1;
            set_error(lx, "SyntaxError", lx->line, off, lx->line, end_off,
                      "leading zeros in decimal integer literals are not permitted; use an 0o "
                      "prefix for octal integers");
            return;
        }
        fraction = *p == '.';
    } else {
        if (!(p = decimal_tail(lx, p))) {
            return;
        }
        fraction = *p == '.';
    }
    if (fraction) {
        p++;
        if (*p >= '0' && *p <= '9' && !(p = decimal_tail(lx, p))) {
            return;
        }
    }
    if (*p == 'e' || *p == 'E') {
        const char *e = p;
        p++;
        if (*p == '+' || *p == '-') {
            p++;
            if (!(*p >= '0' && *p <= '9')) {
                error_at(lx, p, "invalid decimal literal");
                return;
            }
        } else if (!(*p >= '0' && *p <= '9')) {
            // Not an exponent after all: the number ends before the 'e',
            // which is fine only when a keyword starts there (`1else`).
            if (!end_of_number(lx, e, "decimal")) {
                return;
            }
            push_token(lx, TOK_NUMBER, start, e);
            lx->cur = e;
            return;
        }
        if (!(p = decimal_tail(lx, p))) {
            return;
        }
    }
    if (*p == 'j' || *p == 'J') {
        p++;
    }
    if (!end_of_number(lx, p, "decimal")) {
        return;
    }
    push_token(lx, TOK_NUMBER, start, p);
    lx->cur = p;
}

// ---- strings ------------------------------------------------------------------

// Scans a string literal whose prefix starts at `start` and whose opening
// quote is at q, and pushes a STRING token (which may span lines).
static void scan_string(Lexer *lx, const char *start, const char *q) {
    char quote = *q;
    bool triple = q[1] == quote && q[2] == quote;
    const char *p = q + (triple ? 3 : 1);
    int first_line = lx->line;
    const char *first_line_start = lx->line_start;
    int start_off = char_count(lx->line_start, start) + 1;
    for (;;) {
        if (p >= lx->end) {
            char msg[96];
            int last = lx->first_line - 1 + lx->nlines;
            int at = triple ? last : (lx->line < last ? lx->line : last);
            snprintf(msg, sizeof msg, "unterminated %sstring literal (detected at line %d)",
                     triple ? "triple-quoted " : "", at);
            set_error(lx, "SyntaxError", first_line, start_off, first_line, start_off, msg);
            return;
        }
        char c = *p;
        if (c == quote) {
            if (!triple) {
                p++;
                break;
            }
            if (p[1] == quote && p[2] == quote) {
                p += 3;
                break;
            }
            p++;
        } else if (c == '\n') {
            if (!triple) {
                char msg[96];
                snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)",
                         lx->line);
                set_error(lx, "SyntaxError", first_line, start_off, first_line, start_off, msg);
                return;
            }
            p++;
            if (!enter_line(lx, p)) {
                return;
            }
        } else if (c == '\\') {
            p++;
            if (*p == '\n') {
                p++;
                if (!enter_line(lx, p)) {
                    return;
                }
            } else if (p < lx->end) {
                p++;
            }
        } else {
            p++;
        }
    }
    int end_line = lx->line;
    int end_col = (int)(p - lx->line_start);
    int line = lx->line;
    const char *ls = lx->line_start;
    lx->line = first_line;
    lx->line_start = first_line_start;
    Token *t = push_token(lx, TOK_STRING, start, p);
    t->end_line = end_line;
    t->end_col = end_col + (end_line == lx->first_line ? lx->col_bias : 0);
    lx->line = line;
    lx->line_start = ls;
    lx->cur = p;
}

// True when the n bytes at p are a string prefix: r, u, b, f, br, rb, fr, rf
// in any case.
static bool is_string_prefix(const char *p, size_t n) {
    char a = (char)(p[0] | 0x20);
    if (n == 1) {
        return a == 'r' || a == 'u' || a == 'b' || a == 'f';
    }
    if (n == 2) {
        char b = (char)(p[1] | 0x20);
        return (a == 'b' && b == 'r') || (a == 'r' && b == 'b') || (a == 'f' && b == 'r') ||
               (a == 'r' && b == 'f');
    }
    return false;
}

// ---- brackets -----------------------------------------------------------------

static void open_bracket(Lexer *lx, const char *p) {
    if (lx->level >= MAX_LEVEL) {
        error_at(lx, p + 1, "too many nested parentheses");
        return;
    }
    lx->brackets[lx->level].ch = *p;
    lx->brackets[lx->level].line = lx->line;
    lx->brackets[lx->level].col = (int)(p - lx->line_start);
    lx->level++;
}

static void close_bracket(Lexer *lx, const char *p) {
    char msg[128];
    if (lx->level == 0 || lx->brackets[lx->level - 1].ch == 0) {
        snprintf(msg, sizeof msg, "unmatched '%c'", *p);
        error_at(lx, p + 1, msg);
        return;
    }
    char open = lx->brackets[lx->level - 1].ch;
    int open_line = lx->brackets[lx->level - 1].line;
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (*p != want) {
        if (open_line != lx->line) {
            snprintf(msg, sizeof msg,
                     "closing parenthesis '%c' does not match opening parenthesis '%c' on "
                     "line %d",
                     *p, open, open_line);
        } else {
            snprintf(msg, sizeof msg,
                     "closing parenthesis '%c' does not match opening parenthesis '%c'", *p, open);
        }
        error_at(lx, p + 1, msg);
        return;
    }
    lx->level--;
}

// ---- operators, keywords and names (re2c) -------------------------------------

// Scans one operator, keyword or name at lx->cur. Returns the kind and
// stores the end in *out_end; TOK_UNKNOWN for a character that starts none.
static TokenKind scan_word(const char *start, const char **out_end) {
    const unsigned char *p = (const unsigned char *)start;
    const unsigned char *marker = p;
    TokenKind k;
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:define:YYCURSOR = p;
        re2c:define:YYMARKER = marker;
        re2c:yyfill:enable = 0;

        ident_start = [a-zA-Z_] | [\x80-\xff];
        ident_char = [a-zA-Z0-9_] | [\x80-\xff];

        "False"    { k = TOK_FALSE; goto done; }
        "None"     { k = TOK_NONE; goto done; }
        "True"     { k = TOK_TRUE; goto done; }
        "and"      { k = TOK_AND; goto done; }
        "as"       { k = TOK_AS; goto done; }
        "assert"   { k = TOK_ASSERT; goto done; }
        "async"    { k = TOK_ASYNC; goto done; }
        "await"    { k = TOK_AWAIT; goto done; }
        "break"    { k = TOK_BREAK; goto done; }
        "class"    { k = TOK_CLASS; goto done; }
        "continue" { k = TOK_CONTINUE; goto done; }
        "def"      { k = TOK_DEF; goto done; }
        "del"      { k = TOK_DEL; goto done; }
        "elif"     { k = TOK_ELIF; goto done; }
        "else"     { k = TOK_ELSE; goto done; }
        "except"   { k = TOK_EXCEPT; goto done; }
        "finally"  { k = TOK_FINALLY; goto done; }
        "for"      { k = TOK_FOR; goto done; }
        "from"     { k = TOK_FROM; goto done; }
        "global"   { k = TOK_GLOBAL; goto done; }
        "if"       { k = TOK_IF; goto done; }
        "import"   { k = TOK_IMPORT; goto done; }
        "in"       { k = TOK_IN; goto done; }
        "is"       { k = TOK_IS; goto done; }
        "lambda"   { k = TOK_LAMBDA; goto done; }
        "nonlocal" { k = TOK_NONLOCAL; goto done; }
        "not"      { k = TOK_NOT; goto done; }
        "or"       { k = TOK_OR; goto done; }
        "pass"     { k = TOK_PASS; goto done; }
        "raise"    { k = TOK_RAISE; goto done; }
        "return"   { k = TOK_RETURN; goto done; }
        "try"      { k = TOK_TRY; goto done; }
        "while"    { k = TOK_WHILE; goto done; }
        "with"     { k = TOK_WITH; goto done; }
        "yield"    { k = TOK_YIELD; goto done; }
        ident_start ident_char* { k = TOK_NAME; goto done; }

        "("   { k = TOK_LPAR; goto done; }
        ")"   { k = TOK_RPAR; goto done; }
        "["   { k = TOK_LSQB; goto done; }
        "]"   { k = TOK_RSQB; goto done; }
        "{"   { k = TOK_LBRACE; goto done; }
        "}"   { k = TOK_RBRACE; goto done; }
        ":"   { k = TOK_COLON; goto done; }
        ":="  { k = TOK_COLONEQUAL; goto done; }
        ","   { k = TOK_COMMA; goto done; }
        ";"   { k = TOK_SEMI; goto done; }
        "."   { k = TOK_DOT; goto done; }
        "..." { k = TOK_ELLIPSIS; goto done; }
        "->"  { k = TOK_RARROW; goto done; }
        "+"   { k = TOK_PLUS; goto done; }
        "-"   { k = TOK_MINUS; goto done; }
        "*"   { k = TOK_STAR; goto done; }
        "/"   { k = TOK_SLASH; goto done; }
        "//"  { k = TOK_DOUBLESLASH; goto done; }
        "%"   { k = TOK_PERCENT; goto done; }
        "**"  { k = TOK_DOUBLESTAR; goto done; }
        "@"   { k = TOK_AT; goto done; }
        "|"   { k = TOK_VBAR; goto done; }
        "&"   { k = TOK_AMPER; goto done; }
        "^"   { k = TOK_CIRCUMFLEX; goto done; }
        "~"   { k = TOK_TILDE; goto done; }
        "<<"  { k = TOK_LEFTSHIFT; goto done; }
        ">>"  { k = TOK_RIGHTSHIFT; goto done; }
        "<"   { k = TOK_LESS; goto done; }
        ">"   { k = TOK_GREATER; goto done; }
        "=="  { k = TOK_EQEQUAL; goto done; }
        "!="  { k = TOK_NOTEQUAL; goto done; }
        "<>"  { k = TOK_NOTEQUAL; goto done; }
        "<="  { k = TOK_LESSEQUAL; goto done; }
        ">="  { k = TOK_GREATEREQUAL; goto done; }
        "="   { k = TOK_EQUAL; goto done; }
        "+="  { k = TOK_PLUSEQUAL; goto done; }
        "-="  { k = TOK_MINEQUAL; goto done; }
        "*="  { k = TOK_STAREQUAL; goto done; }
        "/="  { k = TOK_SLASHEQUAL; goto done; }
        "//=" { k = TOK_DOUBLESLASHEQUAL; goto done; }
        "%="  { k = TOK_PERCENTEQUAL; goto done; }
        "**=" { k = TOK_DOUBLESTAREQUAL; goto done; }
        "<<=" { k = TOK_LEFTSHIFTEQUAL; goto done; }
        ">>=" { k = TOK_RIGHTSHIFTEQUAL; goto done; }
        "&="  { k = TOK_AMPEREQUAL; goto done; }
        "|="  { k = TOK_VBAREQUAL; goto done; }
        "^="  { k = TOK_CIRCUMFLEXEQUAL; goto done; }
        "@="  { k = TOK_ATEQUAL; goto done; }
        *     { k = TOK_UNKNOWN; goto done; }
    */
done:
    *out_end = (const char *)p;
    return k;
}

// ---- the main loop ------------------------------------------------------------

// Reads the indentation of a new logical line at lx->cur and emits INDENT or
// DEDENT tokens. Blank and comment-only lines are skipped. Returns false at
// end of input or after an error.
static bool indentation(Lexer *lx) {
    for (;;) {
        int col = 0, altcol = 0;
        // Indentation cannot be continued with a backslash: the column of
        // the first one decides (CPython's quirk: unless that column is 0).
        int cont_col = 0;
        const char *p = lx->cur;
        for (;; p++) {
            if (*p == ' ') {
                col++;
                altcol++;
            } else if (*p == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altcol++;
            } else if (*p == '\f') {
                col = altcol = 0;
            } else if (*p == '\\') {
                lx->cur = p;
                if (p + 1 >= lx->end || (p[1] == '\n' && p + 2 >= lx->end)) {
                    set_soft_error(lx, "SyntaxError", lx->line, 0, lx->line, -1,
                                   "unexpected EOF while parsing");
                    return false;
                }
                if (p[1] != '\n') {
                    int off = (int)(p - lx->line_start) + 2;
                    set_soft_error(lx, "SyntaxError", lx->line, off, lx->line, 0,
                                   "unexpected character after line continuation character");
                    return false;
                }
                cont_col = cont_col ? cont_col : col;
                p++;
                lx->cur = p + 1;
                if (!enter_line(lx, p + 1)) {
                    return false;
                }
            } else {
                break;
            }
        }
        lx->cur = p;
        if (cont_col) {
            col = altcol = cont_col;
        }
        if (p >= lx->end) {
            lx->cur = p;
            return false;
        }
        if (*p == '#' || *p == '\n') {
            // A blank line: no tokens, no indentation change.
            while (p < lx->end && *p != '\n') {
                p++;
            }
            if (p >= lx->end) {
                lx->cur = p;
                return false;
            }
            p++;
            lx->cur = p;
            if (!enter_line(lx, p)) {
                return false;
            }
            continue;
        }
        lx->cur = p;
        int top = lx->indents[lx->nindents];
        int alttop = lx->altindents[lx->nindents];
        if (col == top) {
            if (altcol != alttop) {
                set_soft_error(lx, "TabError", lx->line, 1, lx->line, 0,
                               "inconsistent use of tabs and spaces in indentation");
                return false;
            }
        } else if (col > top) {
            if (lx->nindents >= MAX_INDENT) {
                set_soft_error(lx, "IndentationError", lx->line, 1, lx->line, 0,
                               "too many levels of indentation");
                return false;
            }
            if (altcol <= alttop) {
                set_soft_error(lx, "TabError", lx->line, 1, lx->line, 0,
                               "inconsistent use of tabs and spaces in indentation");
                return false;
            }
            lx->nindents++;
            lx->indents[lx->nindents] = col;
            lx->altindents[lx->nindents] = altcol;
            push_token(lx, TOK_INDENT, lx->line_start, p);
        } else {
            int level = lx->nindents;
            while (level > 0 && col < lx->indents[level]) {
                level--;
            }
            if (col != lx->indents[level]) {
                // CPython puts this caret just past the end of the line.
                const char *eol = p;
                while (eol < lx->end && *eol != '\n') {
                    eol++;
                }
                int off = (int)(eol - lx->line_start) + 1;
                set_soft_error(lx, "IndentationError", lx->line, off, lx->line, -1,
                               "unindent does not match any outer indentation level");
                return false;
            }
            if (altcol != lx->altindents[level]) {
                set_soft_error(lx, "TabError", lx->line, 1, lx->line, 0,
                               "inconsistent use of tabs and spaces in indentation");
                return false;
            }
            while (lx->nindents > level) {
                lx->nindents--;
                // CPython gives DEDENT no column; errors there say offset 0.
                Token *t = push_token(lx, TOK_DEDENT, p, p);
                t->col = t->end_col = -1;
            }
        }
        return true;
    }
}

static void finish(Lexer *lx) {
    if (lx->level > 0) {
        LexResult *r = lx->res;
        r->open_char = lx->brackets[lx->level - 1].ch;
        r->open_line = lx->brackets[lx->level - 1].line;
        r->open_col = lx->brackets[lx->level - 1].col;
        push_eof_token(lx, TOK_EOF_IN_BRACKET);
        return;
    }
    int n = lx->res->ntokens;
    if (n > 0 && lx->res->tokens[n - 1].kind != TOK_NEWLINE &&
        lx->res->tokens[n - 1].kind != TOK_DEDENT && lx->res->tokens[n - 1].kind != TOK_INDENT) {
        // The last line has no "\n": CPython supplies the NEWLINE.
        push_token(lx, TOK_NEWLINE, lx->comment ? lx->comment : lx->end, lx->end);
    }
    while (lx->nindents > 0) {
        lx->nindents--;
        push_eof_token(lx, TOK_DEDENT);
    }
    push_eof_token(lx, TOK_ENDMARKER);
}

static void run(Lexer *lx, bool bracketed) {
    if (!enter_line(lx, lx->text)) {
        return;
    }
    lx->at_bol = !bracketed;
    for (;;) {
        if (lx->at_bol && lx->level == 0) {
            lx->at_bol = false;
            if (!indentation(lx)) {
                if (!lx->fatal) {
                    finish(lx);
                }
                return;
            }
        }
        const char *p = lx->cur;
        while (*p == ' ' || *p == '\t' || *p == '\f') {
            p++;
        }
        lx->cur = p;
        if (p >= lx->end) {
            finish(lx);
            return;
        }
        char c = *p;
        if (c == '#') {
            lx->comment = p;
            while (p < lx->end && *p != '\n') {
                p++;
            }
            lx->cur = p;
            continue;
        }
        if (c == '\n') {
            if (lx->level == 0) {
                // After a comment, CPython's NEWLINE starts at the '#'.
                push_token(lx, TOK_NEWLINE, lx->comment ? lx->comment : p, p);
                lx->at_bol = true;
            }
            lx->comment = NULL;
            lx->cur = p + 1;
            if (!enter_line(lx, p + 1)) {
                return;
            }
            continue;
        }
        if (c == '\\') {
            if (p[1] == '\n' && p + 2 < lx->end) {
                lx->cur = p + 2;
                if (!enter_line(lx, p + 2)) {
                    return;
                }
                continue;
            }
            int off = (int)(p - lx->line_start) + 2;
            if (p + 1 >= lx->end || (p[1] == '\n' && p + 2 >= lx->end)) {
                set_soft_error(lx, "SyntaxError", lx->line, off, lx->line, -1,
                               "unexpected EOF while parsing");
            } else {
                set_soft_error(lx, "SyntaxError", lx->line, off, lx->line, 0,
                               "unexpected character after line continuation character");
            }
            return;
        }
        if ((c >= '0' && c <= '9') || (c == '.' && p[1] >= '0' && p[1] <= '9')) {
            scan_number(lx);
            if (lx->fatal) {
                return;
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            scan_string(lx, p, p);
            if (lx->fatal) {
                return;
            }
            continue;
        }
        const char *stop;
        TokenKind k = scan_word(p, &stop);
        if (k == TOK_NAME && (stop[0] == '\'' || stop[0] == '"') &&
            is_string_prefix(p, (size_t)(stop - p))) {
            scan_string(lx, p, stop);
            if (lx->fatal) {
                return;
            }
            continue;
        }
        if (k == TOK_NAME && !check_identifier(lx, p, stop)) {
            return;
        }
        if (k == TOK_UNKNOWN) {
            unsigned char u = (unsigned char)c;
            if (u < 0x20 || u == 0x7F) {
                invalid_character(lx, p, 1);
                return;
            }
        }
        if (k == TOK_LPAR || k == TOK_LSQB || k == TOK_LBRACE) {
            open_bracket(lx, p);
        } else if (k == TOK_RPAR || k == TOK_RSQB || k == TOK_RBRACE) {
            close_bracket(lx, p);
        }
        if (lx->fatal) {
            return;
        }
        push_token(lx, k, p, stop);
        lx->cur = stop;
    }
}

char *lexer_normalize_newlines(const char *src, size_t len, size_t *out_len) {
    char *out = malloc(len + 1);
    if (!out) {
        fputs("Fatal Python error: out of memory\n", stderr);
        abort();
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\r') {
            out[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') {
                i++;
            }
        } else {
            out[n++] = src[i];
        }
    }
    out[n] = '\0';
    *out_len = n;
    return out;
}

static bool tokenize(const char *src, size_t len, int line, int col, bool bracketed,
                     LexResult *res) {
    memset(res, 0, sizeof *res);
    res->text = lexer_normalize_newlines(src, len, &res->text_len);
    Lexer lx;
    memset(&lx, 0, sizeof lx);
    lx.res = res;
    lx.text = res->text;
    lx.end = res->text + res->text_len;
    lx.first_line = line;
    lx.line = line - 1;
    lx.col_bias = col;
    if (bracketed) {
        // The implicit bracket has no character, so closing it is "unmatched".
        lx.brackets[0].ch = 0;
        lx.brackets[0].line = line;
        lx.level = 1;
    } else if (res->text_len >= 3 && memcmp(lx.text, "\xEF\xBB\xBF", 3) == 0) {
        lx.text += 3;
    }
    for (const char *p = lx.text; p < lx.end; p++) {
        if (*p == '\n') {
            lx.nlines++;
        }
    }
    if (lx.end > lx.text && lx.end[-1] != '\n') {
        lx.nlines++;
    }
    lx.cur = lx.text;
    find_bad_line(&lx);
    run(&lx, bracketed);
    return !res->failed;
}

bool lexer_tokenize(const char *src, size_t len, LexResult *res) {
    return tokenize(src, len, 1, 0, false, res);
}

bool lexer_tokenize_expression(const char *src, size_t len, int line, int col, LexResult *res) {
    return tokenize(src, len, line, col, true, res);
}

void lexer_result_free(LexResult *res) {
    free(res->text);
    free(res->tokens);
    memset(res, 0, sizeof *res);
}

// ---- literal values ----------------------------------------------------------

void lexer_string_parts(const Token *tok, StringParts *parts) {
    memset(parts, 0, sizeof *parts);
    const char *p = tok->start;
    while (*p != '\'' && *p != '"') {
        char c = (char)(*p | 0x20);
        parts->raw |= c == 'r';
        parts->bytes |= c == 'b';
        parts->fstring |= c == 'f';
        p++;
    }
    char q = *p;
    parts->quote_len = (p[1] == q && p[2] == q && tok->start + tok->len - p >= 6) ? 3 : 1;
    parts->body = p + parts->quote_len;
    parts->body_len = (size_t)(tok->start + tok->len - parts->body) - (size_t)parts->quote_len;
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Appends a code point as UTF-8 (surrogates encoded like any other).
static size_t put_utf8(char *out, uint32_t cp) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

long lexer_decode_escapes(const char *body, size_t body_len, bool bytes, char *out, char *msg,
                          size_t msg_size, size_t *bad_at) {
    size_t n = 0;
    size_t i = 0;
    // Positions in CPython's messages count decoded characters so far for
    // str and bytes of the body for bytes.
    size_t chars = 0;
    while (i < body_len) {
        char c = body[i];
        if (c != '\\' || i + 1 >= body_len) {
            out[n++] = c;
            if (((unsigned char)c & 0xC0) != 0x80) {
                chars++;
            }
            i++;
            continue;
        }
        size_t esc = i;
        char e = body[i + 1];
        i += 2;
        switch (e) {
        case '\n':
            continue;
        case '\\':
            out[n++] = '\\';
            break;
        case '\'':
            out[n++] = '\'';
            break;
        case '"':
            out[n++] = '"';
            break;
        case 'a':
            out[n++] = '\a';
            break;
        case 'b':
            out[n++] = '\b';
            break;
        case 'f':
            out[n++] = '\f';
            break;
        case 'n':
            out[n++] = '\n';
            break;
        case 'r':
            out[n++] = '\r';
            break;
        case 't':
            out[n++] = '\t';
            break;
        case 'v':
            out[n++] = '\v';
            break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            uint32_t v = (uint32_t)(e - '0');
            for (int k = 0; k < 2 && i < body_len && body[i] >= '0' && body[i] <= '7'; k++) {
                v = v * 8 + (uint32_t)(body[i++] - '0');
            }
            if (bytes) {
                out[n++] = (char)(v & 0xFF);
            } else {
                n += put_utf8(out + n, v);
            }
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (bytes && e != 'x') {
                // Not an escape in bytes: kept as written.
                out[n++] = '\\';
                out[n++] = e;
                chars += 2;
                continue;
            }
            uint32_t v = 0;
            int k = 0;
            for (; k < digits && i < body_len && hex_value(body[i]) >= 0; k++) {
                v = v * 16 + (uint32_t)hex_value(body[i++]);
            }
            if (k < digits) {
                if (bytes) {
                    snprintf(msg, msg_size, "(value error) invalid \\x escape at position %zu",
                             esc);
                } else {
                    snprintf(msg, msg_size,
                             "(unicode error) 'unicodeescape' codec can't decode bytes in "
                             "position %zu-%zu: truncated \\%c%s escape",
                             chars, chars + 1 + (size_t)k, e,
                             e == 'x'   ? "XX"
                             : e == 'u' ? "XXXX"
                                        : "XXXXXXXX");
                }
                *bad_at = esc;
                return -1;
            }
            if (bytes) {
                out[n++] = (char)v;
            } else if (v > 0x10FFFF) {
                snprintf(msg, msg_size,
                         "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                         "%zu-%zu: illegal Unicode character",
                         chars, chars + 9);
                *bad_at = esc;
                return -1;
            } else {
                n += put_utf8(out + n, v);
            }
            break;
        }
        default:
            // An unknown escape keeps its backslash.
            out[n++] = '\\';
            chars++;
            i--;
            continue;
        }
        chars++;
    }
    return (long)n;
}

size_t lexer_number_digits(const Token *tok, char *out) {
    size_t n = 0;
    for (int i = 0; i < tok->len; i++) {
        if (tok->start[i] != '_') {
            out[n++] = tok->start[i];
        }
    }
    out[n] = '\0';
    return n;
}

void lexer_number_value(const Token *tok, bool *is_float, int64_t *i, double *f, bool *big) {
    char buf[128];
    char *digits = tok->len < (int)sizeof buf ? buf : malloc((size_t)tok->len + 1);
    if (!digits) {
        fputs("Fatal Python error: out of memory\n", stderr);
        abort();
    }
    size_t n = lexer_number_digits(tok, digits);
    *is_float = false;
    *big = false;
    *i = 0;
    *f = 0.0;
    int base = 10;
    const char *p = digits;
    if (n > 1 && digits[0] == '0' && strchr("xXoObB", digits[1])) {
        char b = (char)(digits[1] | 0x20);
        base = b == 'x' ? 16 : b == 'o' ? 8 : 2;
        p += 2;
    } else if (strpbrk(digits, ".eEjJ")) {
        *is_float = true;
        *f = strtod(digits, NULL);
        if (digits != buf) {
            free(digits);
        }
        return;
    }
    uint64_t v = 0;
    for (; *p; p++) {
        uint64_t d = (uint64_t)hex_value(*p);
        if (v > (UINT64_MAX - d) / (uint64_t)base || v * (uint64_t)base + d > INT64_MAX) {
            *big = true;
            break;
        }
        v = v * (uint64_t)base + d;
    }
    *i = *big ? 0 : (int64_t)v;
    if (digits != buf) {
        free(digits);
    }
}

const char *lexer_token_name(TokenKind kind) {
    static const char *const names[TOK_COUNT_] = {
        [TOK_ENDMARKER] = "ENDMARKER",
        [TOK_NAME] = "NAME",
        [TOK_NUMBER] = "NUMBER",
        [TOK_STRING] = "STRING",
        [TOK_NEWLINE] = "NEWLINE",
        [TOK_INDENT] = "INDENT",
        [TOK_DEDENT] = "DEDENT",
        [TOK_EOF_IN_BRACKET] = "EOF_IN_BRACKET",
        [TOK_UNKNOWN] = "UNKNOWN",
        [TOK_ERRORTOKEN] = "ERRORTOKEN",
        [TOK_LPAR] = "'('",
        [TOK_RPAR] = "')'",
        [TOK_LSQB] = "'['",
        [TOK_RSQB] = "']'",
        [TOK_LBRACE] = "'{'",
        [TOK_RBRACE] = "'}'",
        [TOK_COLON] = "':'",
        [TOK_COMMA] = "','",
        [TOK_SEMI] = "';'",
        [TOK_DOT] = "'.'",
        [TOK_ELLIPSIS] = "'...'",
        [TOK_RARROW] = "'->'",
        [TOK_COLONEQUAL] = "':='",
        [TOK_PLUS] = "'+'",
        [TOK_MINUS] = "'-'",
        [TOK_STAR] = "'*'",
        [TOK_SLASH] = "'/'",
        [TOK_DOUBLESLASH] = "'//'",
        [TOK_PERCENT] = "'%'",
        [TOK_DOUBLESTAR] = "'**'",
        [TOK_AT] = "'@'",
        [TOK_VBAR] = "'|'",
        [TOK_AMPER] = "'&'",
        [TOK_CIRCUMFLEX] = "'^'",
        [TOK_TILDE] = "'~'",
        [TOK_LEFTSHIFT] = "'<<'",
        [TOK_RIGHTSHIFT] = "'>>'",
        [TOK_LESS] = "'<'",
        [TOK_GREATER] = "'>'",
        [TOK_EQEQUAL] = "'=='",
        [TOK_NOTEQUAL] = "'!='",
        [TOK_LESSEQUAL] = "'<='",
        [TOK_GREATEREQUAL] = "'>='",
        [TOK_EQUAL] = "'='",
        [TOK_PLUSEQUAL] = "'+='",
        [TOK_MINEQUAL] = "'-='",
        [TOK_STAREQUAL] = "'*='",
        [TOK_SLASHEQUAL] = "'/='",
        [TOK_DOUBLESLASHEQUAL] = "'//='",
        [TOK_PERCENTEQUAL] = "'%='",
        [TOK_DOUBLESTAREQUAL] = "'**='",
        [TOK_LEFTSHIFTEQUAL] = "'<<='",
        [TOK_RIGHTSHIFTEQUAL] = "'>>='",
        [TOK_AMPEREQUAL] = "'&='",
        [TOK_VBAREQUAL] = "'|='",
        [TOK_CIRCUMFLEXEQUAL] = "'^='",
        [TOK_ATEQUAL] = "'@='",
        [TOK_FALSE] = "'False'",
        [TOK_NONE] = "'None'",
        [TOK_TRUE] = "'True'",
        [TOK_AND] = "'and'",
        [TOK_AS] = "'as'",
        [TOK_ASSERT] = "'assert'",
        [TOK_ASYNC] = "'async'",
        [TOK_AWAIT] = "'await'",
        [TOK_BREAK] = "'break'",
        [TOK_CLASS] = "'class'",
        [TOK_CONTINUE] = "'continue'",
        [TOK_DEF] = "'def'",
        [TOK_DEL] = "'del'",
        [TOK_ELIF] = "'elif'",
        [TOK_ELSE] = "'else'",
        [TOK_EXCEPT] = "'except'",
        [TOK_FINALLY] = "'finally'",
        [TOK_FOR] = "'for'",
        [TOK_FROM] = "'from'",
        [TOK_GLOBAL] = "'global'",
        [TOK_IF] = "'if'",
        [TOK_IMPORT] = "'import'",
        [TOK_IN] = "'in'",
        [TOK_IS] = "'is'",
        [TOK_LAMBDA] = "'lambda'",
        [TOK_NONLOCAL] = "'nonlocal'",
        [TOK_NOT] = "'not'",
        [TOK_OR] = "'or'",
        [TOK_PASS] = "'pass'",
        [TOK_RAISE] = "'raise'",
        [TOK_RETURN] = "'return'",
        [TOK_TRY] = "'try'",
        [TOK_WHILE] = "'while'",
        [TOK_WITH] = "'with'",
        [TOK_YIELD] = "'yield'",
    };
    if ((unsigned)kind >= TOK_COUNT_ || !names[kind]) {
        return "?";
    }
    return names[kind];
}
