// The methods of str: one native function per method and the table
// `str_methods` that str_init_type installs. Creating, indexing and printing
// strings live in str.c. Everything here works on the UTF-8 bytes directly:
// a valid UTF-8 needle can only match at a character boundary, so a byte
// search gives a character-correct answer, and code-point indices are
// converted only at the edges (arguments in, find() results out). Character
// classes and case mappings cover ASCII, Latin-1 and the common alphabets
// (Latin Extended, Greek, Cyrillic, Armenian, CJK as letters); the full
// Unicode database is out of scope.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE // memmem
#endif
// str.h declares str_methods with struct MethodDef, which type.h defines.
#include "runtime/type.h"
#include "runtime/str.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

// ---------------------------------------------------------------------------
// Small helpers on UTF-8 text

static size_t cp_count(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        count += ((unsigned char)s[i] & 0xC0) != 0x80;
    }
    return count;
}

// The code point ending just before byte offset *pos; moves *pos to its start.
static uint32_t prev_cp(const char *s, size_t *pos) {
    size_t p = *pos;
    do {
        p--;
    } while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80);
    *pos = p;
    return str_decode_utf8(s, &p);
}

// s's bytes [a, b) as a string; s itself when that is all of it.
static Value sub_str(StrObj *s, size_t a, size_t b) {
    if (a == 0 && b == s->len) {
        return OBJ_VAL(s);
    }
    return OBJ_VAL(str_new(s->data + a, b - a));
}

// The last occurrence of needle in hay, or NULL.
static const char *rfind_bytes(const char *hay, size_t n, const char *needle, size_t m) {
    if (m > n) {
        return NULL;
    }
    for (size_t p = n - m + 1; p-- > 0;) {
        if (memcmp(hay + p, needle, m) == 0) {
            return hay + p;
        }
    }
    return NULL;
}

static void reverse_list(ListObj *l) {
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
}

// ---------------------------------------------------------------------------
// Character classes and case mapping

static bool in_ranges(uint32_t c, const uint32_t (*r)[2], size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (c >= r[i][0] && c <= r[i][1]) {
            return true;
        }
    }
    return false;
}

#define IN_RANGES(c, table) in_ranges((c), (table), sizeof(table) / sizeof((table)[0]))

static bool is_space_cp(uint32_t c) {
    if (c < 0x80) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// The characters splitlines() breaks at (\r\n counts as one break).
static bool is_linebreak_cp(uint32_t c) {
    return c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c >= 0x1C && c <= 0x1E) ||
           c == 0x85 || c == 0x2028 || c == 0x2029;
}

static bool is_decimal_cp(uint32_t c) {
    static const uint32_t r[][2] = {
        {'0', '9'}, {0x660, 0x669}, {0x6F0, 0x6F9}, {0x966, 0x96F}, {0xFF10, 0xFF19},
    };
    return IN_RANGES(c, r);
}

static bool is_digit_cp(uint32_t c) {
    static const uint32_t r[][2] = {
        {0xB2, 0xB3}, {0xB9, 0xB9}, {0x2070, 0x2070}, {0x2074, 0x2079}, {0x2080, 0x2089},
        {0x2460, 0x2468},
    };
    return is_decimal_cp(c) || IN_RANGES(c, r);
}

static bool is_numeric_cp(uint32_t c) {
    static const uint32_t r[][2] = {{0xBC, 0xBE}, {0x2150, 0x2182}, {0x2469, 0x2473}};
    return is_digit_cp(c) || IN_RANGES(c, r);
}

static bool is_alpha_cp(uint32_t c) {
    if (c < 0x80) {
        return (c | 32) >= 'a' && (c | 32) <= 'z';
    }
    if (c < 0x100) {
        return c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
    }
    static const uint32_t r[][2] = {
        {0x100, 0x2C1},   {0x370, 0x373},   {0x376, 0x377},   {0x37B, 0x37D},
        {0x37F, 0x37F},   {0x386, 0x386},   {0x388, 0x3F5},   {0x3F7, 0x481},
        {0x48A, 0x52F},   {0x531, 0x556},   {0x560, 0x588},   {0x5D0, 0x5EA},
        {0x620, 0x64A},   {0x1E00, 0x1FBC}, {0x3041, 0x3096}, {0x30A1, 0x30FA},
        {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0xFF21, 0xFF3A},
        {0xFF41, 0xFF5A},
    };
    return IN_RANGES(c, r);
}

// A run of upper/lower case pairs: each upper-case code point in [lo, hi]
// (every `step`-th one from lo) has the lower-case partner c + delta.
typedef struct CaseRun {
    uint32_t lo, hi;
    int32_t delta;
    uint32_t step;
} CaseRun;

static const CaseRun case_runs[] = {
    {0xC0, 0xD6, 32, 1},     {0xD8, 0xDE, 32, 1},     {0x100, 0x12E, 1, 2},
    {0x132, 0x136, 1, 2},    {0x139, 0x147, 1, 2},    {0x14A, 0x176, 1, 2},
    {0x178, 0x178, -121, 1}, {0x179, 0x17D, 1, 2},    {0x386, 0x386, 38, 1},
    {0x388, 0x38A, 37, 1},   {0x38C, 0x38C, 64, 1},   {0x38E, 0x38F, 63, 1},
    {0x391, 0x3A1, 32, 1},   {0x3A3, 0x3AB, 32, 1},   {0x400, 0x40F, 80, 1},
    {0x410, 0x42F, 32, 1},   {0x460, 0x480, 1, 2},    {0x48A, 0x4BE, 1, 2},
    {0x4C0, 0x4C0, 15, 1},   {0x4C1, 0x4CD, 1, 2},    {0x4D0, 0x52E, 1, 2},
    {0x531, 0x556, 48, 1},   {0x1E00, 0x1E94, 1, 2},  {0x1EA0, 0x1EFE, 1, 2},
    {0xFF21, 0xFF3A, 32, 1},
};

#define N_CASE_RUNS (sizeof(case_runs) / sizeof(case_runs[0]))

// Simple (one character to one character) mappings; the few characters that
// map to two (ß, İ, ŉ) are handled by the put_* functions below.
static uint32_t to_lower(uint32_t c) {
    if (c < 0x80) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    if (c == 0x130) {
        return 'i';
    }
    if (c == 0x1E9E) {
        return 0xDF;
    }
    for (size_t i = 0; i < N_CASE_RUNS; i++) {
        const CaseRun *r = &case_runs[i];
        if (c >= r->lo && c <= r->hi && (c - r->lo) % r->step == 0) {
            return (uint32_t)((int32_t)c + r->delta);
        }
    }
    return c;
}

static uint32_t to_upper(uint32_t c) {
    if (c < 0x80) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }
    switch (c) {
    case 0xB5:
        return 0x39C;
    case 0x131:
        return 'I';
    case 0x17F:
        return 'S';
    case 0x3C2:
        return 0x3A3;
    default:
        break;
    }
    for (size_t i = 0; i < N_CASE_RUNS; i++) {
        const CaseRun *r = &case_runs[i];
        uint32_t u = (uint32_t)((int32_t)c - r->delta);
        if (u >= r->lo && u <= r->hi && (u - r->lo) % r->step == 0) {
            return u;
        }
    }
    return c;
}

static bool is_upper_cp(uint32_t c) {
    return to_lower(c) != c;
}

