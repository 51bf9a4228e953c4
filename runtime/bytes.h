// bytes: immutable sequences of 8-bit values, and the codecs (UTF-8, ASCII,
// Latin-1) that turn them into str and back. The methods live in
// runtime/bytes_methods.c.
#ifndef VM_RUNTIME_BYTES_H
#define VM_RUNTIME_BYTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "compiler/ast.h"
#include "runtime/dict.h"
#include "runtime/str.h"
#include "vm/object.h"

typedef struct BytesObj {
    Obj hdr;
    size_t len;
    int64_t hash; // -1 until computed
    char data[];  // len bytes, then a NUL that is not part of the value
} BytesObj;

extern TypeObj bytes_type;

#define IS_BYTES(v) (IS_OBJ(v) && (v).o->type == &bytes_type)
#define AS_BYTES(v) ((BytesObj *)(v).o)

// Sets up the type and stores `bytes` in builtins.
void bytes_init(DictObj *builtins);
// The method table (runtime/bytes_methods.c).
extern const MethodDef bytes_methods[];

// A new bytes object holding a copy of s[0..n).
BytesObj *bytes_new(const char *s, size_t n);
// A new bytes object of n bytes for the caller to fill in.
BytesObj *bytes_alloc(size_t n);

// Operators for ops.c on any two values: a + b and a * n (UNDEF_VAL when
// neither operand is bytes), and the comparisons of two bytes objects.
Value bytes_binary(BinOp op, Value a, Value b);
Value bytes_compare(Value a, Value b, CmpOp op);
bool bytes_eq(const BytesObj *a, const BytesObj *b);

// s.encode(encoding, errors) and b.decode(encoding, errors): encoding and
// errors are str or UNDEF_VAL (utf-8, strict). ERR_VAL with CPython's
// LookupError / UnicodeEncodeError / UnicodeDecodeError.
Value bytes_encode(StrObj *s, Value encoding, Value errors);
Value bytes_decode(const char *s, size_t n, Value encoding, Value errors);

#endif
