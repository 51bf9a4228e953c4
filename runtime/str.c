// str objects: creation, interning, hashing, repr, indexing and the methods
// programs use. Text is UTF-8; code point counts are computed once.
#include "runtime/str.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/bigint.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/format.h"
#include "runtime/intenum.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/slice.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/gc.h"
#include "vm/vm.h"

static StrObj *ascii_chars[128];

static size_t str_destroy(Obj *o) {
    return sizeof(StrObj) + ((StrObj *)o)->len + 1;
}

static Value str_repr_slot(Value self) {
    StrBuf b = {0};
    str_repr_into(&b, AS_STR(self));
    return OBJ_VAL(str_from_buf(&b));
}

static Value str_str_slot(Value self) {
    return self;
}

static bool str_hash_slot(Value self, int64_t *out) {
    *out = str_hash(AS_STR(self));
    return true;
}

static int64_t str_len_slot(Value self) {
    return (int64_t)AS_STR(self)->cplen;
}

static int str_contains_slot(Value self, Value item) {
    if (!IS_STR(item)) {
        exc_raise(&exc_TypeError, "'in <string>' requires string as left operand, not %s",
                  type_name(item));
        return -1;
    }
    return str_contains(AS_STR(self), AS_STR(item));
}

static size_t count_codepoints(const char *s, size_t n) {
    // ASCII text (the common case) is checked eight bytes at a time.
    size_t i = 0;
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ULL) {
            break;
        }
        i += 8;
    }
    size_t count = i;
    for (; i < n; i++) {
        count += ((unsigned char)s[i] & 0xC0) != 0x80;
    }
    return count;
}

static StrObj *alloc_str(size_t n) {
    // Every field is written here or by the caller (cplen, the text).
    StrObj *s = (StrObj *)gc_alloc_uninit(&str_type, sizeof(StrObj) + n + 1);
    s->len = n;
    s->cplen = 0;
    s->hash = -1;
    return s;
}

static void finish(StrObj *s) {
    s->data[s->len] = '\0';
    s->cplen = count_codepoints(s->data, s->len);
    if (s->cplen == s->len) {
        s->hdr.flags |= STR_ASCII;
    }
}

StrObj *str_new(const char *p, size_t n) {
    if (n == 1 && (unsigned char)p[0] < 128 && ascii_chars[(unsigned char)p[0]]) {
        return ascii_chars[(unsigned char)p[0]];
    }
    StrObj *s = alloc_str(n);
    memcpy(s->data, p, n);
    finish(s);
    return s;
}

StrObj *str_from_cstr(const char *p) {
    return str_new(p, strlen(p));
}

StrObj *str_from_buf(StrBuf *b) {
    StrObj *s = str_new(b->data ? b->data : "", b->len);
    strbuf_free(b);
    return s;
}

int64_t str_hash(StrObj *s) {
    if (s->hash != -1) {
        return s->hash;
    }
    // FNV-1a, folded to a non-negative value other than -1. Python
    // randomises str hashes anyway, so no program can depend on the value.
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < s->len; i++) {
        h ^= (unsigned char)s->data[i];
        h *= 1099511628211u;
    }
    s->hash = (int64_t)(h >> 2);
    return s->hash;
}

bool str_eq(const StrObj *a, const StrObj *b) {
    if (a == b) {
        return true;
    }
    if (a->len != b->len) {
        return false;
    }
    if ((a->hdr.flags & b->hdr.flags & STR_INTERNED)) {
        return false; // two distinct interned strings always differ
    }
    return memcmp(a->data, b->data, a->len) == 0;
}

int str_compare(const StrObj *a, const StrObj *b) {
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, n);
    if (c) {
        return c;
    }
    return a->len < b->len ? -1 : a->len > b->len;
}

StrObj *str_intern(const char *p, size_t n) {
    StrObj *probe = str_new(p, n);
    return str_intern_obj(probe);
}

StrObj *str_intern_cstr(const char *p) {
    return str_intern(p, strlen(p));
}

