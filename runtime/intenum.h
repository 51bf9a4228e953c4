// Int-like enumerations: a native stand-in for CPython's IntEnum, which the
// signal module needs for Signals, Handlers and Sigmasks. An enum class is a
// type whose own type is the metatype "EnumType" (so it can be called,
// subscripted by name, iterated and measured); its members are immutable
// objects carrying a name and an int value. A member behaves as its int in
// comparisons, hashing, arithmetic and indexing (ops.c unboxes it), prints as
// the int under str(), and as `<Signals.SIGINT: 2>` under repr(). There is no
// way to define an enum from Python code: the VM has no `enum` module.
#ifndef VM_RUNTIME_INTENUM_H
#define VM_RUNTIME_INTENUM_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "vm/object.h"

// One member: `name` is the canonical name (aliases share the member).
typedef struct IntEnumObj {
    Obj hdr;
    int64_t value;
    StrObj *name;
} IntEnumObj;

// An enum class: a type followed by its members in definition order and a
// map from value to member.
typedef struct IntEnumClass {
    TypeObj type;
    const char *module; // the module named by repr and the traceback
    ListObj *members;   // canonical members, in definition order
    DictObj *by_value;  // int value -> member
} IntEnumClass;

// The type of every enum class.
extern TypeObj intenum_meta_type;

// Prepares the metatype; call once at start-up (or before the first class).
void intenum_init_type(void);

// A new, empty enum class named `name` (a static string) of module `module`.
// It is a GC root for the rest of the run.
IntEnumClass *intenum_new_class(const char *name, const char *module);
// Adds member `name` = value; a value already present makes `name` an alias
// of the existing member. Returns the member.
Value intenum_add(IntEnumClass *cls, const char *name, int64_t value);
// The member with this value, or UNDEF_VAL when there is none (no raise).
Value intenum_member(IntEnumClass *cls, int64_t value);
// The member for v if v is an int (or a member) with a member's value,
// otherwise v itself: CPython's `_int_to_enum`.
Value intenum_or_int(IntEnumClass *cls, Value v);

// Whether v is a member of some enum class.
static inline bool intenum_is(Value v) {
    return IS_OBJ(v) && v.o->type->hdr.type == &intenum_meta_type;
}

// A member's int value as a plain int; any other value unchanged.
static inline Value intenum_unbox(Value v) {
    return intenum_is(v) ? INT_VAL(((IntEnumObj *)v.o)->value) : v;
}

#endif
