// The generic operations behind Python's operators and protocols: repr,
// str, truth, hashing, equality and ordering, arithmetic on any operand
// types, attribute and item access, iteration and length. The eval loop
// handles the hottest cases inline (int + int) and calls these for the rest.
// Every function returns ERR_VAL / -1 / false when it raised.
#ifndef VM_RUNTIME_OPS_H
#define VM_RUNTIME_OPS_H

#include <stdbool.h>
#include <stdint.h>

#include "compiler/ast.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "vm/object.h"

Value ops_repr(Value v);      // a str
Value ops_str(Value v);       // a str
// Appends str(v) / repr(v) to b; false when raised.
bool ops_str_into(StrBuf *b, Value v);
bool ops_repr_into(StrBuf *b, Value v);

int ops_truthy(Value v);      // 1, 0, -1
bool ops_hash(Value v, int64_t *out);
int ops_eq(Value a, Value b); // 1, 0, -1
// a OP b for the six comparisons and in/not in/is/is not; returns a value
// (normally a bool).
Value ops_compare(Value a, Value b, CmpOp op);
// Sort helper: 1 if a < b, 0 if not, -1 raised.
int ops_less(Value a, Value b);

// a OP b for a BinOp, and the in-place variant (list += list extends).
Value ops_binary(BinOp op, Value a, Value b);
Value ops_inplace(BinOp op, Value a, Value b);
Value ops_unary(BinOp op, Value a);

Value ops_getattr(Value obj, StrObj *name);           // raises AttributeError
Value ops_getattr_opt(Value obj, StrObj *name);       // UNDEF_VAL when missing, no raise
bool ops_setattr(Value obj, StrObj *name, Value v);   // v UNDEF: delete
Value ops_getitem(Value obj, Value key);
bool ops_setitem(Value obj, Value key, Value v);      // v UNDEF: delete
int ops_contains(Value container, Value item);        // 1, 0, -1

Value ops_iter(Value v);
Value ops_next(Value it);     // UNDEF_VAL when exhausted
int64_t ops_len(Value v);     // -1 raised

// Converts an index-like value (int, bool) to int64; TypeError otherwise.
bool ops_index(Value v, int64_t *out);

#endif
