// Value: the one type every instruction moves around. A Value is a 16-byte
// tagged union: None, booleans, 64-bit integers and floats live inside it and
// cost no allocation; everything else is a pointer to a heap object (Obj).
// Two more tags never reach Python code: VAL_ERR is what a function returns
// when it has raised (the exception is pending in the VM), and VAL_UNDEF marks
// an unbound local slot.
#ifndef VM_VM_VALUE_H
#define VM_VM_VALUE_H

#include <stdbool.h>
#include <stdint.h>

typedef enum ValueTag {
    VAL_NONE = 0, // zeroed memory reads as None, so fresh stack slots are valid
    VAL_BOOL,
    VAL_INT,
    VAL_FLOAT,
    VAL_OBJ,
    VAL_UNDEF,    // an unbound variable; also "no value" in internal slots
    VAL_ERR,      // "an exception is pending": a return value, never stored
} ValueTag;

typedef struct Obj Obj;

typedef struct Value {
    ValueTag tag;
    union {
        bool b;
        int64_t i;
        double f;
        Obj *o;
    };
} Value;

#define NONE_VAL ((Value){.tag = VAL_NONE})
#define UNDEF_VAL ((Value){.tag = VAL_UNDEF})
#define ERR_VAL ((Value){.tag = VAL_ERR})
#define BOOL_VAL(x) ((Value){.tag = VAL_BOOL, .b = (x)})
#define INT_VAL(x) ((Value){.tag = VAL_INT, .i = (x)})
#define FLOAT_VAL(x) ((Value){.tag = VAL_FLOAT, .f = (x)})
#define OBJ_VAL(x) ((Value){.tag = VAL_OBJ, .o = (Obj *)(x)})

#define IS_NONE(v) ((v).tag == VAL_NONE)
#define IS_BOOL(v) ((v).tag == VAL_BOOL)
#define IS_INT(v) ((v).tag == VAL_INT)
#define IS_FLOAT(v) ((v).tag == VAL_FLOAT)
#define IS_OBJ(v) ((v).tag == VAL_OBJ)
#define IS_UNDEF(v) ((v).tag == VAL_UNDEF)
#define IS_ERR(v) ((v).tag == VAL_ERR)

// Two values are the same object (Python's `is`).
static inline bool value_is(Value a, Value b) {
    if (a.tag != b.tag) {
        return false;
    }
    switch (a.tag) {
    case VAL_BOOL:
        return a.b == b.b;
    case VAL_INT:
        return a.i == b.i;
    case VAL_FLOAT:
        return a.f == b.f || (a.f != a.f && b.f != b.f);
    case VAL_OBJ:
        return a.o == b.o;
    default:
        return true;
    }
}

#endif
