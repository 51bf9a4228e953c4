// slice objects (a[i:j:k]) and the arithmetic that clamps them to a length.
#ifndef VM_RUNTIME_SLICE_H
#define VM_RUNTIME_SLICE_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/object.h"

typedef struct SliceObj {
    Obj hdr;
    Value start, stop, step;
} SliceObj;

extern TypeObj slice_type;

#define IS_SLICE(v) (IS_OBJ(v) && (v).o->type == &slice_type)
#define AS_SLICE(v) ((SliceObj *)(v).o)

void slice_init_type(void);
SliceObj *slice_new(Value start, Value stop, Value step);
// Resolves the slice against a sequence of length len; false when raised
// (non-integer bounds, zero step). *count is the number of items selected.
bool slice_indices(SliceObj *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                   int64_t *count);
// Normalises an index value for a sequence: int, negative from the end. false
// (IndexError with `what`: "list index out of range") or TypeError when bad.
bool slice_index(Value key, int64_t len, int64_t *out, const char *what, const char *type_name);

#endif
