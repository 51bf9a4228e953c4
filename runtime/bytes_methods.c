// The methods of bytes: decode, hex, searching (find, rfind, index, count,
// startswith, endswith), split, rsplit, strip, join, replace and the ASCII
// case and class tests, with CPython's argument errors.
#include "runtime/bytes.h"

#include <string.h>

#include "runtime/args.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/strbuf.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

// ---- argument checks ------------------------------------------------------------------

static bool no_kw(const char *name, TupleObj *kw) {
    if (kw && kw->len > 0) {
        exc_raise(&exc_TypeError, "bytes.%s() takes no keyword arguments", name);
        return false;
    }
    return true;
}

static bool no_args(const char *name, int nargs, TupleObj *kw) {
    if (!no_kw(name, kw)) {
        return false;
    }
    if (nargs > 1) {
        exc_raise(&exc_TypeError, "bytes.%s() takes no arguments (%d given)", name, nargs - 1);
        return false;
    }
    return true;
}

// The bytes behind an argument that must be bytes.
static bool bytes_arg(Value v, BytesObj **out) {
    if (!IS_BYTES(v)) {
        exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v));
        return false;
    }
    *out = AS_BYTES(v);
    return true;
}

// A start or end argument: None or absent keeps *out.
static bool index_arg(Value v, int64_t *out) {
    if (IS_UNDEF(v) || IS_NONE(v)) {
        return true;
    }
    if (IS_INT(v) || IS_BOOL(v)) {
        *out = IS_INT(v) ? v.i : v.b;
        return true;
    }
    exc_raise(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
}

// Parses (sub[, start[, end]]) and clamps start/end to the bytes like a
// slice; start may end up past end.
static bool range_args(const char *name, Value *args, int nargs, TupleObj *kw, int64_t *start,
                       int64_t *end) {
    if (!no_kw(name, kw)) {
        return false;
    }
    if (nargs < 2) {
        exc_raise(&exc_TypeError, "%s() takes at least 1 argument (0 given)", name);
        return false;
    }
    if (nargs > 4) {
        exc_raise(&exc_TypeError, "%s() takes at most 3 arguments (%d given)", name, nargs - 1);
        return false;
    }
    int64_t len = (int64_t)AS_BYTES(args[0])->len;
    *start = 0;
    *end = len;
    if ((nargs > 2 && !index_arg(args[2], start)) || (nargs > 3 && !index_arg(args[3], end))) {
        return false;
    }
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end = *end + len < 0 ? 0 : *end + len;
    }
    if (*start < 0) {
        *start = *start + len < 0 ? 0 : *start + len;
    }
    return true;
}

// The needle of find() and friends: bytes, or an int standing for one byte.
static bool needle_arg(Value v, const char **p, size_t *n, char *byte) {
    if (IS_BYTES(v)) {
        *p = AS_BYTES(v)->data;
        *n = AS_BYTES(v)->len;
        return true;
    }
    if (IS_INT(v) || IS_BOOL(v)) {
        int64_t c = IS_INT(v) ? v.i : v.b;
        if (c < 0 || c > 255) {
            exc_raise(&exc_ValueError, "byte must be in range(0, 256)");
            return false;
        }
        *byte = (char)c;
        *p = byte;
        *n = 1;
        return true;
    }
    exc_raise(&exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
              type_name(v));
    return false;
}

// ---- decode and hex -------------------------------------------------------------------

static Value m_decode(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"encoding", "errors", NULL};
    Value a[2];
    if (!args_parse("decode", args + 1, nargs - 1, kw, params, 0, a)) {
        return ERR_VAL;
    }
    for (int i = 0; i < 2; i++) {
        if (!IS_UNDEF(a[i]) && !IS_STR(a[i])) {
            return exc_raise(&exc_TypeError, "decode() argument '%s' must be str, not %s",
                             params[i], IS_NONE(a[i]) ? "None" : type_name(a[i]));
        }
    }
    BytesObj *b = AS_BYTES(args[0]);
    return bytes_decode(b->data, b->len, a[0], a[1]);
}

