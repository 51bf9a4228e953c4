// Callables: Python functions (a code object plus its globals, defaults
// and closure), native functions written in C, bound methods, and the cells
// that closures share variables through.
#ifndef VM_RUNTIME_FUNC_H
#define VM_RUNTIME_FUNC_H

#include "runtime/dict.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"
#include "vm/object.h"

typedef struct FuncObj {
    Obj hdr;
    CodeObj *code;
    DictObj *globals;
    TupleObj *defaults;   // NULL when none; for the last positional parameters
    DictObj *kwdefaults;  // NULL when none
    TupleObj *closure;    // the cells of the free variables, NULL when none
    StrObj *name;
    StrObj *qualname;
    DictObj *dict;        // function attributes, NULL until one is set
    TypeObj *owner;       // the class whose body defined it (for super()), or NULL
} FuncObj;

typedef struct NativeObj {
    Obj hdr;
    const char *name;
    NativeFn fn;
    Value self;           // UNDEF_VAL, or the object it is bound to
    TypeObj *owner;       // for methods: the type that defines it
} NativeObj;

typedef struct BoundMethodObj {
    Obj hdr;
    Value func;
    Value self;
} BoundMethodObj;

typedef struct CellObj {
    Obj hdr;
    Value value;          // UNDEF_VAL while unbound
} CellObj;

extern TypeObj func_type, native_type, method_type, cell_type;

#define IS_FUNC(v) (IS_OBJ(v) && (v).o->type == &func_type)
#define AS_FUNC(v) ((FuncObj *)(v).o)
#define IS_NATIVE(v) (IS_OBJ(v) && (v).o->type == &native_type)
#define AS_NATIVE(v) ((NativeObj *)(v).o)
#define IS_METHOD(v) (IS_OBJ(v) && (v).o->type == &method_type)
#define AS_METHOD(v) ((BoundMethodObj *)(v).o)
#define AS_CELL(v) ((CellObj *)(v).o)

void func_init_types(void);
FuncObj *func_new(CodeObj *code, DictObj *globals);
NativeObj *native_new(const char *name, NativeFn fn, TypeObj *owner);
// A native bound to self (what `"abc".upper` evaluates to).
Value native_bind(NativeObj *n, Value self);
Value method_new(Value func, Value self);
CellObj *cell_new(Value v);

#endif