StrObj *str_intern_obj(StrObj *s) {
    if (s->hdr.flags & STR_INTERNED) {
        return s;
    }
    Value found;
    if (dict_get(vm.interned, OBJ_VAL(s), &found) == 1) {
        return AS_STR(found);
    }
    s->hdr.flags |= STR_INTERNED;
    dict_set(vm.interned, OBJ_VAL(s), OBJ_VAL(s));
    return s;
}

uint32_t str_decode_utf8(const char *p, size_t *pos) {
    const unsigned char *s = (const unsigned char *)p + *pos;
    uint32_t c = s[0];
    size_t n = 1;
    if (c >= 0xF0) {
        c = ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        n = 4;
    } else if (c >= 0xE0) {
        c = ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        n = 3;
    } else if (c >= 0xC0) {
        c = ((c & 0x1F) << 6) | (s[1] & 0x3F);
        n = 2;
    }
    *pos += n;
    return c;
}

StrObj *str_from_codepoint(uint32_t cp) {
    if (cp < 128 && ascii_chars[cp]) {
        return ascii_chars[cp];
    }
    StrBuf b = {0};
    strbuf_put_codepoint(&b, cp);
    return str_from_buf(&b);
}

size_t str_byte_offset(const StrObj *s, size_t i) {
    if (s->hdr.flags & STR_ASCII) {
        return i;
    }
    size_t pos = 0;
    while (i > 0 && pos < s->len) {
        pos++;
        while (pos < s->len && ((unsigned char)s->data[pos] & 0xC0) == 0x80) {
            pos++;
        }
        i--;
    }
    return pos;
}

// Code points that repr shows as escapes: controls, and the Latin-1
// non-printables. (CPython consults the full Unicode database; this covers
// the characters programs in the subset meet.)
static bool printable(uint32_t c) {
    if (c < 0x20 || c == 0x7F) {
        return false;
    }
    if (c >= 0x80 && c <= 0xA0) {
        return false;
    }
    if (c == 0xAD || (c >= 0x2028 && c <= 0x2029) || (c >= 0xD800 && c <= 0xDFFF)) {
        return false;
    }
    if (c == 0x200B || c == 0xFEFF || (c >= 0x2000 && c <= 0x200F) || c == 0x3000) {
        return false;
    }
    return true;
}

