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

#define IS_TUPLE(v) (IS_OBJ(v) && (v).o->type == &tuple_type)
#define AS_TUPLE(v) ((TupleObj *)(v).o)

void tuple_init_type(void);
// A tuple of n items, all None: the caller fills them before anyone else sees it.
TupleObj *tuple_new(size_t n);
TupleObj *tuple_from(const Value *items, size_t n);
// The empty tuple (shared).
TupleObj *tuple_empty(void);

#endif