// hex(sep=None, bytes_per_sep=1): groups of bytes_per_sep bytes counted
// from the right (from the left when negative), joined by sep.
static Value m_hex(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"sep", "bytes_per_sep", NULL};
    Value a[2];
    int64_t group = 1;
    if (!args_parse("hex", args + 1, nargs - 1, kw, params, 0, a) ||
        (!IS_UNDEF(a[1]) && !ops_index(a[1], &group))) {
        return ERR_VAL;
    }
    char sep = 0;
    if (!IS_UNDEF(a[0])) {
        bool is_str = IS_STR(a[0]);
        if (!is_str && !IS_BYTES(a[0])) {
            return exc_raise(&exc_TypeError, "sep must be str or bytes.");
        }
        size_t len = is_str ? AS_STR(a[0])->cplen : AS_BYTES(a[0])->len;
        const char *d = is_str ? AS_STR(a[0])->data : AS_BYTES(a[0])->data;
        if (len != 1) {
            return exc_raise(&exc_ValueError, "sep must be length 1.");
        }
        if ((unsigned char)d[0] >= 0x80) {
            return exc_raise(&exc_ValueError, "sep must be ASCII.");
        }
        sep = d[0];
    }
    BytesObj *b = AS_BYTES(args[0]);
    size_t every = (size_t)(group < 0 ? -group : group);
    static const char digits[] = "0123456789abcdef";
    StrBuf sb = {0};
    for (size_t i = 0; i < b->len; i++) {
        // Separators go between groups; with a positive count the first
        // group is the short one.
        size_t from = group > 0 ? b->len - i : i;
        if (sep && i > 0 && every > 0 && from % every == 0) {
            strbuf_putc(&sb, sep);
        }
        unsigned char c = (unsigned char)b->data[i];
        strbuf_putc(&sb, digits[c >> 4]);
        strbuf_putc(&sb, digits[c & 15]);
    }
    return OBJ_VAL(str_from_buf(&sb));
}

