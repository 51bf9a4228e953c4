// bytes objects: creation, repr, hashing, comparison, indexing, the
// operators, and the codecs between bytes and str (see bytes.h). The methods
// are in bytes_methods.c.
#include "runtime/bytes.h"

#include <stdio.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/slice.h"
#include "runtime/strbuf.h"
#include "runtime/type.h"
#include "vm/gc.h"

// ---- creation -----------------------------------------------------------------------

static size_t bytes_destroy(Obj *o) {
    return sizeof(BytesObj) + ((BytesObj *)o)->len + 1;
}

BytesObj *bytes_alloc(size_t n) {
    BytesObj *b = (BytesObj *)gc_alloc(&bytes_type, sizeof(BytesObj) + n + 1);
    b->len = n;
    b->hash = -1;
    b->data[n] = '\0';
    return b;
}

BytesObj *bytes_new(const char *s, size_t n) {
    BytesObj *b = bytes_alloc(n);
    if (n) {
        memcpy(b->data, s, n);
    }
    return b;
}

static Value from_buf(StrBuf *sb) {
    BytesObj *b = bytes_new(sb->data, sb->len);
    strbuf_free(sb);
    return OBJ_VAL(b);
}

// bytes(iterable of ints).
static Value from_iterable(Value src) {
    Value it = ops_iter(src);
    if (IS_ERR(it)) {
        return it;
    }
    StrBuf sb = {0};
    for (;;) {
        Value v = ops_next(it);
        if (IS_UNDEF(v)) {
            return from_buf(&sb);
        }
        int64_t n;
        if (IS_ERR(v) || !ops_index(v, &n)) {
            strbuf_free(&sb);
            return ERR_VAL;
        }
        if (n < 0 || n > 255) {
            strbuf_free(&sb);
            return exc_raise(&exc_ValueError, "bytes must be in range(0, 256)");
        }
        strbuf_putc(&sb, (char)n);
    }
}

static Value bytes_new_fn(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"source", "encoding", "errors", NULL};
    Value a[3];
    if (!args_parse("bytes", args, nargs, kw, params, 0, a)) {
        return ERR_VAL;
    }
    Value src = a[0];
    for (int i = 1; i < 3; i++) {
        if (!IS_UNDEF(a[i]) && !IS_STR(a[i])) {
            return exc_raise(&exc_TypeError, "bytes() argument '%s' must be str, not %s", params[i],
                             type_name(a[i]));
        }
    }
    if (IS_STR(src)) {
        if (IS_UNDEF(a[1])) {
            return exc_raise(&exc_TypeError, "string argument without an encoding");
        }
        return bytes_encode(AS_STR(src), a[1], a[2]);
    }
    if (!IS_UNDEF(a[1])) {
        return exc_raise(&exc_TypeError, "encoding without a string argument");
    }
    if (!IS_UNDEF(a[2])) {
        return exc_raise(&exc_TypeError, "errors without a string argument");
    }
    if (IS_UNDEF(src)) {
        return OBJ_VAL(bytes_alloc(0));
    }
    if (IS_BYTES(src)) {
        return src;
    }
    if (IS_INT(src) || IS_BOOL(src)) {
        int64_t n = IS_INT(src) ? src.i : src.b;
        if (n < 0) {
            return exc_raise(&exc_ValueError, "negative count");
        }
        if (n > ((int64_t)1 << 32)) {
            return exc_raise(&exc_MemoryError, "%s", "");
        }
        BytesObj *b = bytes_alloc((size_t)n);
        memset(b->data, 0, (size_t)n);
        return OBJ_VAL(b);
    }
    if (!type_of(src)->iter) {
        return exc_raise(&exc_TypeError, "cannot convert '%s' object to bytes", type_name(src));
    }
    return from_iterable(src);
}

// ---- slots ------------------------------------------------------------------------------

// b'...' with CPython's choice: double quotes only when the text holds a
// single quote and no double quote.
static Value bytes_repr(Value self) {
    BytesObj *b = AS_BYTES(self);
    char quote = memchr(b->data, '\'', b->len) && !memchr(b->data, '"', b->len) ? '"' : '\'';
    StrBuf sb = {0};
    strbuf_putc(&sb, 'b');
    strbuf_putc(&sb, quote);
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = (unsigned char)b->data[i];
        if (c == (unsigned char)quote || c == '\\') {
            strbuf_putc(&sb, '\\');
            strbuf_putc(&sb, (char)c);
        } else if (c == '\t') {
            strbuf_puts(&sb, "\\t");
        } else if (c == '\n') {
            strbuf_puts(&sb, "\\n");
        } else if (c == '\r') {
            strbuf_puts(&sb, "\\r");
        } else if (c < 0x20 || c >= 0x7f) {
            strbuf_printf(&sb, "\\x%02x", c);
        } else {
            strbuf_putc(&sb, (char)c);
        }
    }
    strbuf_putc(&sb, quote);
    return OBJ_VAL(str_from_buf(&sb));
}

