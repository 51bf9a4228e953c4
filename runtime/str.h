// str: immutable Unicode text, stored as UTF-8 with its length in code
// points. ASCII strings (the common case) index in O(1); others scan. Strings
// used as names are interned, so name lookups compare pointers.
#ifndef VM_RUNTIME_STR_H
#define VM_RUNTIME_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/strbuf.h"
#include "vm/object.h"

enum {
    STR_INTERNED = 1 << 0,
    STR_ASCII = 1 << 1,
};

struct StrObj {
    Obj hdr;
    size_t len;    // bytes, without the terminating NUL
    size_t cplen;  // code points
    int64_t hash;  // -1 until computed
    char data[];   // NUL-terminated UTF-8
};

extern TypeObj str_type;

#define IS_STR(v) (IS_OBJ(v) && (v).o->type == &str_type)
#define AS_STR(v) ((StrObj *)(v).o)

void str_init_type(void);
// The methods of str (runtime/str_methods.c).
extern const MethodDef str_methods[];

// A new string holding a copy of n bytes of valid UTF-8.
StrObj *str_new(const char *s, size_t n);
StrObj *str_from_cstr(const char *s);
// Takes the buffer's contents (the buffer is freed).
StrObj *str_from_buf(StrBuf *b);
// The one interned string with these bytes.
StrObj *str_intern(const char *s, size_t n);
StrObj *str_intern_cstr(const char *s);
StrObj *str_intern_obj(StrObj *s);

int64_t str_hash(StrObj *s);
bool str_eq(const StrObj *a, const StrObj *b);
// Code-point comparison: <0, 0, >0 (UTF-8 byte order is code point order).
int str_compare(const StrObj *a, const StrObj *b);
// Appends repr(s) ('abc' with CPython's choice of quotes and escapes).
void str_repr_into(StrBuf *b, const StrObj *s);
// The byte offset of code point index i (0 <= i <= cplen).
size_t str_byte_offset(const StrObj *s, size_t i);
// A one-character string for code point cp (cached for ASCII).
StrObj *str_from_codepoint(uint32_t cp);
// Decodes the code point at byte offset *pos and advances *pos.
uint32_t str_decode_utf8(const char *s, size_t *pos);
// s[i] and s[a:b:c]; key is an int or a slice.
Value str_getitem(Value self, Value key);
Value str_concat(StrObj *a, StrObj *b);
// The concatenation of n strings (an f-string's pieces) in one allocation.
Value str_build(const Value *parts, int n);
Value str_repeat(StrObj *a, int64_t n);
// memmem: the first occurrence of needle[0..m) in hay[0..n), or NULL.
const char *str_find_bytes(const char *hay, size_t n, const char *needle, size_t m);
// 1 if `needle` occurs in `hay`, else 0.
int str_contains(StrObj *hay, StrObj *needle);
// str.format-like helper used by f-strings: format(value, spec).
Value str_format_value(Value v, StrObj *spec);

#endif