static int hex_digit(char c) {
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

// bytes.fromhex(s): pairs of hex digits, spaces allowed between pairs.
// Called on the type (one argument) or on an instance (two).
static Value m_fromhex(Value *args, int nargs, TupleObj *kw) {
    if (nargs == 2 && IS_BYTES(args[0])) {
        args++;
        nargs--;
    }
    if (!no_kw("fromhex", kw) || !args_count("fromhex", nargs, 1, 1)) {
        return ERR_VAL;
    }
    if (!IS_STR(args[0])) {
        return exc_raise(&exc_TypeError, "fromhex() argument must be str, not %s",
                         type_name(args[0]));
    }
    StrObj *s = AS_STR(args[0]);
    StrBuf sb = {0};
    for (size_t i = 0; i < s->len;) {
        if (s->data[i] == ' ' || s->data[i] == '\t' || s->data[i] == '\n') {
            i++;
            continue;
        }
        int hi = hex_digit(s->data[i]);
        int lo = i + 1 < s->len ? hex_digit(s->data[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            strbuf_free(&sb);
            size_t at = hi < 0 ? i : i + 1;
            return exc_raise(&exc_ValueError,
                             "non-hexadecimal number found in fromhex() arg at position %zu", at);
        }
        strbuf_putc(&sb, (char)(hi * 16 + lo));
        i += 2;
    }
    BytesObj *r = bytes_new(sb.data, sb.len);
    strbuf_free(&sb);
    return OBJ_VAL(r);
}

// splitlines(keepends=False): lines end at \n, \r or \r\n.
static Value m_splitlines(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"keepends", NULL};
    Value a[1];
    if (!args_parse("splitlines", args + 1, nargs - 1, kw, params, 0, a)) {
        return ERR_VAL;
    }
    int keep = IS_UNDEF(a[0]) ? 0 : ops_truthy(a[0]);
    if (keep < 0) {
        return ERR_VAL;
    }
    BytesObj *b = AS_BYTES(args[0]);
    ListObj *l = list_new(0);
    size_t start = 0;
    for (size_t i = 0; i < b->len;) {
        char c = b->data[i];
        if (c != '\n' && c != '\r') {
            i++;
            continue;
        }
        size_t eol = i + (c == '\r' && i + 1 < b->len && b->data[i + 1] == '\n' ? 2 : 1);
        list_append(l, OBJ_VAL(bytes_new(b->data + start, (keep ? eol : i) - start)));
        start = i = eol;
    }
    if (start < b->len) {
        list_append(l, OBJ_VAL(bytes_new(b->data + start, b->len - start)));
    }
    return OBJ_VAL(l);
}

// ---- searching ------------------------------------------------------------------------

// Position of the first (or last) needle in b[start:end], or -1.
static int64_t search(BytesObj *b, int64_t start, int64_t end, const char *p, size_t n, bool last) {
    if (start > end || (size_t)(end - start) < n) {
        return -1;
    }
    if (last) {
        for (int64_t i = end - (int64_t)n; i >= start; i--) {
            if (memcmp(b->data + i, p, n) == 0) {
                return i;
            }
        }
        return -1;
    }
    if (n == 0) {
        return start;
    }
    const char *hit = memmem(b->data + start, (size_t)(end - start), p, n);
    return hit ? hit - b->data : -1;
}

static Value find(const char *name, Value *args, int nargs, TupleObj *kw, bool last, bool raise) {
    int64_t start, end;
    const char *p;
    size_t n;
    char byte;
    if (!range_args(name, args, nargs, kw, &start, &end) || !needle_arg(args[1], &p, &n, &byte)) {
        return ERR_VAL;
    }
    int64_t i = search(AS_BYTES(args[0]), start, end, p, n, last);
    if (i < 0 && raise) {
        return exc_raise(&exc_ValueError, "subsection not found");
    }
    return INT_VAL(i);
}

static Value m_find(Value *args, int nargs, TupleObj *kw) {
    return find("find", args, nargs, kw, false, false);
}

static Value m_rfind(Value *args, int nargs, TupleObj *kw) {
    return find("rfind", args, nargs, kw, true, false);
}

static Value m_index(Value *args, int nargs, TupleObj *kw) {
    return find("index", args, nargs, kw, false, true);
}

static Value m_rindex(Value *args, int nargs, TupleObj *kw) {
    return find("rindex", args, nargs, kw, true, true);
}

static Value m_count(Value *args, int nargs, TupleObj *kw) {
    int64_t start, end;
    const char *p;
    size_t n;
    char byte;
    if (!range_args("count", args, nargs, kw, &start, &end) ||
        !needle_arg(args[1], &p, &n, &byte)) {
        return ERR_VAL;
    }
    if (start > end) {
        return INT_VAL(0);
    }
    if (n == 0) {
        return INT_VAL(end - start + 1);
    }
    int64_t count = 0;
    for (int64_t i = start; (i = search(AS_BYTES(args[0]), i, end, p, n, false)) >= 0;
         i += (int64_t)n) {
        count++;
    }
    return INT_VAL(count);
}

static Value starts_ends(const char *name, Value *args, int nargs, TupleObj *kw, bool at_end) {
    int64_t start, end;
    if (!range_args(name, args, nargs, kw, &start, &end)) {
        return ERR_VAL;
    }
    BytesObj *b = AS_BYTES(args[0]);
    Value arg = args[1];
    size_t count = IS_TUPLE(arg) ? AS_TUPLE(arg)->len : 1;
    for (size_t i = 0; i < count; i++) {
        Value v = IS_TUPLE(arg) ? AS_TUPLE(arg)->items[i] : arg;
        if (!IS_BYTES(v)) {
            if (IS_TUPLE(arg)) {
                return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'",
                                 type_name(v));
            }
            return exc_raise(&exc_TypeError,
                             "%s first arg must be bytes or a tuple of bytes, not %s", name,
                             type_name(v));
        }
        BytesObj *x = AS_BYTES(v);
        if (start > end || (size_t)(end - start) < x->len) {
            continue;
        }
        int64_t at = at_end ? end - (int64_t)x->len : start;
        if (memcmp(b->data + at, x->data, x->len) == 0) {
            return BOOL_VAL(true);
        }
    }
    return BOOL_VAL(false);
}