void str_repr_into(StrBuf *b, const StrObj *s) {
    bool has_single = memchr(s->data, '\'', s->len) != NULL;
    bool has_double = memchr(s->data, '"', s->len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    strbuf_putc(b, quote);
    size_t pos = 0;
    while (pos < s->len) {
        uint32_t c = str_decode_utf8(s->data, &pos);
        if (c == (uint32_t)quote || c == '\\') {
            strbuf_putc(b, '\\');
            strbuf_putc(b, (char)c);
        } else if (c == '\n') {
            strbuf_puts(b, "\\n");
        } else if (c == '\r') {
            strbuf_puts(b, "\\r");
        } else if (c == '\t') {
            strbuf_puts(b, "\\t");
        } else if (printable(c)) {
            strbuf_put_codepoint(b, c);
        } else if (c < 0x100) {
            strbuf_printf(b, "\\x%02x", c);
        } else if (c < 0x10000) {
            strbuf_printf(b, "\\u%04x", c);
        } else {
            strbuf_printf(b, "\\U%08x", c);
        }
    }
    strbuf_putc(b, quote);
}

Value str_getitem(Value self, Value key) {
    StrObj *s = AS_STR(self);
    if (IS_SLICE(key)) {
        int64_t start, stop, step, count;
        if (!slice_indices(AS_SLICE(key), (int64_t)s->cplen, &start, &stop, &step, &count)) {
            return ERR_VAL;
        }
        if (step == 1) {
            size_t a = str_byte_offset(s, (size_t)start);
            size_t z = str_byte_offset(s, (size_t)(start + count));
            return OBJ_VAL(str_new(s->data + a, z - a));
        }
        StrBuf b = {0};
        for (int64_t i = 0, j = start; i < count; i++, j += step) {
            size_t off = str_byte_offset(s, (size_t)j);
            strbuf_put_codepoint(&b, str_decode_utf8(s->data, &off));
        }
        return OBJ_VAL(str_from_buf(&b));
    }
    int64_t i;
    if (!slice_index(key, (int64_t)s->cplen, &i, "string index out of range", "string")) {
        return ERR_VAL;
    }
    size_t off = str_byte_offset(s, (size_t)i);
    return OBJ_VAL(str_from_codepoint(str_decode_utf8(s->data, &off)));
}

Value str_concat(StrObj *a, StrObj *b) {
    StrObj *s = alloc_str(a->len + b->len);
    memcpy(s->data, a->data, a->len);
    memcpy(s->data + a->len, b->data, b->len);
    s->data[s->len] = '\0';
    s->cplen = a->cplen + b->cplen;
    if (s->cplen == s->len) {
        s->hdr.flags |= STR_ASCII;
    }
    return OBJ_VAL(s);
}

Value str_build(const Value *parts, int n) {
    size_t len = 0, cplen = 0;
    for (int i = 0; i < n; i++) {
        len += AS_STR(parts[i])->len;
        cplen += AS_STR(parts[i])->cplen;
    }
    StrObj *s = alloc_str(len);
    char *p = s->data;
    for (int i = 0; i < n; i++) {
        memcpy(p, AS_STR(parts[i])->data, AS_STR(parts[i])->len);
        p += AS_STR(parts[i])->len;
    }
    *p = '\0';
    s->cplen = cplen;
    if (cplen == len) {
        s->hdr.flags |= STR_ASCII;
    }
    return OBJ_VAL(s);
}

Value str_repeat(StrObj *a, int64_t n) {
    if (n <= 0 || a->len == 0) {
        return OBJ_VAL(str_new("", 0));
    }
    if ((uint64_t)n > (uint64_t)INT64_MAX / a->len) {
        return exc_raise(&exc_OverflowError, "repeated string is too long");
    }
    if ((size_t)n * a->len > ((size_t)1 << 34)) { // 16 GiB: more than this machine can give
        return exc_raise(&exc_MemoryError, "%s", "");
    }
    StrObj *s = alloc_str((size_t)n * a->len);
    for (int64_t i = 0; i < n; i++) {
        memcpy(s->data + (size_t)i * a->len, a->data, a->len);
    }
    s->data[s->len] = '\0';
    s->cplen = a->cplen * (size_t)n;
    s->hdr.flags |= a->hdr.flags & STR_ASCII;
    return OBJ_VAL(s);
}

// Short texts are searched by finding the needle's first byte with memchr and
// comparing the rest: glibc's memmem sets up a general algorithm on each call,
// which costs more than the whole search on the short strings most programs
// look into. Past SHORT_HAY bytes the worst case of that scan (needle length
// times text length) could grow large, so glibc's linear-time search takes over.
#define SHORT_HAY 256

const char *str_find_bytes(const char *hay, size_t n, const char *needle, size_t m) {
    if (m == 0) {
        return hay;
    }
    if (m > n) {
        return NULL;
    }
    if (m == 1) {
        return memchr(hay, needle[0], n);
    }
    if (n > SHORT_HAY) {
        return memmem(hay, n, needle, m);
    }
    const char *p = hay, *last = hay + (n - m);
    while (p <= last) {
        p = memchr(p, needle[0], (size_t)(last - p) + 1);
        if (p == NULL) {
            return NULL;
        }
        if (memcmp(p + 1, needle + 1, m - 1) == 0) {
            return p;
        }
        p++;
    }
    return NULL;
}

int str_contains(StrObj *hay, StrObj *needle) {
    return str_find_bytes(hay->data, hay->len, needle->data, needle->len) != NULL;
}

static Value format_error(const char *err) {
    switch (format_err_kind(err)) {
    case FORMAT_ERR_OVERFLOW:
        return exc_raise(&exc_OverflowError, "%s", err);
    case FORMAT_ERR_MEMORY:
        return exc_raise(&exc_MemoryError, "%s", "");
    default:
        return exc_raise(&exc_ValueError, "%s", err);
    }
}

Value str_format_value(Value v, StrObj *spec) {
    if (spec->len == 0) {
        return ops_str(v);
    }
    v = intenum_unbox(v); // an int enum member formats as its int
    if (!bigint_is_int(v) && !IS_FLOAT(v) && !IS_STR(v)) {
        return exc_raise(&exc_TypeError, "unsupported format string passed to %s.__format__",
                         type_name(v));
    }
    FormatSpec fs;
    const char *err = NULL;
    if (!format_spec_parse_for(spec->data, spec->len, type_name(v), &fs, &err)) {
        return format_error(err);
    }
    size_t len = 0;
    char *out = NULL;
    if (IS_INT(v) || IS_BOOL(v)) {
        // A bool with a non-empty spec formats as the int it is.
        out = format_int(IS_BOOL(v) ? v.b : v.i, &fs, &len, &err);
    } else if (IS_FLOAT(v)) {
        out = format_double(v.f, &fs, &len, &err);
    } else if (bigint_is(v)) {
        out = bigint_format(v, &fs, &len, &err);
        if (!out && !err) {
            return ERR_VAL; // raised by the conversion itself
        }
    } else {
        StrObj *s = AS_STR(v);
        out = format_str(s->data, s->len, s->cplen, &fs, &len, &err);
    }
    if (!out) {
        return format_error(err);
    }
    StrObj *s = str_new(out, len);
    free(out);
    return OBJ_VAL(s);
}

static Value str_iter_slot(Value self);

// str(), str(x): the informal text of x.
static Value str_new_fn(Value *args, int nargs, TupleObj *kwnames) {
    if (kwnames && kwnames->len) {
        return exc_raise(&exc_TypeError, "str() does not take keyword arguments here");
    }
    if (nargs > 1) {
        return exc_raise(&exc_TypeError, "str expected at most 1 argument, got %d", nargs);
    }
    return nargs == 0 ? OBJ_VAL(str_new("", 0)) : ops_str(args[0]);
}

TypeObj str_type = {
    .new_ = str_new_fn,
    .name = "str",
    .instance_size = sizeof(StrObj),
    .flags = TF_BASETYPE,
    .destroy = str_destroy,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains_slot,
    .iter = str_iter_slot,
};

// ---- iteration -----------------------------------------------------------

typedef struct StrIterObj {
    Obj hdr;
    StrObj *s;
    size_t pos;
} StrIterObj;

static void str_iter_trace(Obj *o) {
    gc_mark_obj((Obj *)((StrIterObj *)o)->s);
}

static Value str_iter_next(Value self) {
    StrIterObj *it = (StrIterObj *)self.o;
    if (it->pos >= it->s->len) {
        return UNDEF_VAL;
    }
    return OBJ_VAL(str_from_codepoint(str_decode_utf8(it->s->data, &it->pos)));
}

static Value iter_self(Value self) {
    return self;
}

static TypeObj str_iter_type = {
    .name = "str_ascii_iterator",
    .instance_size = sizeof(StrIterObj),
    .trace = str_iter_trace,
    .iter = iter_self,
    .next = str_iter_next,
};

static Value str_iter_slot(Value self) {
    StrIterObj *it = (StrIterObj *)gc_alloc(&str_iter_type, sizeof(StrIterObj));
    it->s = AS_STR(self);
    return OBJ_VAL(it);
}

void str_init_type(void) {
    type_init(&str_type, str_methods);
    type_init(&str_iter_type, NULL);
    for (int c = 0; c < 128; c++) {
        char ch = (char)c;
        StrObj *s = alloc_str(1);
        s->data[0] = ch;
        finish(s);
        ascii_chars[c] = str_intern_obj(s);
    }
}