static bool is_lower_cp(uint32_t c) {
    return to_upper(c) != c || c == 0xAA || c == 0xBA || c == 0xDF || c == 0x138 || c == 0x149;
}

static bool is_cased_cp(uint32_t c) {
    return is_upper_cp(c) || is_lower_cp(c);
}

static void put_upper(StrBuf *b, uint32_t c) {
    if (c == 0xDF) {
        strbuf_puts(b, "SS");
    } else if (c == 0x149) {
        strbuf_put_codepoint(b, 0x2BC);
        strbuf_putc(b, 'N');
    } else {
        strbuf_put_codepoint(b, to_upper(c));
    }
}

// Title case: the upper case, except for characters whose upper case is two
// letters, where only the first is a capital.
static void put_title(StrBuf *b, uint32_t c) {
    if (c == 0xDF) {
        strbuf_puts(b, "Ss");
    } else {
        put_upper(b, c);
    }
}

// Lower case of the character c found at bytes [at, next) of s. A capital
// sigma becomes the final form ς when it ends a word (a cased letter before
// it, none after it).
static void put_lower(StrBuf *b, const StrObj *s, size_t at, size_t next, uint32_t c) {
    if (c == 0x130) {
        strbuf_putc(b, 'i');
        strbuf_put_codepoint(b, 0x307);
        return;
    }
    if (c == 0x3A3) {
        size_t p = at;
        bool after_letter = at > 0 && is_cased_cp(prev_cp(s->data, &p));
        bool before_letter = next < s->len && is_cased_cp(str_decode_utf8(s->data, &next));
        if (after_letter && !before_letter) {
            strbuf_put_codepoint(b, 0x3C2);
            return;
        }
    }
    strbuf_put_codepoint(b, to_lower(c));
}

static void put_folded(StrBuf *b, const StrObj *s, size_t at, size_t next, uint32_t c) {
    switch (c) {
    case 0xDF:
        strbuf_puts(b, "ss");
        return;
    case 0xB5:
        strbuf_put_codepoint(b, 0x3BC);
        return;
    case 0x17F:
        strbuf_putc(b, 's');
        return;
    case 0x149:
        strbuf_put_codepoint(b, 0x2BC);
        strbuf_putc(b, 'n');
        return;
    case 0x3C2:
    case 0x3A3:
        strbuf_put_codepoint(b, 0x3C3);
        return;
    default:
        put_lower(b, s, at, next, c);
    }
}

// ---------------------------------------------------------------------------
// Argument checking, with the messages CPython's various parsers produce