static Value m_startswith(Value *args, int nargs, TupleObj *kw) {
    return starts_ends("startswith", args, nargs, kw, false);
}

static Value m_endswith(Value *args, int nargs, TupleObj *kw) {
    return starts_ends("endswith", args, nargs, kw, true);
}

// ---- split, strip, join, replace ------------------------------------------------------

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// (sep=None, maxsplit=-1), by position or by name. *sep is NULL for None.
static bool split_args(const char *name, Value *args, int nargs, TupleObj *kw, BytesObj **sep,
                       int64_t *maxsplit) {
    static const char *const params[] = {"sep", "maxsplit", NULL};
    Value a[2];
    if (!args_parse(name, args + 1, nargs - 1, kw, params, 0, a)) {
        return false;
    }
    *sep = NULL;
    *maxsplit = -1;
    if (!IS_UNDEF(a[0]) && !IS_NONE(a[0]) && !bytes_arg(a[0], sep)) {
        return false;
    }
    if (*sep && (*sep)->len == 0) {
        exc_raise(&exc_ValueError, "empty separator");
        return false;
    }
    return IS_UNDEF(a[1]) || ops_index(a[1], maxsplit);
}

static void add_piece(ListObj *l, const char *p, size_t n) {
    list_append(l, OBJ_VAL(bytes_new(p, n)));
}

static Value m_split(Value *args, int nargs, TupleObj *kw) {
    BytesObj *sep;
    int64_t maxsplit;
    if (!split_args("split", args, nargs, kw, &sep, &maxsplit)) {
        return ERR_VAL;
    }
    BytesObj *b = AS_BYTES(args[0]);
    const char *d = b->data;
    size_t n = b->len, pos = 0;
    ListObj *l = list_new(0);
    if (sep) {
        for (;;) {
            const char *hit = maxsplit != 0 ? memmem(d + pos, n - pos, sep->data, sep->len) : NULL;
            if (!hit) {
                add_piece(l, d + pos, n - pos);
                return OBJ_VAL(l);
            }
            add_piece(l, d + pos, (size_t)(hit - (d + pos)));
            pos = (size_t)(hit - d) + sep->len;
            maxsplit--;
        }
    }
    for (;;) {
        while (pos < n && is_space(d[pos])) {
            pos++;
        }
        if (pos == n) {
            return OBJ_VAL(l);
        }
        if (maxsplit == 0) {
            // The rest, with its trailing whitespace, is the last piece.
            add_piece(l, d + pos, n - pos);
            return OBJ_VAL(l);
        }
        size_t start = pos;
        while (pos < n && !is_space(d[pos])) {
            pos++;
        }
        add_piece(l, d + start, pos - start);
        maxsplit--;
    }
}

static Value m_rsplit(Value *args, int nargs, TupleObj *kw) {
    BytesObj *sep;
    int64_t maxsplit;
    if (!split_args("rsplit", args, nargs, kw, &sep, &maxsplit)) {
        return ERR_VAL;
    }
    BytesObj *b = AS_BYTES(args[0]);
    const char *d = b->data;
    size_t end = b->len;
    ListObj *l = list_new(0);
    // Pieces are collected from the right, then put in order.
    if (sep) {
        for (;;) {
            int64_t at = maxsplit != 0 ? search(b, 0, (int64_t)end, sep->data, sep->len, true) : -1;
            if (at < 0) {
                add_piece(l, d, end);
                break;
            }
            add_piece(l, d + at + sep->len, end - (size_t)at - sep->len);
            end = (size_t)at;
            maxsplit--;
        }
    } else {
        for (;;) {
            while (end > 0 && is_space(d[end - 1])) {
                end--;
            }
            if (end == 0) {
                break;
            }
            if (maxsplit == 0) {
                add_piece(l, d, end);
                break;
            }
            size_t stop = end;
            while (end > 0 && !is_space(d[end - 1])) {
                end--;
            }
            add_piece(l, d + end, stop - end);
            maxsplit--;
        }
    }
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return OBJ_VAL(l);
}

