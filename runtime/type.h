// Type objects: `type` itself, setting up the static built-in types, method
// tables, and the lookups that walk a type's base chain.
#ifndef VM_RUNTIME_TYPE_H
#define VM_RUNTIME_TYPE_H

#include <stdbool.h>

#include "vm/object.h"

extern TypeObj type_type;
extern TypeObj object_type;
extern TypeObj none_type;
extern TypeObj bool_type;
extern TypeObj int_type;
extern TypeObj float_type;

// Prepares a static type: its header, its dict filled from `methods` (may be
// NULL), and its registration as a GC root. Call once at start-up.
void type_init(TypeObj *t, const MethodDef *methods);

// The type of any value.
TypeObj *type_of(Value v);

// Whether `t` is `base` or derives from it.
bool type_is_subtype(const TypeObj *t, const TypeObj *base);

// Looks `name` up in t's dict and its bases' dicts; UNDEF_VAL when absent.
Value type_lookup(const TypeObj *t, StrObj *name);

// The name a message uses for the type of v ("int", "str", "NoneType").
const char *type_name(Value v);

#endif
