// set and frozenset: hash tables of keys laid out slot for slot the way
// CPython 3.11 lays them out, so that iterating or printing a set gives
// CPython's order. A key lives at its hash modulo the table size or further
// along that hash's probe sequence; deleting leaves a marker that keeps later
// probe sequences intact until the next resize.
#ifndef VM_RUNTIME_SET_H
#define VM_RUNTIME_SET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "compiler/ast.h"
#include "runtime/dict.h"
#include "vm/object.h"

// One slot: empty (key UNDEF_VAL, hash 0), deleted (key UNDEF_VAL, hash -1)
// or live.
typedef struct SetEntry {
    Value key;
    int64_t hash;
} SetEntry;

typedef struct SetObj {
    Obj hdr;
    size_t fill;   // live plus deleted slots
    size_t used;   // live slots
    size_t mask;   // table size - 1 (a power of two, at least 8)
    size_t finger; // where pop() starts looking
    int64_t hash;  // frozenset: cached hash, -1 until computed
    SetEntry *table;
} SetObj;

extern TypeObj set_type, frozenset_type;

#define IS_SET(v) (IS_OBJ(v) && (v).o->type == &set_type)
#define IS_FROZENSET(v) (IS_OBJ(v) && (v).o->type == &frozenset_type)
#define IS_ANYSET(v) (IS_SET(v) || IS_FROZENSET(v))
#define AS_SET(v) ((SetObj *)(v).o)

// Sets up both types and stores `set` and `frozenset` in builtins.
void set_init(DictObj *builtins);

// A new empty set (type &set_type) or frozenset (&frozenset_type).
SetObj *set_new(TypeObj *type);
// Adds key; false when hashing or comparing raised.
bool set_add(SetObj *s, Value key);
// Adds every item of an iterable, in CPython's order; false when raised.
bool set_update(SetObj *s, Value iterable);
// The frozenset CPython's compiler makes of a literal set's items (added
// one by one, then rebuilt as constant merging does). The items must be
// hashable without raising.
SetObj *set_frozen_from(const Value *items, size_t n);

// Operators for ops.c, each given any two values. set_binary answers
// a | b, a & b, a - b, a ^ b (in place when `inplace` and a is a set) and
// returns UNDEF_VAL when an operand is not a set. set_compare answers the
// six comparisons of two sets (both must be sets); set_eq returns 1, 0 or
// -1 (raised).
Value set_binary(BinOp op, Value a, Value b, bool inplace);
Value set_compare(Value a, Value b, CmpOp op);
int set_eq(Value a, Value b);

#endif