static Value strip(const char *name, Value *args, int nargs, TupleObj *kw, bool left, bool right) {
    if (!no_kw(name, kw) || !args_count(name, nargs - 1, 0, 1)) {
        return ERR_VAL;
    }
    BytesObj *chars = NULL;
    if (nargs > 1 && !IS_NONE(args[1]) && !bytes_arg(args[1], &chars)) {
        return ERR_VAL;
    }
    BytesObj *b = AS_BYTES(args[0]);
    size_t a = 0, z = b->len;
    while (left && a < z &&
           (chars ? memchr(chars->data, b->data[a], chars->len) != NULL : is_space(b->data[a]))) {
        a++;
    }
    while (right && z > a &&
           (chars ? memchr(chars->data, b->data[z - 1], chars->len) != NULL
                  : is_space(b->data[z - 1]))) {
        z--;
    }
    return OBJ_VAL(bytes_new(b->data + a, z - a));
}

static Value m_strip(Value *args, int nargs, TupleObj *kw) {
    return strip("strip", args, nargs, kw, true, true);
}

static Value m_lstrip(Value *args, int nargs, TupleObj *kw) {
    return strip("lstrip", args, nargs, kw, true, false);
}

static Value m_rstrip(Value *args, int nargs, TupleObj *kw) {
    return strip("rstrip", args, nargs, kw, false, true);
}

static Value m_join(Value *args, int nargs, TupleObj *kw) {
    if (!no_kw("join", kw)) {
        return ERR_VAL;
    }
    if (nargs != 2) {
        return exc_raise(&exc_TypeError, "bytes.join() takes exactly one argument (%d given)",
                         nargs - 1);
    }
    if (!type_of(args[1])->iter) {
        return exc_raise(&exc_TypeError, "can only join an iterable");
    }
    ListObj *items = list_new(0);
    if (!list_extend(items, args[1])) {
        return ERR_VAL;
    }
    BytesObj *sep = AS_BYTES(args[0]);
    StrBuf sb = {0};
    for (size_t i = 0; i < items->len; i++) {
        Value v = items->items[i];
        if (!IS_BYTES(v)) {
            strbuf_free(&sb);
            return exc_raise(&exc_TypeError,
                             "sequence item %zu: expected a bytes-like object, %s found", i,
                             type_name(v));
        }
        if (i) {
            strbuf_append(&sb, sep->data, sep->len);
        }
        strbuf_append(&sb, AS_BYTES(v)->data, AS_BYTES(v)->len);
    }
    BytesObj *r = bytes_new(sb.data, sb.len);
    strbuf_free(&sb);
    return OBJ_VAL(r);
}

static Value m_replace(Value *args, int nargs, TupleObj *kw) {
    if (!no_kw("replace", kw) || !args_count("replace", nargs - 1, 2, 3)) {
        return ERR_VAL;
    }
    BytesObj *old, *new_;
    int64_t count = -1;
    if (!bytes_arg(args[1], &old) || !bytes_arg(args[2], &new_) ||
        (nargs > 3 && !ops_index(args[3], &count))) {
        return ERR_VAL;
    }
    BytesObj *b = AS_BYTES(args[0]);
    StrBuf sb = {0};
    size_t pos = 0;
    if (old->len == 0) {
        // An empty pattern matches before every byte and at the end.
        for (; count != 0 && pos <= b->len; count--) {
            strbuf_append(&sb, new_->data, new_->len);
            if (pos < b->len) {
                strbuf_putc(&sb, b->data[pos]);
            }
            pos++;
        }
    } else {
        for (; count != 0; count--) {
            const char *hit = memmem(b->data + pos, b->len - pos, old->data, old->len);
            if (!hit) {
                break;
            }
            strbuf_append(&sb, b->data + pos, (size_t)(hit - (b->data + pos)));
            strbuf_append(&sb, new_->data, new_->len);
            pos = (size_t)(hit - b->data) + old->len;
        }
    }
    if (pos < b->len) {
        strbuf_append(&sb, b->data + pos, b->len - pos);
    }
    BytesObj *r = bytes_new(sb.data, sb.len);
    strbuf_free(&sb);
    return OBJ_VAL(r);
}

