// Lazy sequences and iterators of the builtins: range and its iterator, and
// the iterator types behind enumerate, zip, reversed, map, filter and
// iter(callable, sentinel). The iterators of list, tuple, str and dict live
// with their containers.
#ifndef VM_RUNTIME_ITER_H
#define VM_RUNTIME_ITER_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/object.h"

// range(start, stop, step). `len` is unsigned because a range over the whole
// int64 domain has more than INT64_MAX items.
typedef struct RangeObj {
    Obj hdr;
    int64_t start, stop, step;
    uint64_t len;
} RangeObj;

// The iterator of a range: yields `next` while it is before `stop` in the
// direction of `step`. The eval loop steps it inline; whoever advances it
// must treat an overflowing `next + step` as the end.
typedef struct RangeIterObj {
    Obj hdr;
    int64_t next, stop, step;
} RangeIterObj;

extern TypeObj range_type;
extern TypeObj range_iter_type;
extern TypeObj enumerate_type, zip_type, reversed_type, map_type, filter_type;
extern TypeObj callable_iter_type;

#define IS_RANGE(v) (IS_OBJ(v) && (v).o->type == &range_type)
#define AS_RANGE(v) ((RangeObj *)(v).o)

// Sets up every type of this module. Call once at start-up.
void iter_init_types(void);

// A new range; step must not be zero (the caller checked).
RangeObj *iter_range_new(int64_t start, int64_t stop, int64_t step);

// range == range: equal when they produce the same items (for ops_eq).
bool iter_range_eq(const RangeObj *a, const RangeObj *b);

// iter(func, sentinel): calls func() until it returns sentinel. Cannot raise.
Value iter_callable_new(Value func, Value sentinel);

// reversed(seq) as the builtin does it; ERR_VAL with TypeError when seq is
// not reversible.
Value iter_reversed(Value seq);

#endif
