// Exceptions: the built-in exception classes, exception instances, and the
// helpers every C function uses to raise. Raising means storing the
// exception in vm.exc and returning the failure sentinel (ERR_VAL, false,
// NULL or -1, as the function's contract says).
#ifndef VM_RUNTIME_EXC_H
#define VM_RUNTIME_EXC_H

#include <stdbool.h>

#include "runtime/tuple.h"
#include "vm/object.h"

typedef struct CodeObj CodeObj;

// One traceback entry: the code and instruction where the exception passed
// through a frame. `next` points toward the frame that raised.
typedef struct TbObj {
    Obj hdr;
    struct TbObj *next;
    CodeObj *code;
    int instr;          // index of the instruction in code
    DictObj *globals;   // the frame's globals (for NameError suggestions)
    Obj *frame;         // the Python-visible frame, when one was made
} TbObj;

typedef struct ExcObj {
    Obj hdr;
    TupleObj *args;
    TbObj *traceback;   // NULL when never raised
    Value cause;        // None or an exception
    Value context;      // None or an exception
    bool suppress_context;
    DictObj *dict;      // other attributes (errno, code, ...)
} ExcObj;

#define X(name, base) extern TypeObj exc_##name;
#include "runtime/exc.def"
#undef X

extern TypeObj tb_type;

#define IS_EXC(v) (IS_OBJ(v) && ((v).o->type->flags & TF_EXCEPTION))
#define AS_EXC(v) ((ExcObj *)(v).o)

void exc_init_types(void);

// Sets up t as a built-in subclass of the exception type `base` (after
// exc_init_types), with base's slots and the qualified `name` its
// tracebacks show ("signal.itimer_error"). t is static storage.
void exc_init_subtype(TypeObj *t, TypeObj *base, const char *name);

// A new exception instance of type t with the given args (not raised).
Value exc_new(TypeObj *t, const Value *args, int nargs);
// Calls an exception class: t(*args). OSError(errno, msg) picks the subclass
// for errno as CPython does. Returns the new instance or ERR_VAL.
Value exc_call_type(TypeObj *t, Value *args, int nargs, TupleObj *kwnames);

// Raises t(message) where message is printf-formatted; returns ERR_VAL.
Value exc_raise(TypeObj *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// Raises t(arg) for a single value argument (KeyError(key), StopIteration(v)).
Value exc_raise_arg(TypeObj *t, Value arg);
// Raises an exception instance or class (instantiated with no args); a
// non-exception raises TypeError instead. Returns ERR_VAL.
Value exc_raise_value(Value exc);
// Raises the OSError subclass that matches errno `err`, as CPython does, with
// an optional filename (NULL for none).
Value exc_raise_errno(int err, const char *filename);

// Whether the pending exception is an instance of t.
bool exc_pending_matches(TypeObj *t);
// Whether exception value e matches an except clause's type (a class or a
// tuple of classes); -1 with TypeError when the clause is not a class.
int exc_matches(Value e, Value clause);
// str(e): args[0] for one argument, the args tuple's repr for several.
Value exc_str(Value e);
// Looks up an attribute stored on the exception (errno, code, value...).
Value exc_get_attr(Value e, const char *name);
// Stores an attribute on the exception (name and obj of an AttributeError).
void exc_set_attr(Value e, const char *name, Value v);

TbObj *tb_new(TbObj *next, CodeObj *code, int instr);

#endif