// ---- ASCII case and classes -----------------------------------------------------------

static Value change_case(const char *name, Value *args, int nargs, TupleObj *kw, bool upper) {
    if (!no_args(name, nargs, kw)) {
        return ERR_VAL;
    }
    BytesObj *b = AS_BYTES(args[0]);
    BytesObj *r = bytes_new(b->data, b->len);
    for (size_t i = 0; i < r->len; i++) {
        char c = r->data[i];
        if (upper && c >= 'a' && c <= 'z') {
            r->data[i] = (char)(c - 'a' + 'A');
        } else if (!upper && c >= 'A' && c <= 'Z') {
            r->data[i] = (char)(c - 'A' + 'a');
        }
    }
    return OBJ_VAL(r);
}

static Value m_upper(Value *args, int nargs, TupleObj *kw) {
    return change_case("upper", args, nargs, kw, true);
}

static Value m_lower(Value *args, int nargs, TupleObj *kw) {
    return change_case("lower", args, nargs, kw, false);
}

typedef enum ByteClass { CLASS_DIGIT, CLASS_ALPHA, CLASS_ALNUM, CLASS_SPACE } ByteClass;

static bool in_class(char c, ByteClass k) {
    bool digit = c >= '0' && c <= '9';
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    switch (k) {
    case CLASS_DIGIT:
        return digit;
    case CLASS_ALPHA:
        return alpha;
    case CLASS_ALNUM:
        return digit || alpha;
    default:
        return is_space(c);
    }
}

// True when the bytes are non-empty and every byte is in the class.
static Value all_in(const char *name, Value *args, int nargs, TupleObj *kw, ByteClass k) {
    if (!no_args(name, nargs, kw)) {
        return ERR_VAL;
    }
    BytesObj *b = AS_BYTES(args[0]);
    for (size_t i = 0; i < b->len; i++) {
        if (!in_class(b->data[i], k)) {
            return BOOL_VAL(false);
        }
    }
    return BOOL_VAL(b->len > 0);
}

static Value m_isdigit(Value *args, int nargs, TupleObj *kw) {
    return all_in("isdigit", args, nargs, kw, CLASS_DIGIT);
}

static Value m_isalpha(Value *args, int nargs, TupleObj *kw) {
    return all_in("isalpha", args, nargs, kw, CLASS_ALPHA);
}

static Value m_isalnum(Value *args, int nargs, TupleObj *kw) {
    return all_in("isalnum", args, nargs, kw, CLASS_ALNUM);
}

static Value m_isspace(Value *args, int nargs, TupleObj *kw) {
    return all_in("isspace", args, nargs, kw, CLASS_SPACE);
}

const MethodDef bytes_methods[] = {
    {"decode", m_decode},
    {"hex", m_hex},
    {"find", m_find},
    {"rfind", m_rfind},
    {"index", m_index},
    {"rindex", m_rindex},
    {"count", m_count},
    {"startswith", m_startswith},
    {"endswith", m_endswith},
    {"split", m_split},
    {"rsplit", m_rsplit},
    {"strip", m_strip},
    {"lstrip", m_lstrip},
    {"rstrip", m_rstrip},
    {"join", m_join},
    {"replace", m_replace},
    {"upper", m_upper},
    {"lower", m_lower},
    {"isdigit", m_isdigit},
    {"isalpha", m_isalpha},
    {"isalnum", m_isalnum},
    {"isspace", m_isspace},
    {"fromhex", m_fromhex},
    {"splitlines", m_splitlines},
    {NULL, NULL},
};