// The same function str uses (FNV-1a, folded), so b'abc' and 'abc' hash
// alike as they do in CPython.
static bool bytes_hash(Value self, int64_t *out) {
    BytesObj *b = AS_BYTES(self);
    if (b->len == 0) {
        b->hash = 0; // as CPython's hash(b'')
    }
    if (b->hash == -1) {
        uint64_t h = 14695981039346656037u;
        for (size_t i = 0; i < b->len; i++) {
            h ^= (unsigned char)b->data[i];
            h *= 1099511628211u;
        }
        b->hash = (int64_t)(h >> 2);
    }
    *out = b->hash;
    return true;
}

static int64_t bytes_len(Value self) {
    return (int64_t)AS_BYTES(self)->len;
}

static Value bytes_getitem(Value self, Value key) {
    BytesObj *b = AS_BYTES(self);
    if (IS_SLICE(key)) {
        int64_t start, stop, step, count;
        if (!slice_indices(AS_SLICE(key), (int64_t)b->len, &start, &stop, &step, &count)) {
            return ERR_VAL;
        }
        BytesObj *r = bytes_alloc((size_t)count);
        for (int64_t i = 0, j = start; i < count; i++, j += step) {
            r->data[i] = b->data[j];
        }
        return OBJ_VAL(r);
    }
    int64_t i;
    if (!slice_index(key, (int64_t)b->len, &i, "index out of range", "byte")) {
        return ERR_VAL;
    }
    return INT_VAL((unsigned char)b->data[i]);
}

