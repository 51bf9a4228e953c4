// slice objects and index arithmetic shared by every sequence.
#include "runtime/slice.h"

#include <string.h>

#include "runtime/bigint.h"
#include "runtime/exc.h"
#include "runtime/intenum.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "vm/gc.h"

static void slice_trace(Obj *o) {
    SliceObj *s = (SliceObj *)o;
    gc_mark_value(s->start);
    gc_mark_value(s->stop);
    gc_mark_value(s->step);
}

static Value slice_repr(Value self) {
    SliceObj *s = AS_SLICE(self);
    StrBuf b = {0};
    strbuf_puts(&b, "slice(");
    bool ok = ops_repr_into(&b, s->start);
    strbuf_puts(&b, ", ");
    ok = ok && ops_repr_into(&b, s->stop);
    strbuf_puts(&b, ", ");
    ok = ok && ops_repr_into(&b, s->step);
    strbuf_putc(&b, ')');
    if (!ok) {
        strbuf_free(&b);
        return ERR_VAL;
    }
    return OBJ_VAL(str_from_buf(&b));
}

TypeObj slice_type = {
    .name = "slice",
    .instance_size = sizeof(SliceObj),
    .trace = slice_trace,
    .repr = slice_repr,
};

void slice_init_type(void) {
    type_init(&slice_type, NULL);
}

SliceObj *slice_new(Value start, Value stop, Value step) {
    SliceObj *s = (SliceObj *)gc_alloc(&slice_type, sizeof(SliceObj));
    s->start = start;
    s->stop = stop;
    s->step = step;
    return s;
}

static bool bound(Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = v.i;
        return true;
    }
    if (IS_BOOL(v)) {
        *out = v.b;
        return true;
    }
    if (bigint_is(v)) {
        // Beyond int64 a bound only says "past either end": clamp it, keeping
        // -INT64_MAX as the floor so a negated step cannot overflow.
        *out = bigint_cmp(v, INT_VAL(0)) > 0 ? INT64_MAX : -INT64_MAX;
        return true;
    }
    exc_raise(&exc_TypeError,
              "slice indices must be integers or None or have an __index__ method");
    return false;
}

bool slice_indices(SliceObj *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                   int64_t *count) {
    int64_t st = 1;
    if (!IS_NONE(s->step)) {
        if (!bound(s->step, &st)) {
            return false;
        }
        if (st == 0) {
            exc_raise(&exc_ValueError, "slice step cannot be zero");
            return false;
        }
    }
    int64_t lo, hi;
    if (st > 0) {
        lo = 0;
        hi = len;
    } else {
        lo = -1;
        hi = len - 1;
    }
    int64_t a = st > 0 ? lo : hi, b = st > 0 ? hi : lo;
    if (!IS_NONE(s->start)) {
        if (!bound(s->start, &a)) {
            return false;
        }
        if (a < 0) {
            a += len;
            if (a < lo) {
                a = lo;
            }
        } else if (a > hi) {
            a = hi;
        }
    }
    if (!IS_NONE(s->stop)) {
        if (!bound(s->stop, &b)) {
            return false;
        }
        if (b < 0) {
            b += len;
            if (b < lo) {
                b = lo;
            }
        } else if (b > hi) {
            b = hi;
        }
    }
    *start = a;
    *stop = b;
    *step = st;
    if (st > 0) {
        *count = b > a ? (b - a - 1) / st + 1 : 0;
    } else {
        *count = a > b ? (a - b - 1) / (-st) + 1 : 0;
    }
    return true;
}

bool slice_index(Value key, int64_t len, int64_t *out, const char *what, const char *tname) {
    int64_t i;
    if (IS_INT(key)) {
        i = key.i;
    } else if (IS_BOOL(key)) {
        i = key.b;
    } else if (bigint_is(key)) {
        exc_raise(&exc_IndexError, "cannot fit 'int' into an index-sized integer");
        return false;
    } else if (intenum_is(key)) {
        i = ((IntEnumObj *)key.o)->value;
    } else {
        if (strcmp(tname, "string") == 0) {
            exc_raise(&exc_TypeError, "string indices must be integers, not '%s'", type_name(key));
        } else {
            exc_raise(&exc_TypeError, "%s indices must be integers or slices, not %s", tname,
                      type_name(key));
        }
        return false;
    }
    if (i < 0) {
        i += len;
    }
    if (i < 0 || i >= len) {
        exc_raise(&exc_IndexError, "%s", what);
        return false;
    }
    *out = i;
    return true;
}
