// Classes made by the `class` statement: building them (__build_class__),
// their instances, calling a class, super(), and the dunder methods
// (__eq__, __lt__, __add__, __len__, __iter__, ...) through which instances
// take part in operators and protocols.
#ifndef VM_RUNTIME_CLASS_H
#define VM_RUNTIME_CLASS_H

#include <stdbool.h>

#include "compiler/ast.h"
#include "runtime/dict.h"
#include "vm/object.h"

// An instance of a class that derives from object (instances of exception
// classes are ExcObj, which has a dict too).
typedef struct InstanceObj {
    Obj hdr;
    DictObj *dict;
} InstanceObj;

extern TypeObj super_type;
extern TypeObj notimpl_type;
// The NotImplemented singleton.
extern Obj notimpl_obj;
#define NOTIMPL_VAL OBJ_VAL(&notimpl_obj)
#define IS_NOTIMPL(v) (IS_OBJ(v) && (v).o == &notimpl_obj)

void class_init(DictObj *builtins);

// Whether values of type t are instances of a `class` statement's class.
static inline bool class_is_heap(const TypeObj *t) {
    return (t->flags & TF_HEAPTYPE) != 0;
}

// Whether t's instances are InstanceObj (a class not derived from an exception).
static inline bool class_is_instance(const TypeObj *t) {
    return (t->flags & (TF_HEAPTYPE | TF_EXCEPTION)) == TF_HEAPTYPE;
}

// Calls a class: makes the instance and runs __init__. ERR_VAL when raised.
Value class_instantiate(TypeObj *cls, Value *args, int nargs, TupleObj *kwnames);

// For LOAD_METHOD: the function `name` resolves to on instance obj when it
// is a plain method of its class (not shadowed by the instance), else UNDEF.
Value class_method_of(Value obj, StrObj *name);

// Operators through dunder methods when either operand is an instance.
// Return UNDEF_VAL when no method applies (the caller raises its TypeError).
Value class_binary(BinOp op, Value a, Value b, bool inplace);
Value class_unary(BinOp op, Value a);
Value class_compare(Value a, Value b, CmpOp op);
// __bool__ / __len__: 1, 0, -1 raised, 2 when the class defines neither.
int class_truthy(Value v);

#endif
