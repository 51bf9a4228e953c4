// tuple: an immutable array of values, stored inline after the header.
#ifndef VM_RUNTIME_TUPLE_H
#define VM_RUNTIME_TUPLE_H

#include "vm/object.h"

struct TupleObj {
    Obj hdr;
    size_t len;
    Value items[];
};

extern TypeObj tuple_type;

// IS_TUPLE is CPython's PyTuple_Check: a tuple or an instance of a built-in
// subclass that shares tuple's layout (signal.struct_siginfo), so AS_TUPLE
// reads either. `class` statements cannot subclass tuple, so a subclass is
// always a direct one. IS_TUPLE_EXACT is PyTuple_CheckExact: for the places
// where a subclass must not pass (tuple(t) returning t itself).
#define IS_TUPLE_EXACT(v) (IS_OBJ(v) && (v).o->type == &tuple_type)
#define IS_TUPLE(v) (IS_OBJ(v) && ((v).o->type == &tuple_type || (v).o->type->base == &tuple_type))
#define AS_TUPLE(v) ((TupleObj *)(v).o)

void tuple_init_type(void);
// A tuple of n items, all None: the caller fills them before anyone else sees it.
TupleObj *tuple_new(size_t n);
TupleObj *tuple_from(const Value *items, size_t n);
// The empty tuple (shared).
TupleObj *tuple_empty(void);
// Sets up a built-in subclass of tuple (a structseq such as
// signal.struct_siginfo): base tuple, tuple's layout, and tuple's slots
// wherever t leaves one NULL. Call once at start-up instead of type_init.
void tuple_init_subtype(TypeObj *t, const MethodDef *methods);
// An instance of such a subclass holding a copy of items[0..n).
TupleObj *tuple_new_of(TypeObj *t, const Value *items, size_t n);

#endif