// Methods that take nothing: "str.upper() takes no arguments (1 given)".
static bool no_args(const char *name, int nargs, TupleObj *kw) {
    if (kw && kw->len > 0) {
        exc_raise(&exc_TypeError, "str.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs > 1) {
        exc_raise(&exc_TypeError, "str.%s() takes no arguments (%d given)", name, nargs - 1);
        return false;
    }
    return true;
}

// Methods that take exactly one: "str.join() takes exactly one argument (0 given)".
static bool one_arg(const char *name, int nargs, TupleObj *kw) {
    if (kw && kw->len > 0) {
        exc_raise(&exc_TypeError, "str.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != 2) {
        exc_raise(&exc_TypeError, "str.%s() takes exactly one argument (%d given)", name,
                  nargs - 1);
        return false;
    }
    return true;
}

// Positional-only methods with optional arguments, old style:
// "find() takes at least 1 argument (0 given)".
static bool arg_range(const char *name, int nargs, TupleObj *kw, int min, int max) {
    int n = nargs - 1;
    if (kw && kw->len > 0) {
        exc_raise(&exc_TypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    if (n < min) {
        exc_raise(&exc_TypeError, "%s() takes at least %d argument%s (%d given)", name, min,
                  min == 1 ? "" : "s", n);
        return false;
    }
    if (n > max) {
        exc_raise(&exc_TypeError, "%s() takes at most %d argument%s (%d given)", name, max,
                  max == 1 ? "" : "s", n);
        return false;
    }
    return true;
}

// Positional-only methods in the newer style: "strip expected at most 1
// argument, got 2" and "str.strip() takes no keyword arguments".
static bool arg_count(const char *name, int nargs, TupleObj *kw, int min, int max) {
    if (kw && kw->len > 0) {
        exc_raise(&exc_TypeError, "str.%s() takes no keyword arguments", name);
        return false;
    }
    return args_count(name, nargs - 1, min, max);
}

// Binds the optional parameters of split(), splitlines(), encode()... which
// may be given by position or by name. Unset ones are UNDEF_VAL. The
// messages follow CPython's generated parsers, which differ from args_parse.
static bool kw_args(const char *name, Value *args, int nargs, TupleObj *kw,
                    const char *const *params, int nparams, Value *out) {
    int npos = nargs - 1;
    int nkw = kw ? (int)kw->len : 0;
    if (npos + nkw > nparams) {
        exc_raise(&exc_TypeError, "%s() takes at most %d %sargument%s (%d given)", name, nparams,
                  npos == 0 ? "keyword " : "", nparams == 1 ? "" : "s", npos + nkw);
        return false;
    }
    for (int i = 0; i < nparams; i++) {
        out[i] = i < npos ? args[1 + i] : UNDEF_VAL;
    }
    // Duplicates are reported before unknown names, as CPython does.
    for (int pass = 0; pass < 2; pass++) {
        for (int k = 0; k < nkw; k++) {
            StrObj *key = AS_STR(kw->items[k]);
            int found = -1;
            for (int i = 0; i < nparams && found < 0; i++) {
                if (strcmp(params[i], key->data) == 0) {
                    found = i;
                }
            }
            if (pass == 0 && found >= 0 && found < npos) {
                exc_raise(&exc_TypeError,
                          "argument for %s() given by name ('%s') and position (%d)", name,
                          key->data, found + 1);
                return false;
            }
            if (pass == 1 && found < 0) {
                exc_raise(&exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                          key->data, name);
                return false;
            }
            if (pass == 1) {
                out[found] = args[nargs + k];
            }
        }
    }
    return true;
}

// A start or end argument of find() and friends; None (or absent) keeps *out.
static bool slice_arg(Value v, int64_t *out) {
    if (IS_UNDEF(v) || IS_NONE(v)) {
        return true;
    }
    if (IS_INT(v)) {
        *out = v.i;
        return true;
    }
    if (IS_BOOL(v)) {
        *out = v.b;
        return true;
    }
    if (IS_OBJ(v) && !IS_STR(v)) {
        // Objects with __index__.
        if (ops_index(v, out)) {
            return true;
        }
        if (!exc_pending_matches(&exc_TypeError)) {
            return false;
        }
        vm_take_exc();
    }
    exc_raise(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
}

// The part of a string that find(), count() and startswith() look at.
typedef struct Range {
    int64_t start, end; // code points, clamped like a slice; start may exceed end
    size_t bs, be;      // the same in bytes (both 0 when start > end)
} Range;

// Parses (sub[, start[, end]]) into *sub and *r; sub is not checked here
// because startswith() also takes a tuple.
static bool range_args(const char *name, Value *args, int nargs, TupleObj *kw, Value *sub,
                       Range *r) {
    if (!arg_range(name, nargs, kw, 1, 3)) {
        return false;
    }
    StrObj *s = AS_STR(args[0]);
    int64_t len = (int64_t)s->cplen;
    r->start = 0;
    r->end = len;
    if ((nargs > 2 && !slice_arg(args[2], &r->start)) ||
        (nargs > 3 && !slice_arg(args[3], &r->end))) {
        return false;
    }
    if (r->end > len) {
        r->end = len;
    } else if (r->end < 0) {
        r->end = r->end + len < 0 ? 0 : r->end + len;
    }
    if (r->start < 0) {
        r->start = r->start + len < 0 ? 0 : r->start + len;
    }
    r->bs = r->be = 0;
    if (r->start <= r->end) {
        r->bs = str_byte_offset(s, (size_t)r->start);
        r->be = str_byte_offset(s, (size_t)r->end);
    }
    *sub = args[1];
    return true;
}

// Whether sub can fit in the range at all (in characters and in bytes).
static bool fits(const StrObj *sub, const Range *r) {
    return r->end - r->start >= (int64_t)sub->cplen && r->be - r->bs >= sub->len;
}

// ---------------------------------------------------------------------------
// join, split, rsplit, splitlines, partition, rpartition

static Value str_join(Value *args, int nargs, TupleObj *kw) {
    if (!one_arg("join", nargs, kw)) {
        return ERR_VAL;
    }
    StrObj *sep = AS_STR(args[0]);
    Value seq = args[1];
    // Like CPython, collect the items first: an iterator that fails part-way
    // reports its own error rather than a type error for an earlier item.
    if (!IS_LIST(seq) && !IS_TUPLE(seq)) {
        Value it = ops_iter(seq);
        if (IS_ERR(it)) {
            if (exc_pending_matches(&exc_TypeError)) {
                vm_take_exc();
                return exc_raise(&exc_TypeError, "can only join an iterable");
            }
            return ERR_VAL;
        }
        ListObj *items = list_new(0);
        for (;;) {
            Value v = ops_next(it);
            if (IS_ERR(v)) {
                return ERR_VAL;
            }
            if (IS_UNDEF(v)) {
                break;
            }
            list_append(items, v);
        }
        seq = OBJ_VAL(items);
    }
    Value *items = IS_LIST(seq) ? AS_LIST(seq)->items : AS_TUPLE(seq)->items;
    size_t n = IS_LIST(seq) ? AS_LIST(seq)->len : AS_TUPLE(seq)->len;
    if (n == 1 && IS_STR(items[0])) {
        return items[0];
    }
    StrBuf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (!IS_STR(items[i])) {
            strbuf_free(&b);
            return exc_raise(&exc_TypeError, "sequence item %zu: expected str instance, %s found",
                             i, type_name(items[i]));
        }
        if (i > 0) {
            strbuf_append(&b, sep->data, sep->len);
        }
        strbuf_append(&b, AS_STR(items[i])->data, AS_STR(items[i])->len);
    }
    return OBJ_VAL(str_from_buf(&b));
}

// The arguments of split() and rsplit(): *sep is NULL for "any whitespace",
// *maxsplit is INT64_MAX for "no limit".
static bool split_args(const char *name, Value *args, int nargs, TupleObj *kw, StrObj **sep,
                       int64_t *maxsplit) {
    static const char *const params[] = {"sep", "maxsplit"};
    Value a[2];
    if (!kw_args(name, args, nargs, kw, params, 2, a)) {
        return false;
    }
    *maxsplit = -1;
    if (!IS_UNDEF(a[1]) && !ops_index(a[1], maxsplit)) {
        return false;
    }
    if (*maxsplit < 0) {
        *maxsplit = INT64_MAX;
    }
    *sep = NULL;
    if (!IS_UNDEF(a[0]) && !IS_NONE(a[0])) {
        if (!IS_STR(a[0])) {
            exc_raise(&exc_TypeError, "must be str or None, not %s", type_name(a[0]));
            return false;
        }
        *sep = AS_STR(a[0]);
        if ((*sep)->len == 0) {
            exc_raise(&exc_ValueError, "empty separator");
            return false;
        }
    }
    return true;
}

static size_t skip_space(const char *d, size_t n, size_t pos) {
    while (pos < n) {
        size_t next = pos;
        if (!is_space_cp(str_decode_utf8(d, &next))) {
            break;
        }
        pos = next;
    }
    return pos;
}

static size_t skip_word(const char *d, size_t n, size_t pos) {
    while (pos < n) {
        size_t next = pos;
        if (is_space_cp(str_decode_utf8(d, &next))) {
            break;
        }
        pos = next;
    }
    return pos;
}

// Backward versions: move pos left over spaces / over a word.
static size_t skip_space_back(const char *d, size_t pos) {
    while (pos > 0) {
        size_t p = pos;
        if (!is_space_cp(prev_cp(d, &p))) {
            break;
        }
        pos = p;
    }
    return pos;
}

static size_t skip_word_back(const char *d, size_t pos) {
    while (pos > 0) {
        size_t p = pos;
        if (is_space_cp(prev_cp(d, &p))) {
            break;
        }
        pos = p;
    }
    return pos;
}

static Value str_split(Value *args, int nargs, TupleObj *kw) {
    StrObj *s = AS_STR(args[0]);
    StrObj *sep;
    int64_t maxsplit;
    if (!split_args("split", args, nargs, kw, &sep, &maxsplit)) {
        return ERR_VAL;
    }
    ListObj *out = list_new(0);
    size_t pos = 0;
    if (!sep) {
        // Runs of whitespace separate words; the remainder after the last
        // split keeps its trailing whitespace.
        for (;;) {
            pos = skip_space(s->data, s->len, pos);
            if (pos == s->len) {
                break;
            }
            if (maxsplit-- == 0) {
                list_append(out, sub_str(s, pos, s->len));
                break;
            }
            size_t end = skip_word(s->data, s->len, pos);
            list_append(out, sub_str(s, pos, end));
            pos = end;
        }
        return OBJ_VAL(out);
    }
    for (; maxsplit > 0; maxsplit--) {
        const char *hit = str_find_bytes(s->data + pos, s->len - pos, sep->data, sep->len);
        if (!hit) {
            break;
        }
        size_t at = (size_t)(hit - s->data);
        list_append(out, sub_str(s, pos, at));
        pos = at + sep->len;
    }
    list_append(out, sub_str(s, pos, s->len));
    return OBJ_VAL(out);
}

static Value str_rsplit(Value *args, int nargs, TupleObj *kw) {
    StrObj *s = AS_STR(args[0]);
    StrObj *sep;
    int64_t maxsplit;
    if (!split_args("rsplit", args, nargs, kw, &sep, &maxsplit)) {
        return ERR_VAL;
    }
    // Collect the pieces right to left, then put them in order.
    ListObj *out = list_new(0);
    size_t end = s->len;
    if (!sep) {
        for (;;) {
            end = skip_space_back(s->data, end);
            if (end == 0) {
                break;
            }
            if (maxsplit-- == 0) {
                list_append(out, sub_str(s, 0, end));
                break;
            }
            size_t start = skip_word_back(s->data, end);
            list_append(out, sub_str(s, start, end));
            end = start;
        }
        reverse_list(out);
        return OBJ_VAL(out);
    }
    for (; maxsplit > 0; maxsplit--) {
        const char *hit = rfind_bytes(s->data, end, sep->data, sep->len);
        if (!hit) {
            break;
        }
        size_t at = (size_t)(hit - s->data);
        list_append(out, sub_str(s, at + sep->len, end));
        end = at;
    }
    list_append(out, sub_str(s, 0, end));
    reverse_list(out);
    return OBJ_VAL(out);
}

static Value str_splitlines(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"keepends"};
    Value a[1];
    if (!kw_args("splitlines", args, nargs, kw, params, 1, a)) {
        return ERR_VAL;
    }
    int64_t keepends = 0;
    if (!IS_UNDEF(a[0]) && !ops_index(a[0], &keepends)) {
        return ERR_VAL;
    }
    StrObj *s = AS_STR(args[0]);
    ListObj *out = list_new(0);
    size_t pos = 0;
    while (pos < s->len) {
        size_t eol = pos;  // where the line's text ends
        size_t next = pos; // where the next line starts
        while (eol < s->len) {
            next = eol;
            uint32_t c = str_decode_utf8(s->data, &next);
            if (is_linebreak_cp(c)) {
                if (c == '\r' && next < s->len && s->data[next] == '\n') {
                    next++;
                }
                break;
            }
            eol = next;
        }
        if (eol == s->len) {
            next = eol;
        }
        list_append(out, sub_str(s, pos, keepends ? next : eol));
        pos = next;
    }
    return OBJ_VAL(out);
}

static Value partition(const char *name, Value *args, int nargs, TupleObj *kw, bool from_right) {
    if (!one_arg(name, nargs, kw)) {
        return ERR_VAL;
    }
    StrObj *s = AS_STR(args[0]);
    if (!IS_STR(args[1])) {
        return exc_raise(&exc_TypeError, "must be str, not %s", type_name(args[1]));
    }
    StrObj *sep = AS_STR(args[1]);
    if (sep->len == 0) {
        return exc_raise(&exc_ValueError, "empty separator");
    }
    const char *hit = from_right ? rfind_bytes(s->data, s->len, sep->data, sep->len)
                                 : str_find_bytes(s->data, s->len, sep->data, sep->len);
    TupleObj *t = tuple_new(3);
    Value empty = OBJ_VAL(str_new("", 0));
    if (!hit) {
        t->items[0] = from_right ? empty : OBJ_VAL(s);
        t->items[1] = empty;
        t->items[2] = from_right ? OBJ_VAL(s) : empty;
        return OBJ_VAL(t);
    }
    size_t at = (size_t)(hit - s->data);
    t->items[0] = sub_str(s, 0, at);
    t->items[1] = OBJ_VAL(sep);
    t->items[2] = sub_str(s, at + sep->len, s->len);
    return OBJ_VAL(t);
}

static Value str_partition(Value *args, int nargs, TupleObj *kw) {
    return partition("partition", args, nargs, kw, false);
}

static Value str_rpartition(Value *args, int nargs, TupleObj *kw) {
    return partition("rpartition", args, nargs, kw, true);
}

// ---------------------------------------------------------------------------
// strip family

// Whether the character at bytes [p, p+n) is one to strip: whitespace when
// chars is NULL, else one of chars (a byte search is exact for UTF-8).
static bool strippable(const StrObj *chars, const char *p, size_t n) {
    if (!chars) {
        size_t q = 0;
        return is_space_cp(str_decode_utf8(p, &q));
    }
    return str_find_bytes(chars->data, chars->len, p, n) != NULL;
}

static Value strip(const char *name, Value *args, int nargs, TupleObj *kw, bool left, bool right) {
    if (!arg_count(name, nargs, kw, 0, 1)) {
        return ERR_VAL;
    }
    StrObj *s = AS_STR(args[0]);
    StrObj *chars = NULL;
    if (nargs > 1 && !IS_NONE(args[1])) {
        if (!IS_STR(args[1])) {
            return exc_raise(&exc_TypeError, "%s arg must be None or str", name);
        }
        chars = AS_STR(args[1]);
    }
    size_t a = 0;
    size_t b = s->len;
    while (left && a < b) {
        size_t next = a;
        str_decode_utf8(s->data, &next);
        if (!strippable(chars, s->data + a, next - a)) {
            break;
        }
        a = next;
    }
    while (right && b > a) {
        size_t p = b;
        prev_cp(s->data, &p);
        if (!strippable(chars, s->data + p, b - p)) {
            break;
        }
        b = p;
    }
    return sub_str(s, a, b);
}

static Value str_strip(Value *args, int nargs, TupleObj *kw) {
    return strip("strip", args, nargs, kw, true, true);
}

static Value str_lstrip(Value *args, int nargs, TupleObj *kw) {
    return strip("lstrip", args, nargs, kw, true, false);
}

static Value str_rstrip(Value *args, int nargs, TupleObj *kw) {
    return strip("rstrip", args, nargs, kw, false, true);
}

static Value affix(const char *name, Value *args, int nargs, TupleObj *kw, bool suffix) {
    if (!one_arg(name, nargs, kw)) {
        return ERR_VAL;
    }
    if (!IS_STR(args[1])) {
        return exc_raise(&exc_TypeError, "%s() argument must be str, not %s", name,
                         type_name(args[1]));
    }
    StrObj *s = AS_STR(args[0]);
    StrObj *a = AS_STR(args[1]);
    if (a->len == 0 || a->len > s->len) {
        return OBJ_VAL(s);
    }
    if (suffix) {
        bool match = memcmp(s->data + s->len - a->len, a->data, a->len) == 0;
        return match ? sub_str(s, 0, s->len - a->len) : OBJ_VAL(s);
    }
    bool match = memcmp(s->data, a->data, a->len) == 0;
    return match ? sub_str(s, a->len, s->len) : OBJ_VAL(s);
}

static Value str_removeprefix(Value *args, int nargs, TupleObj *kw) {
    return affix("removeprefix", args, nargs, kw, false);
}

static Value str_removesuffix(Value *args, int nargs, TupleObj *kw) {
    return affix("removesuffix", args, nargs, kw, true);
}

// ---------------------------------------------------------------------------
// find family, count, startswith, endswith

// Finds sub within r; the code-point index of the first (or last) match, or -1.
static int64_t find_in(const StrObj *s, const StrObj *sub, const Range *r, bool last) {
    if (!fits(sub, r)) {
        return -1;
    }
    const char *hay = s->data + r->bs;
    size_t n = r->be - r->bs;
    const char *hit;
    if (last) {
        hit = rfind_bytes(hay, n, sub->data, sub->len);
    } else {
        hit = sub->len == 0 ? hay : str_find_bytes(hay, n, sub->data, sub->len);
    }
    if (!hit) {
        return -1;
    }
    return r->start + (int64_t)cp_count(hay, (size_t)(hit - hay));
}

// find, rfind, index and rindex: `raise` turns -1 into ValueError.
static Value find(const char *name, Value *args, int nargs, TupleObj *kw, bool last, bool raise) {
    Value sub;
    Range r;
    if (!range_args(name, args, nargs, kw, &sub, &r)) {
        return ERR_VAL;
    }
    if (!IS_STR(sub)) {
        return exc_raise(&exc_TypeError, "must be str, not %s", type_name(sub));
    }
    int64_t at = find_in(AS_STR(args[0]), AS_STR(sub), &r, last);
    if (at < 0 && raise) {
        return exc_raise(&exc_ValueError, "substring not found");
    }
    return INT_VAL(at);
}

static Value str_find(Value *args, int nargs, TupleObj *kw) {
    return find("find", args, nargs, kw, false, false);
}

static Value str_rfind(Value *args, int nargs, TupleObj *kw) {
    return find("rfind", args, nargs, kw, true, false);
}

static Value str_index(Value *args, int nargs, TupleObj *kw) {
    return find("index", args, nargs, kw, false, true);
}

static Value str_rindex(Value *args, int nargs, TupleObj *kw) {
    return find("rindex", args, nargs, kw, true, true);
}

static Value str_count(Value *args, int nargs, TupleObj *kw) {
    Value subv;
    Range r;
    if (!range_args("count", args, nargs, kw, &subv, &r)) {
        return ERR_VAL;
    }
    if (!IS_STR(subv)) {
        return exc_raise(&exc_TypeError, "must be str, not %s", type_name(subv));
    }
    StrObj *s = AS_STR(args[0]);
    StrObj *sub = AS_STR(subv);
    if (!fits(sub, &r)) {
        return INT_VAL(0);
    }
    if (sub->len == 0) {
        // The empty string occurs before each character and at the end.
        return INT_VAL(r.end - r.start + 1);
    }
    int64_t n = 0;
    size_t pos = r.bs;
    const char *hit;
    while ((hit = str_find_bytes(s->data + pos, r.be - pos, sub->data, sub->len)) != NULL) {
        n++;
        pos = (size_t)(hit - s->data) + sub->len;
    }
    return INT_VAL(n);
}

static bool tail_match(const StrObj *s, const StrObj *sub, const Range *r, bool at_end) {
    if (!fits(sub, r)) {
        return false;
    }
    size_t at = at_end ? r->be - sub->len : r->bs;
    return memcmp(s->data + at, sub->data, sub->len) == 0;
}

static Value starts_ends(const char *name, Value *args, int nargs, TupleObj *kw, bool at_end) {
    Value sub;
    Range r;
    if (!range_args(name, args, nargs, kw, &sub, &r)) {
        return ERR_VAL;
    }
    StrObj *s = AS_STR(args[0]);
    if (IS_STR(sub)) {
        return BOOL_VAL(tail_match(s, AS_STR(sub), &r, at_end));
    }
    if (!IS_TUPLE(sub)) {
        return exc_raise(&exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                         name, type_name(sub));
    }
    // Items are checked one by one: a match ends the scan before a bad item.
    TupleObj *t = AS_TUPLE(sub);
    for (size_t i = 0; i < t->len; i++) {
        if (!IS_STR(t->items[i])) {
            return exc_raise(&exc_TypeError, "tuple for %s must only contain str, not %s", name,
                             type_name(t->items[i]));
        }
        if (tail_match(s, AS_STR(t->items[i]), &r, at_end)) {
            return BOOL_VAL(true);
        }
    }
    return BOOL_VAL(false);
}

static Value str_startswith(Value *args, int nargs, TupleObj *kw) {
    return starts_ends("startswith", args, nargs, kw, false);
}

static Value str_endswith(Value *args, int nargs, TupleObj *kw) {
    return starts_ends("endswith", args, nargs, kw, true);
}

static Value str_replace(Value *args, int nargs, TupleObj *kw) {
    if (!arg_count("replace", nargs, kw, 2, 3)) {
        return ERR_VAL;
    }
    for (int i = 1; i <= 2; i++) {
        if (!IS_STR(args[i])) {
            return exc_raise(&exc_TypeError, "replace() argument %d must be str, not %s", i,
                             type_name(args[i]));
        }
    }
    int64_t count = -1;
    if (nargs > 3 && !ops_index(args[3], &count)) {
        return ERR_VAL;
    }
    if (count < 0) {
        count = INT64_MAX;
    }
    StrObj *s = AS_STR(args[0]);
    StrObj *old = AS_STR(args[1]);
    StrObj *new_ = AS_STR(args[2]);
    StrBuf b = {0};
    size_t pos = 0;
    int64_t done = 0;
    if (old->len == 0) {
        // An empty `old` matches before every character and at the end.
        while (done < count) {
            strbuf_append(&b, new_->data, new_->len);
            done++;
            if (pos == s->len) {
                break;
            }
            size_t next = pos;
            str_decode_utf8(s->data, &next);
            strbuf_append(&b, s->data + pos, next - pos);
            pos = next;
        }
    } else {
        const char *hit;
        while (done < count &&
               (hit = str_find_bytes(s->data + pos, s->len - pos, old->data, old->len)) != NULL) {
            size_t at = (size_t)(hit - s->data);
            strbuf_append(&b, s->data + pos, at - pos);
            strbuf_append(&b, new_->data, new_->len);
            pos = at + old->len;
            done++;
        }
    }
    if (done == 0) {
        strbuf_free(&b);
        return OBJ_VAL(s);
    }
    strbuf_append(&b, s->data + pos, s->len - pos);
    return OBJ_VAL(str_from_buf(&b));
}

// ---------------------------------------------------------------------------
// Case conversion and character tests

typedef enum CaseMode {
    CASE_UPPER,
    CASE_LOWER,
    CASE_FOLD,
    CASE_SWAP,
    CASE_TITLE,
    CASE_CAPITALIZE,
} CaseMode;

static Value change_case(const char *name, Value *args, int nargs, TupleObj *kw, CaseMode mode) {
    if (!no_args(name, nargs, kw)) {
        return ERR_VAL;
    }
    StrObj *s = AS_STR(args[0]);
    StrBuf b = {0};
    bool prev_cased = false;
    for (size_t i = 0; i < s->len;) {
        size_t at = i;
        uint32_t c = str_decode_utf8(s->data, &i);
        switch (mode) {
        case CASE_UPPER:
            put_upper(&b, c);
            break;
        case CASE_LOWER:
            put_lower(&b, s, at, i, c);
            break;
        case CASE_FOLD:
            put_folded(&b, s, at, i, c);
            break;
        case CASE_SWAP:
            if (is_upper_cp(c)) {
                put_lower(&b, s, at, i, c);
            } else if (is_lower_cp(c)) {
                put_upper(&b, c);
            } else {
                strbuf_put_codepoint(&b, c);
            }
            break;
        case CASE_TITLE:
            // A letter after a cased letter is lowered; any other is titled.
            if (prev_cased) {
                put_lower(&b, s, at, i, c);
            } else {
                put_title(&b, c);
            }
            prev_cased = is_cased_cp(c);
            break;
        case CASE_CAPITALIZE:
            if (at == 0) {
                put_title(&b, c);
            } else {
                put_lower(&b, s, at, i, c);
            }
            break;
        }
    }
    return OBJ_VAL(str_from_buf(&b));
}

// upper()/lower() of ASCII text: a byte loop, no decoding.
static Value ascii_case(Value *args, bool upper) {
    StrObj *s = AS_STR(args[0]);
    StrObj *r = str_new(s->data, s->len);
    if (r == s || s->len == 1) {
        char c = s->data[0];
        char m = upper ? ((c >= 'a' && c <= 'z') ? (char)(c - 32) : c)
                       : ((c >= 'A' && c <= 'Z') ? (char)(c + 32) : c);
        return OBJ_VAL(str_new(&m, 1));
    }
    for (size_t i = 0; i < r->len; i++) {
        char c = r->data[i];
        if (upper && c >= 'a' && c <= 'z') {
            r->data[i] = (char)(c - 32);
        } else if (!upper && c >= 'A' && c <= 'Z') {
            r->data[i] = (char)(c + 32);
        }
    }
    return OBJ_VAL(r);
}

static Value str_upper(Value *args, int nargs, TupleObj *kw) {
    if (nargs == 1 && !kw && (AS_STR(args[0])->hdr.flags & STR_ASCII)) {
        return ascii_case(args, true);
    }
    return change_case("upper", args, nargs, kw, CASE_UPPER);
}

static Value str_lower(Value *args, int nargs, TupleObj *kw) {
    if (nargs == 1 && !kw && (AS_STR(args[0])->hdr.flags & STR_ASCII)) {
        return ascii_case(args, false);
    }
    return change_case("lower", args, nargs, kw, CASE_LOWER);
}

static Value str_casefold(Value *args, int nargs, TupleObj *kw) {
    return change_case("casefold", args, nargs, kw, CASE_FOLD);
}

static Value str_swapcase(Value *args, int nargs, TupleObj *kw) {
    return change_case("swapcase", args, nargs, kw, CASE_SWAP);
}

static Value str_title(Value *args, int nargs, TupleObj *kw) {
    return change_case("title", args, nargs, kw, CASE_TITLE);
}

static Value str_capitalize(Value *args, int nargs, TupleObj *kw) {
    return change_case("capitalize", args, nargs, kw, CASE_CAPITALIZE);
}

// True when s is not empty and every character passes the test.
static Value all_chars(const char *name, Value *args, int nargs, TupleObj *kw,
                       bool (*test)(uint32_t)) {
    if (!no_args(name, nargs, kw)) {
        return ERR_VAL;
    }
    StrObj *s = AS_STR(args[0]);
    if (s->len == 0) {
        return BOOL_VAL(false);
    }
    for (size_t i = 0; i < s->len;) {
        if (!test(str_decode_utf8(s->data, &i))) {
            return BOOL_VAL(false);
        }
    }
    return BOOL_VAL(true);
}

static bool is_alnum_cp(uint32_t c) {
    return is_alpha_cp(c) || is_numeric_cp(c);
}

static Value str_isdigit(Value *args, int nargs, TupleObj *kw) {
    return all_chars("isdigit", args, nargs, kw, is_digit_cp);
}

static Value str_isdecimal(Value *args, int nargs, TupleObj *kw) {
    return all_chars("isdecimal", args, nargs, kw, is_decimal_cp);
}

static Value str_isnumeric(Value *args, int nargs, TupleObj *kw) {
    return all_chars("isnumeric", args, nargs, kw, is_numeric_cp);
}

static Value str_isalpha(Value *args, int nargs, TupleObj *kw) {
    return all_chars("isalpha", args, nargs, kw, is_alpha_cp);
}

static Value str_isalnum(Value *args, int nargs, TupleObj *kw) {
    return all_chars("isalnum", args, nargs, kw, is_alnum_cp);
}

static Value str_isspace(Value *args, int nargs, TupleObj *kw) {
    return all_chars("isspace", args, nargs, kw, is_space_cp);
}

static Value str_isascii(Value *args, int nargs, TupleObj *kw) {
    if (!no_args("isascii", nargs, kw)) {
        return ERR_VAL;
    }
    return BOOL_VAL((AS_STR(args[0])->hdr.flags & STR_ASCII) != 0);
}

// isupper/islower: at least one cased character, and none of the other case.
static Value one_case(const char *name, Value *args, int nargs, TupleObj *kw, bool upper) {
    if (!no_args(name, nargs, kw)) {
        return ERR_VAL;
    }
    StrObj *s = AS_STR(args[0]);
    bool cased = false;
    for (size_t i = 0; i < s->len;) {
        uint32_t c = str_decode_utf8(s->data, &i);
        if (upper ? is_lower_cp(c) : is_upper_cp(c)) {
            return BOOL_VAL(false);
        }
        cased = cased || is_cased_cp(c);
    }
    return BOOL_VAL(cased);
}

static Value str_isupper(Value *args, int nargs, TupleObj *kw) {
    return one_case("isupper", args, nargs, kw, true);
}

static Value str_islower(Value *args, int nargs, TupleObj *kw) {
    return one_case("islower", args, nargs, kw, false);
}

// istitle: capitals only after uncased characters, small letters only after
// cased ones, and at least one cased character.
static Value str_istitle(Value *args, int nargs, TupleObj *kw) {
    if (!no_args("istitle", nargs, kw)) {
        return ERR_VAL;
    }
    StrObj *s = AS_STR(args[0]);
    bool cased = false;
    bool prev_cased = false;
    for (size_t i = 0; i < s->len;) {
        uint32_t c = str_decode_utf8(s->data, &i);
        if (is_upper_cp(c)) {
            if (prev_cased) {
                return BOOL_VAL(false);
            }
            prev_cased = cased = true;
        } else if (is_lower_cp(c)) {
            if (!prev_cased) {
                return BOOL_VAL(false);
            }
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    return BOOL_VAL(cased);
}

static Value str_isidentifier(Value *args, int nargs, TupleObj *kw) {
    if (!no_args("isidentifier", nargs, kw)) {
        return ERR_VAL;
    }
    StrObj *s = AS_STR(args[0]);
    if (s->len == 0) {
        return BOOL_VAL(false);
    }
    for (size_t i = 0; i < s->len;) {
        bool first = i == 0;
        uint32_t c = str_decode_utf8(s->data, &i);
        // After the first character, digits and the two middle dots may follow.
        bool more = !first && (is_decimal_cp(c) || c == 0xB7 || c == 0x387);
        bool ok = c == '_' || is_alpha_cp(c) || more;
        if (!ok) {
            return BOOL_VAL(false);
        }
    }
    return BOOL_VAL(true);
}

// ---------------------------------------------------------------------------
// Padding: center, ljust, rjust, zfill, expandtabs

// s with `left` and `right` copies of fill around it.
static Value pad(StrObj *s, int64_t left, int64_t right, uint32_t fill) {
    StrBuf b = {0};
    for (int64_t i = 0; i < left; i++) {
        strbuf_put_codepoint(&b, fill);
    }
    strbuf_append(&b, s->data, s->len);
    for (int64_t i = 0; i < right; i++) {
        strbuf_put_codepoint(&b, fill);
    }
    return OBJ_VAL(str_from_buf(&b));
}

// center/ljust/rjust(width[, fillchar]); *margin is how much to add (may be <= 0).
static bool justify_args(const char *name, Value *args, int nargs, TupleObj *kw, int64_t *width,
                         int64_t *margin, uint32_t *fill) {
    if (!arg_count(name, nargs, kw, 1, 2) || !ops_index(args[1], width)) {
        return false;
    }
    *fill = ' ';
    if (nargs > 2) {
        if (!IS_STR(args[2])) {
            exc_raise(&exc_TypeError, "The fill character must be a unicode character, not %s",
                      type_name(args[2]));
            return false;
        }
        StrObj *f = AS_STR(args[2]);
        if (f->cplen != 1) {
            exc_raise(&exc_TypeError, "The fill character must be exactly one character long");
            return false;
        }
        size_t pos = 0;
        *fill = str_decode_utf8(f->data, &pos);
    }
    *margin = *width - (int64_t)AS_STR(args[0])->cplen;
    return true;
}

static Value str_center(Value *args, int nargs, TupleObj *kw) {
    int64_t width, margin;
    uint32_t fill;
    if (!justify_args("center", args, nargs, kw, &width, &margin, &fill)) {
        return ERR_VAL;
    }
    if (margin <= 0) {
        return args[0];
    }
    // An odd margin puts the extra fill on the left only when width is odd too.
    int64_t left = margin / 2 + (margin & width & 1);
    return pad(AS_STR(args[0]), left, margin - left, fill);
}

static Value str_ljust(Value *args, int nargs, TupleObj *kw) {
    int64_t width, margin;
    uint32_t fill;
    if (!justify_args("ljust", args, nargs, kw, &width, &margin, &fill)) {
        return ERR_VAL;
    }
    return margin <= 0 ? args[0] : pad(AS_STR(args[0]), 0, margin, fill);
}

static Value str_rjust(Value *args, int nargs, TupleObj *kw) {
    int64_t width, margin;
    uint32_t fill;
    if (!justify_args("rjust", args, nargs, kw, &width, &margin, &fill)) {
        return ERR_VAL;
    }
    return margin <= 0 ? args[0] : pad(AS_STR(args[0]), margin, 0, fill);
}

static Value str_zfill(Value *args, int nargs, TupleObj *kw) {
    int64_t width;
    if (!one_arg("zfill", nargs, kw) || !ops_index(args[1], &width)) {
        return ERR_VAL;
    }
    StrObj *s = AS_STR(args[0]);
    int64_t margin = width - (int64_t)s->cplen;
    if (margin <= 0) {
        return OBJ_VAL(s);
    }
    // The zeros go after a leading sign.
    size_t sign = s->len > 0 && (s->data[0] == '+' || s->data[0] == '-');
    StrBuf b = {0};
    strbuf_append(&b, s->data, sign);
    for (int64_t i = 0; i < margin; i++) {
        strbuf_putc(&b, '0');
    }
    strbuf_append(&b, s->data + sign, s->len - sign);
    return OBJ_VAL(str_from_buf(&b));
}

static Value str_expandtabs(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"tabsize"};
    Value a[1];
    if (!kw_args("expandtabs", args, nargs, kw, params, 1, a)) {
        return ERR_VAL;
    }
    int64_t tabsize = 8;
    if (!IS_UNDEF(a[0]) && !ops_index(a[0], &tabsize)) {
        return ERR_VAL;
    }
    StrObj *s = AS_STR(args[0]);
    StrBuf b = {0};
    int64_t column = 0;
    for (size_t i = 0; i < s->len;) {
        size_t at = i;
        uint32_t c = str_decode_utf8(s->data, &i);
        if (c == '\t') {
            for (int64_t n = tabsize > 0 ? tabsize - column % tabsize : 0; n > 0; n--) {
                strbuf_putc(&b, ' ');
                column++;
            }
            continue;
        }
        strbuf_append(&b, s->data + at, i - at);
        column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
    return OBJ_VAL(str_from_buf(&b));
}

// ---------------------------------------------------------------------------
// encode

static Value str_encode(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"encoding", "errors"};
    Value a[2];
    if (!kw_args("encode", args, nargs, kw, params, 2, a)) {
        return ERR_VAL;
    }
    for (int i = 0; i < 2; i++) {
        if (!IS_UNDEF(a[i]) && !IS_STR(a[i])) {
            return exc_raise(&exc_TypeError, "encode() argument '%s' must be str, not %s",
                             params[i], type_name(a[i]));
        }
    }
    return bytes_encode(AS_STR(args[0]), a[0], a[1]);
}

// ---------------------------------------------------------------------------
// str.format

// The arguments of one format() call and its field-numbering state, shared
// with the fields nested in format specs.
typedef struct FormatArgs {
    Value *pos;
    int npos;
    Value *kwvals;      // one per name in kwnames
    TupleObj *kwnames;  // may be NULL
    int64_t next_auto;  // the index the next `{}` takes
    int numbering;      // 0 undecided, 1 automatic, 2 manual
} FormatArgs;

// One replacement field, as pointers into the format string.
typedef struct Field {
    const char *name;
    size_t name_len;
    uint32_t conv;      // the character after '!', 0 when none
    const char *spec;
    size_t spec_len;
    bool spec_nested;   // the spec holds fields of its own
} Field;

static bool format_into(StrBuf *out, const char *s, size_t n, FormatArgs *fa, int depth);

// Splits the field that starts at s[*pos] (just after its '{') and moves
// *pos past its closing '}'. Inside [...] of the name no character is
// special; the spec may hold balanced {...}.
static bool scan_field(const char *s, size_t n, size_t *pos, Field *f) {
    size_t i = *pos;
    char stop = 0;
    *f = (Field){.name = s + i, .spec = ""};
    while (i < n && !stop) {
        char c = s[i++];
        if (c == '{') {
            exc_raise(&exc_ValueError, "unexpected '{' in field name");
            return false;
        }
        if (c == '[') {
            while (i < n && s[i] != ']') {
                i++;
            }
        } else if (c == '}' || c == ':' || c == '!') {
            stop = c;
        }
    }
    if (!stop) {
        exc_raise(&exc_ValueError, "expected '}' before end of string");
        return false;
    }
    f->name_len = (size_t)(s + i - 1 - f->name);
    if (stop == '!') {
        if (i >= n) {
            exc_raise(&exc_ValueError, "end of string while looking for conversion specifier");
            return false;
        }
        f->conv = str_decode_utf8(s, &i);
        if (i < n) {
            char c = s[i++];
            if (c == '}') {
                *pos = i;
                return true;
            }
            if (c != ':') {
                exc_raise(&exc_ValueError, "expected ':' after conversion specifier");
                return false;
            }
        }
        stop = ':';
    }
    if (stop == ':') {
        f->spec = s + i;
        int open = 1;
        while (i < n) {
            char c = s[i++];
            if (c == '{') {
                f->spec_nested = true;
                open++;
            } else if (c == '}' && --open == 0) {
                f->spec_len = (size_t)(s + i - 1 - f->spec);
                *pos = i;
                return true;
            }
        }
        exc_raise(&exc_ValueError, "unmatched '{' in format spec");
        return false;
    }
    *pos = i;
    return true;
}

// 1 when s[0..n) is all digits (value in *out), 0 when not, -1 raised (too long).
static int parse_digits(const char *s, size_t n, int64_t *out) {
    if (n == 0) {
        return 0;
    }
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return 0;
        }
        if (v > (INT64_MAX - (s[i] - '0')) / 10) {
            exc_raise(&exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

// The object the first part of a field name (before any '.' or '[') refers to.
static Value field_arg(const char *name, size_t n, FormatArgs *fa) {
    int64_t index;
    int digits = parse_digits(name, n, &index);
    if (digits < 0) {
        return ERR_VAL;
    }
    if (n == 0) {
        if (fa->numbering == 2) {
            return exc_raise(&exc_ValueError, "cannot switch from manual field specification to "
                                              "automatic field numbering");
        }
        fa->numbering = 1;
        index = fa->next_auto++;
    } else if (digits) {
        if (fa->numbering == 1) {
            return exc_raise(&exc_ValueError, "cannot switch from automatic field numbering to "
                                              "manual field specification");
        }
        fa->numbering = 2;
    } else {
        size_t nkw = fa->kwnames ? fa->kwnames->len : 0;
        for (size_t k = 0; k < nkw; k++) {
            StrObj *key = AS_STR(fa->kwnames->items[k]);
            if (key->len == n && memcmp(key->data, name, n) == 0) {
                return fa->kwvals[k];
            }
        }
        return exc_raise_arg(&exc_KeyError, OBJ_VAL(str_new(name, n)));
    }
    if (index >= fa->npos) {
        return exc_raise(&exc_IndexError,
                         "Replacement index %lld out of range for positional args tuple",
                         (long long)index);
    }
    return fa->pos[index];
}

// The object a whole field name refers to: an argument, then any chain of
// .attribute and [key] lookups ([0] is an int key, [x] a str key).
static Value field_value(const Field *f, FormatArgs *fa) {
    const char *p = f->name;
    const char *end = p + f->name_len;
    while (p < end && *p != '.' && *p != '[') {
        p++;
    }
    Value obj = field_arg(f->name, (size_t)(p - f->name), fa);
    while (!IS_ERR(obj) && p < end) {
        char kind = *p++;
        const char *part = p;
        if (kind == '.') {
            while (p < end && *p != '.' && *p != '[') {
                p++;
            }
        } else if (kind == '[') {
            while (p < end && *p != ']') {
                p++;
            }
            if (p == end) {
                return exc_raise(&exc_ValueError, "Missing ']' in format string");
            }
        } else {
            return exc_raise(&exc_ValueError,
                             "Only '.' or '[' may follow ']' in format field specifier");
        }
        size_t len = (size_t)(p - part);
        if (len == 0) {
            return exc_raise(&exc_ValueError, "Empty attribute in format string");
        }
        if (kind == '.') {
            obj = ops_getattr(obj, str_intern(part, len));
            continue;
        }
        p++; // the ']'
        int64_t index;
        int digits = parse_digits(part, len, &index);
        if (digits < 0) {
            return ERR_VAL;
        }
        obj = ops_getitem(obj, digits ? INT_VAL(index) : OBJ_VAL(str_new(part, len)));
    }
    return obj;
}

// ascii(v): repr(v) with every non-ASCII character escaped.
static Value ascii_repr(Value v) {
    Value r = ops_repr(v);
    if (IS_ERR(r) || (AS_STR(r)->hdr.flags & STR_ASCII)) {
        return r;
    }
    StrObj *s = AS_STR(r);
    StrBuf b = {0};
    for (size_t i = 0; i < s->len;) {
        uint32_t c = str_decode_utf8(s->data, &i);
        if (c < 0x80) {
            strbuf_putc(&b, (char)c);
        } else if (c < 0x100) {
            strbuf_printf(&b, "\\x%02x", (unsigned)c);
        } else if (c < 0x10000) {
            strbuf_printf(&b, "\\u%04x", (unsigned)c);
        } else {
            strbuf_printf(&b, "\\U%08x", (unsigned)c);
        }
    }
    return OBJ_VAL(str_from_buf(&b));
}

// Looks up the field's object, converts it (!r !s !a), expands and applies
// the spec, and appends the result.
static bool render_field(StrBuf *out, const Field *f, FormatArgs *fa, int depth) {
    Value v = field_value(f, fa);
    if (IS_ERR(v)) {
        return false;
    }
    switch (f->conv) {
    case 0:
        break;
    case 'r':
        v = ops_repr(v);
        break;
    case 's':
        v = ops_str(v);
        break;
    case 'a':
        v = ascii_repr(v);
        break;
    default:
        if (f->conv > 32 && f->conv < 127) {
            exc_raise(&exc_ValueError, "Unknown conversion specifier %c", (char)f->conv);
        } else {
            exc_raise(&exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)f->conv);
        }
        return false;
    }
    if (IS_ERR(v)) {
        return false;
    }
    StrObj *spec;
    if (f->spec_nested) {
        StrBuf sb = {0};
        if (!format_into(&sb, f->spec, f->spec_len, fa, depth - 1)) {
            strbuf_free(&sb);
            return false;
        }
        spec = str_from_buf(&sb);
    } else {
        spec = str_new(f->spec, f->spec_len);
    }
    Value text = str_format_value(v, spec);
    if (IS_ERR(text)) {
        return false;
    }
    strbuf_append(out, AS_STR(text)->data, AS_STR(text)->len);
    return true;
}

// Formats s[0..n) into out. depth limits specs nested in specs: the top
// level gets 2, so '{:{}}' works and '{:{:{}}}' does not.
static bool format_into(StrBuf *out, const char *s, size_t n, FormatArgs *fa, int depth) {
    if (depth <= 0) {
        exc_raise(&exc_ValueError, "Max string recursion exceeded");
        return false;
    }
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        while (i < n && s[i] != '{' && s[i] != '}') {
            i++;
        }
        strbuf_append(out, s + start, i - start);
        if (i == n) {
            break;
        }
        char brace = s[i++];
        if (i < n && s[i] == brace) {
            // '{{' or '}}': a literal brace
            strbuf_putc(out, brace);
            i++;
            continue;
        }
        if (brace == '}') {
            exc_raise(&exc_ValueError, "Single '}' encountered in format string");
            return false;
        }
        if (i == n) {
            exc_raise(&exc_ValueError, "Single '{' encountered in format string");
            return false;
        }
        Field f;
        if (!scan_field(s, n, &i, &f) || !render_field(out, &f, fa, depth)) {
            return false;
        }
    }
    return true;
}

static Value str_format(Value *args, int nargs, TupleObj *kw) {
    StrObj *self = AS_STR(args[0]);
    FormatArgs fa = {
        .pos = args + 1,
        .npos = nargs - 1,
        .kwvals = args + nargs,
        .kwnames = kw,
    };
    StrBuf b = {0};
    if (!format_into(&b, self->data, self->len, &fa, 2)) {
        strbuf_free(&b);
        return ERR_VAL;
    }
    return OBJ_VAL(str_from_buf(&b));
}

// ---------------------------------------------------------------------------

const MethodDef str_methods[] = {
    {"join", str_join},
    {"split", str_split},
    {"rsplit", str_rsplit},
    {"splitlines", str_splitlines},
    {"partition", str_partition},
    {"rpartition", str_rpartition},
    {"strip", str_strip},
    {"lstrip", str_lstrip},
    {"rstrip", str_rstrip},
    {"removeprefix", str_removeprefix},
    {"removesuffix", str_removesuffix},
    {"startswith", str_startswith},
    {"endswith", str_endswith},
    {"find", str_find},
    {"rfind", str_rfind},
    {"index", str_index},
    {"rindex", str_rindex},
    {"count", str_count},
    {"replace", str_replace},
    {"upper", str_upper},
    {"lower", str_lower},
    {"casefold", str_casefold},
    {"swapcase", str_swapcase},
    {"title", str_title},
    {"capitalize", str_capitalize},
    {"isdigit", str_isdigit},
    {"isdecimal", str_isdecimal},
    {"isnumeric", str_isnumeric},
    {"isalpha", str_isalpha},
    {"isalnum", str_isalnum},
    {"isspace", str_isspace},
    {"isascii", str_isascii},
    {"isupper", str_isupper},
    {"islower", str_islower},
    {"istitle", str_istitle},
    {"isidentifier", str_isidentifier},
    {"center", str_center},
    {"ljust", str_ljust},
    {"rjust", str_rjust},
    {"zfill", str_zfill},
    {"expandtabs", str_expandtabs},
    {"encode", str_encode},
    {"format", str_format},
    {NULL, NULL},
};
