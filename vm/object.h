// The object model: the header every heap object starts with, and TypeObj,
// the table of C functions ("slots") that gives a type its behaviour. A type
// is itself an object, so `type(x)` can hand it to Python code. The structs
// of the individual built-in types live with their code in runtime/.
#ifndef VM_VM_OBJECT_H
#define VM_VM_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include "vm/value.h"

typedef struct TypeObj TypeObj;
typedef struct StrObj StrObj;
typedef struct DictObj DictObj;
typedef struct TupleObj TupleObj;

// Every heap object begins with this header. `gc_next` threads all objects
// allocated with malloc (large ones) into one list for the sweep, and links
// free blocks of the small-object pools (vm/gc.c); `marked` is the mark bit.
struct Obj {
    TypeObj *type;
    Obj *gc_next;
    uint32_t marked;
    uint32_t flags; // type-specific bits (e.g. an interned string)
};

// A native function: args[0..nargs) are the positional arguments, `kwnames`
// is NULL or a tuple of keyword names whose values follow the positional
// ones in args. Returns the result, or ERR_VAL with an exception pending.
typedef Value (*NativeFn)(Value *args, int nargs, TupleObj *kwnames);

// One entry of a built-in type's or module's function table; a table ends
// with a NULL name.
typedef struct MethodDef {
    const char *name;
    NativeFn fn;
} MethodDef;

enum {
    TF_EXCEPTION = 1 << 0, // a subclass of BaseException
    TF_HEAPTYPE = 1 << 1,  // made by a `class` statement
    TF_BASETYPE = 1 << 2,  // may be subclassed
};

struct TypeObj {
    Obj hdr;
    const char *name;
    StrObj *name_obj;  // classes made by `class`: owns the text `name` points into
    TypeObj *base;
    DictObj *dict;    // methods and class attributes
    uint32_t flags;
    size_t instance_size;

    // Memory: `trace` marks what the object references; `destroy` releases
    // what it owns besides itself and returns the size of the object's own
    // allocation. NULL means: nothing to mark / owns nothing, size is
    // instance_size.
    void (*trace)(Obj *o);
    size_t (*destroy)(Obj *o);

    // Behaviour. Each may be NULL (the operation is unsupported). All return
    // ERR_VAL (or false) when they raise.
    Value (*repr)(Value self);
    Value (*str)(Value self);                 // NULL: use repr
    bool (*hash)(Value self, int64_t *out);   // NULL: unhashable
    Value (*iter)(Value self);
    Value (*next)(Value self);                // UNDEF_VAL when exhausted
    Value (*call)(Value self, Value *args, int nargs, TupleObj *kwnames);
    Value (*getattr)(Value self, StrObj *name); // UNDEF_VAL when missing, no raise
    bool (*setattr)(Value self, StrObj *name, Value v);
    int64_t (*len)(Value self);               // -1 when raised
    Value (*getitem)(Value self, Value key);
    bool (*setitem)(Value self, Value key, Value v); // v UNDEF: delete
    int (*contains)(Value self, Value item);  // 1, 0, or -1 when raised
    NativeFn new_;                            // calling the type itself
};

#define AS_OBJ(v) ((v).o)
#define OBJ_TYPE(v) ((v).o->type)

#endif
