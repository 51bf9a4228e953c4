// Formatting tracebacks as CPython 3.11 prints them. The caret line follows
// CPython's rules: it is drawn under the span of the instruction that
// failed; a binary operation or a subscript gets `~` under its operands and
// `^` under the operator or the brackets; the line is left out when plain
// carets would cover the whole stripped source line.
#include "vm/traceback.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compiler/ast.h"
#include "compiler/parser.h"
#include "runtime/exc.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/text.h"
#include "runtime/type.h"
#include "vm/code.h"
#include "vm/suggest.h"
#include "vm/vm.h"

// One cached source file: tracebacks usually show many lines of the same file.
static char *cached_name;
static char *cached_text;
static size_t cached_len;

static const char *source_of(const char *filename, size_t *len) {
    if (cached_name && strcmp(cached_name, filename) == 0) {
        *len = cached_len;
        return cached_text;
    }
    FILE *f = fopen(filename, "rb");
    if (!f) {
        return NULL;
    }
    StrBuf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        strbuf_append(&b, chunk, n);
    }
    fclose(f);
    free(cached_name);
    free(cached_text);
    cached_name = strdup(filename);
    cached_text = b.data ? b.data : strdup("");
    cached_len = b.len;
    *len = cached_len;
    return cached_text;
}

// Finds line `lineno` (1-based) of the source; returns its start and length
// without the newline.
static bool find_line(const char *src, size_t len, int lineno, const char **start, size_t *n) {
    if (!text_line(src, len, lineno < 1 ? 1 : (size_t)lineno, start, n)) {
        if (lineno > 1) {
            return false;
        }
        *start = src; // an empty source still has its (empty) first line
        *n = 0;
    }
    if (*n > 0 && (*start)[*n - 1] == '\r') {
        (*n)--;
    }
    return true;
}

static size_t chars_in(const char *s, size_t bytes) {
    size_t c = 0;
    for (size_t i = 0; i < bytes; i++) {
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    }
    return c;
}

static bool is_ws(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n';
}

// Where `~` turns to `^` and back, in characters from the segment's start.
typedef struct Anchors {
    size_t left_end, right_start;
} Anchors;

static bool find_anchors(const char *seg, size_t n, Anchors *out) {
    AstArena *arena = ast_arena_new();
    SyntaxErrorInfo err;
    Node *e = parser_parse_expression(arena, seg, n, &err);
    bool ok = false;
    if (e && e->kind == N_BINARY && e->span.line == 1 && e->a->span.end_line == 1) {
        size_t op_start = (size_t)e->a->span.end_col, op_end = (size_t)e->b->span.col;
        size_t left = op_start;
        while (left < op_end && is_ws(seg[left])) {
            left++;
        }
        size_t right = left + 1;
        if (right < op_end && !is_ws(seg[right])) {
            right++;
        }
        while (left < n && (is_ws(seg[left]) || seg[left] == ')' || seg[left] == '#')) {
            left++;
            right++;
        }
        out->left_end = chars_in(seg, left);
        out->right_start = chars_in(seg, right < n ? right : n);
        ok = true;
    } else if (e && e->kind == N_SUBSCRIPT && e->span.line == 1) {
        size_t left = (size_t)e->a->span.end_col, right = (size_t)e->b->span.end_col + 1;
        while (left < n && seg[left] != '[') {
            left++;
        }
        while (right < n && seg[right] != ']') {
            right++;
        }
        if (right < n) {
            right++;
        }
        out->left_end = chars_in(seg, left);
        out->right_start = chars_in(seg, right);
        ok = true;
    }
    ast_arena_free(arena);
    return ok;
}