static int bytes_contains(Value self, Value item) {
    BytesObj *b = AS_BYTES(self);
    if (IS_BYTES(item)) {
        BytesObj *n = AS_BYTES(item);
        return n->len == 0 || memmem(b->data, b->len, n->data, n->len) != NULL;
    }
    if (!IS_INT(item) && !IS_BOOL(item)) {
        exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", type_name(item));
        return -1;
    }
    int64_t c = IS_INT(item) ? item.i : item.b;
    if (c < 0 || c > 255) {
        exc_raise(&exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return memchr(b->data, (int)c, b->len) != NULL;
}

typedef struct BytesIterObj {
    Obj hdr;
    BytesObj *bytes;
    size_t pos;
} BytesIterObj;

static void bytes_iter_trace(Obj *o) {
    gc_mark_obj((Obj *)((BytesIterObj *)o)->bytes);
}

static Value bytes_iter_next(Value self) {
    BytesIterObj *it = (BytesIterObj *)self.o;
    if (it->pos >= it->bytes->len) {
        return UNDEF_VAL;
    }
    return INT_VAL((unsigned char)it->bytes->data[it->pos++]);
}

static Value iter_self(Value self) {
    return self;
}

static TypeObj bytes_iter_type = {
    .name = "bytes_iterator",
    .instance_size = sizeof(BytesIterObj),
    .trace = bytes_iter_trace,
    .iter = iter_self,
    .next = bytes_iter_next,
};

static Value bytes_iter(Value self) {
    BytesIterObj *it = (BytesIterObj *)gc_alloc(&bytes_iter_type, sizeof(BytesIterObj));
    it->bytes = AS_BYTES(self);
    return OBJ_VAL(it);
}

TypeObj bytes_type = {
    .name = "bytes",
    .instance_size = sizeof(BytesObj),
    .flags = TF_BASETYPE,
    .destroy = bytes_destroy,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .new_ = bytes_new_fn,
};

void bytes_init(DictObj *builtins) {
    type_init(&bytes_type, bytes_methods);
    type_init(&bytes_iter_type, NULL);
    dict_set_cstr(builtins, "bytes", OBJ_VAL(&bytes_type));
}

// ---- operators ----------------------------------------------------------------------------

bool bytes_eq(const BytesObj *a, const BytesObj *b) {
    return a->len == b->len && memcmp(a->data, b->data, a->len) == 0;
}

Value bytes_compare(Value a, Value b, CmpOp op) {
    BytesObj *x = AS_BYTES(a), *y = AS_BYTES(b);
    size_t n = x->len < y->len ? x->len : y->len;
    int c = n ? memcmp(x->data, y->data, n) : 0;
    if (c == 0) {
        c = (x->len > y->len) - (x->len < y->len);
    }
    switch (op) {
    case CMP_LT:
        return BOOL_VAL(c < 0);
    case CMP_LE:
        return BOOL_VAL(c <= 0);
    case CMP_EQ:
        return BOOL_VAL(c == 0);
    case CMP_NE:
        return BOOL_VAL(c != 0);
    case CMP_GT:
        return BOOL_VAL(c > 0);
    default:
        return BOOL_VAL(c >= 0);
    }
}

static Value repeat(BytesObj *b, int64_t n) {
    if (n <= 0 || b->len == 0) {
        return OBJ_VAL(bytes_alloc(0));
    }
    if ((uint64_t)n > ((uint64_t)1 << 32) / b->len) {
        return exc_raise(&exc_MemoryError, "%s", "");
    }
    BytesObj *r = bytes_alloc(b->len * (size_t)n);
    for (int64_t i = 0; i < n; i++) {
        memcpy(r->data + (size_t)i * b->len, b->data, b->len);
    }
    return OBJ_VAL(r);
}

Value bytes_binary(BinOp op, Value a, Value b) {
    if (!IS_BYTES(a) && !IS_BYTES(b)) {
        return UNDEF_VAL;
    }
    if (op == OP_ADD && IS_BYTES(a)) {
        if (!IS_BYTES(b)) {
            return exc_raise(&exc_TypeError, "can't concat %s to bytes", type_name(b));
        }
        BytesObj *x = AS_BYTES(a), *y = AS_BYTES(b);
        BytesObj *r = bytes_alloc(x->len + y->len);
        memcpy(r->data, x->data, x->len);
        memcpy(r->data + x->len, y->data, y->len);
        return OBJ_VAL(r);
    }
    if (op == OP_MUL) {
        Value seq = IS_BYTES(a) ? a : b, count = IS_BYTES(a) ? b : a;
        if (IS_INT(count) || IS_BOOL(count)) {
            return repeat(AS_BYTES(seq), IS_INT(count) ? count.i : count.b);
        }
        return exc_raise(&exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                         type_name(count));
    }
    return UNDEF_VAL;
}

// ---- codecs ---------------------------------------------------------------------------------

typedef enum Codec { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } Codec;

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

// Finds the codec for an encoding name the way Python's registry does:
// case and '-'/'_'/' ' do not matter, and the common aliases are known.
static bool find_codec(Value name, Codec *out) {
    if (IS_UNDEF(name)) {
        *out = CODEC_UTF8;
        return true;
    }
    const char *s = AS_STR(name)->data;
    char norm[32];
    size_t n = 0;
    for (; *s && n < sizeof norm - 1; s++) {
        char c = *s;
        if (c == '-' || c == ' ') {
            c = '_';
        } else if (c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
        }
        norm[n++] = c;
    }
    norm[n] = '\0';
    static const struct {
        const char *name;
        Codec codec;
    } aliases[] = {
        {"utf_8", CODEC_UTF8},     {"utf8", CODEC_UTF8},         {"u8", CODEC_UTF8},
        {"utf", CODEC_UTF8},       {"cp65001", CODEC_UTF8},      {"ascii", CODEC_ASCII},
        {"us_ascii", CODEC_ASCII}, {"646", CODEC_ASCII},         {"us", CODEC_ASCII},
        {"latin_1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1},     {"latin", CODEC_LATIN1},
        {"l1", CODEC_LATIN1},      {"iso_8859_1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1},
        {"8859", CODEC_LATIN1},    {"cp819", CODEC_LATIN1},
    };
    if (!*s) {
        for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
            if (strcmp(norm, aliases[i].name) == 0) {
                *out = aliases[i].codec;
                return true;
            }
        }
    }
    exc_raise(&exc_LookupError, "unknown encoding: %s", AS_STR(name)->data);
    return false;
}

typedef enum Handler { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH } Handler;

// The error handler; an unknown name is only an error once a character
// needs it, as in CPython.
static Handler find_handler(Value errors, bool *known) {
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace"};
    *known = true;
    if (IS_UNDEF(errors)) {
        return ERR_STRICT;
    }
    for (int i = 0; i < 4; i++) {
        if (strcmp(AS_STR(errors)->data, names[i]) == 0) {
            return (Handler)i;
        }
    }
    *known = false;
    return ERR_STRICT;
}

static Value unknown_handler(Value errors) {
    return exc_raise(&exc_LookupError, "unknown error handler name '%s'", AS_STR(errors)->data);
}

Value bytes_encode(StrObj *s, Value encoding, Value errors) {
    Codec codec;
    if (!find_codec(encoding, &codec)) {
        return ERR_VAL;
    }
    if (codec == CODEC_UTF8) {
        return OBJ_VAL(bytes_new(s->data, s->len)); // str is stored as UTF-8 already
    }
    uint32_t limit = codec == CODEC_ASCII ? 128 : 256;
    bool known;
    Handler h = find_handler(errors, &known);
    StrBuf sb = {0};
    size_t pos = 0, index = 0;
    while (pos < s->len) {
        uint32_t cp = str_decode_utf8(s->data, &pos);
        if (cp < limit) {
            strbuf_putc(&sb, (char)cp);
            index++;
            continue;
        }
        if (!known || h == ERR_STRICT) {
            // The error covers the whole run of characters the codec cannot encode.
            size_t end = index + 1, p = pos;
            while (p < s->len) {
                size_t q = p;
                if (str_decode_utf8(s->data, &q) < limit) {
                    break;
                }
                p = q;
                end++;
            }
            strbuf_free(&sb);
            if (!known) {
                return unknown_handler(errors);
            }
            if (end - index == 1) {
                const char *fmt = cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x";
                char ch[16];
                snprintf(ch, sizeof ch, fmt, cp);
                return exc_raise(&exc_UnicodeEncodeError,
                                 "'%s' codec can't encode character '%s' in position %zu: "
                                 "ordinal not in range(%u)",
                                 codec_names[codec], ch, index, limit);
            }
            return exc_raise(&exc_UnicodeEncodeError,
                             "'%s' codec can't encode characters in position %zu-%zu: "
                             "ordinal not in range(%u)",
                             codec_names[codec], index, end - 1, limit);
        }
        if (h == ERR_REPLACE) {
            strbuf_putc(&sb, '?');
        } else if (h == ERR_BACKSLASH) {
            strbuf_printf(&sb, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
        }
        index++;
    }
    return from_buf(&sb);
}

// The length of the UTF-8 sequence starting at s[0..n), or 0 when it is
// invalid; then *span is how many bytes the error covers and *why says why,
// in the words of CPython's decoder.
static size_t utf8_seq(const unsigned char *s, size_t n, size_t *span, const char **why) {
    unsigned char c = s[0];
    if (c < 0x80) {
        return 1;
    }
    size_t len = c >= 0xC2 && c <= 0xDF   ? 2
                 : c >= 0xE0 && c <= 0xEF ? 3
                 : c >= 0xF0 && c <= 0xF4 ? 4
                                          : 0;
    if (len == 0) {
        *span = 1;
        *why = "invalid start byte";
        return 0;
    }
    for (size_t k = 1; k < len; k++) {
        if (k >= n) {
            *span = k;
            *why = "unexpected end of data";
            return 0;
        }
        unsigned char d = s[k];
        bool ok = (d & 0xC0) == 0x80;
        // The second byte also rules out overlong forms, surrogates and
        // code points past U+10FFFF.
        if (ok && k == 1) {
            ok = !(c == 0xE0 && d < 0xA0) && !(c == 0xED && d > 0x9F) && !(c == 0xF0 && d < 0x90) &&
                 !(c == 0xF4 && d > 0x8F);
        }
        if (!ok) {
            *span = k;
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return len;
}

Value bytes_decode(const char *data, size_t n, Value encoding, Value errors) {
    Codec codec;
    if (!find_codec(encoding, &codec)) {
        return ERR_VAL;
    }
    bool known;
    Handler h = find_handler(errors, &known);
    const unsigned char *s = (const unsigned char *)data;
    StrBuf sb = {0};
    size_t i = 0;
    while (i < n) {
        size_t span = 1, len = 1;
        const char *why = "ordinal not in range(128)";
        if (codec == CODEC_LATIN1) {
            strbuf_put_codepoint(&sb, s[i++]);
            continue;
        }
        if (codec == CODEC_UTF8) {
            len = utf8_seq(s + i, n - i, &span, &why);
        } else if (s[i] >= 0x80) {
            len = 0;
        }
        if (len > 0) {
            strbuf_append(&sb, data + i, len);
            i += len;
            continue;
        }
        if (!known || h == ERR_STRICT) {
            strbuf_free(&sb);
            if (!known) {
                return unknown_handler(errors);
            }
            if (span == 1) {
                return exc_raise(&exc_UnicodeDecodeError,
                                 "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                                 codec_names[codec], s[i], i, why);
            }
            return exc_raise(&exc_UnicodeDecodeError,
                             "'%s' codec can't decode bytes in position %zu-%zu: %s",
                             codec_names[codec], i, i + span - 1, why);
        }
        if (h == ERR_REPLACE) {
            strbuf_put_codepoint(&sb, 0xFFFD);
        } else if (h == ERR_BACKSLASH) {
            for (size_t k = 0; k < span; k++) {
                strbuf_printf(&sb, "\\x%02x", s[i + k]);
            }
        }
        i += span;
    }
    StrObj *r = str_from_buf(&sb);
    return OBJ_VAL(r);
}