static void format_source_line(StrBuf *b, const CodeObj *code, int instr) {
    size_t len;
    const char *src = source_of(code->filename->data, &len);
    const Position *pos = &code->positions[instr];
    const char *line;
    size_t n;
    if (!src || pos->line <= 0 || !find_line(src, len, pos->line, &line, &n)) {
        return;
    }
    size_t lead = 0;
    while (lead < n && is_ws(line[lead])) {
        lead++;
    }
    size_t tail = n;
    while (tail > lead && is_ws(line[tail - 1])) {
        tail--;
    }
    if (tail == lead) {
        return;
    }
    strbuf_puts(b, "    ");
    strbuf_append(b, line + lead, tail - lead);
    strbuf_putc(b, '\n');
    if (pos->col < 0 || pos->end_col < 0 || (size_t)pos->col > n) {
        return;
    }
    size_t start = chars_in(line, (size_t)pos->col);
    size_t end;
    bool have_anchors = false;
    Anchors a = {0, 0};
    if (pos->end_line == pos->line) {
        size_t end_byte = (size_t)pos->end_col < n ? (size_t)pos->end_col : n;
        end = chars_in(line, end_byte);
        if (end_byte > (size_t)pos->col) {
            have_anchors = find_anchors(line + pos->col, end_byte - (size_t)pos->col, &a);
        }
    } else {
        end = chars_in(line, tail);
    }
    size_t stripped_len = chars_in(line + lead, tail - lead);
    if (!(end - start < stripped_len || have_anchors)) {
        return;
    }
    size_t lead_chars = chars_in(line, lead);
    strbuf_puts(b, "    ");
    for (size_t i = lead_chars; i < start; i++) {
        strbuf_putc(b, ' ');
    }
    size_t width = end > start ? end - start : 0;
    for (size_t i = 0; i < width; i++) {
        bool secondary = have_anchors && i >= a.left_end && i < a.right_start;
        strbuf_putc(b, have_anchors && !secondary ? '~' : '^');
    }
    strbuf_putc(b, '\n');
}

static void format_entries(StrBuf *b, TbObj *tb) {
    const char *last_file = NULL;
    int last_line = -1;
    const char *last_name = NULL;
    int count = 0;
    enum { CUTOFF = 3 };
    for (; tb; tb = tb->next) {
        const CodeObj *code = tb->code;
        int line = code_line_of(code, tb->instr);
        const char *file = code->filename->data, *name = code->name->data;
        if (!last_file || strcmp(last_file, file) != 0 || last_line != line ||
            strcmp(last_name, name) != 0) {
            if (count > CUTOFF) {
                count -= CUTOFF;
                strbuf_printf(b, "  [Previous line repeated %d more time%s]\n", count,
                              count > 1 ? "s" : "");
            }
            last_file = file;
            last_line = line;
            last_name = name;
            count = 0;
        }
        count++;
        if (count > CUTOFF) {
            continue;
        }
        strbuf_printf(b, "  File \"%s\", line %d, in %s\n", file, line, name);
        format_source_line(b, code, tb->instr);
    }
    if (count > CUTOFF) {
        count -= CUTOFF;
        strbuf_printf(b, "  [Previous line repeated %d more time%s]\n", count,
                      count > 1 ? "s" : "");
    }
}

void traceback_format_exception_only(StrBuf *b, Value exc) {
    TypeObj *t = type_of(exc);
    strbuf_puts(b, t->name);
    Value s = ops_str(exc);
    if (IS_ERR(s)) {
        vm_take_exc();
        strbuf_puts(b, ": <exception str() failed>");
    } else if (AS_STR(s)->len > 0) {
        strbuf_puts(b, ": ");
        strbuf_append(b, AS_STR(s)->data, AS_STR(s)->len);
    }
    StrObj *hint = suggest_for_exception(exc);
    if (hint) {
        strbuf_printf(b, ". Did you mean: '%s'?", hint->data);
    }
    strbuf_putc(b, '\n');
}

static void format_one(StrBuf *b, Value exc, int depth) {
    ExcObj *e = AS_EXC(exc);
    if (depth < 100) {
        if (IS_EXC(e->cause)) {
            format_one(b, e->cause, depth + 1);
            strbuf_puts(b, "\nThe above exception was the direct cause of the following "
                           "exception:\n\n");
        } else if (IS_EXC(e->context) && !e->suppress_context) {
            format_one(b, e->context, depth + 1);
            strbuf_puts(b, "\nDuring handling of the above exception, another exception "
                           "occurred:\n\n");
        }
    }
    if (e->traceback) {
        strbuf_puts(b, "Traceback (most recent call last):\n");
        format_entries(b, e->traceback);
    }
    traceback_format_exception_only(b, exc);
}

void traceback_format(StrBuf *b, Value exc) {
    format_one(b, exc, 0);
}

void traceback_print(Value exc) {
    StrBuf b = {0};
    traceback_format(&b, exc);
    size_t off = 0;
    while (off < b.len) {
        ssize_t w = write(2, b.data + off, b.len - off);
        if (w <= 0) {
            break;
        }
        off += (size_t)w;
    }
    strbuf_free(&b);
}
