// tuple objects.
#include "runtime/tuple.h"

#include <string.h>

#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/slice.h"
#include "runtime/type.h"
#include "vm/gc.h"

static TupleObj *empty;

static void tuple_trace(Obj *o) {
    TupleObj *t = (TupleObj *)o;
    gc_mark_values(t->items, t->len);
}

static size_t tuple_destroy(Obj *o) {
    return sizeof(TupleObj) + ((TupleObj *)o)->len * sizeof(Value);
}

TupleObj *tuple_new(size_t n) {
    if (n == 0 && empty) {
        return empty;
    }
    TupleObj *t = (TupleObj *)gc_alloc(&tuple_type, sizeof(TupleObj) + n * sizeof(Value));
    t->len = n;
    return t;
}

TupleObj *tuple_from(const Value *items, size_t n) {
    TupleObj *t = tuple_new(n);
    if (n) {
        memcpy(t->items, items, n * sizeof(Value));
    }
    return t;
}

TupleObj *tuple_empty(void) {
    return empty;
}

static Value tuple_repr(Value self) {
    TupleObj *t = AS_TUPLE(self);
    StrBuf b = {0};
    strbuf_putc(&b, '(');
    for (size_t i = 0; i < t->len; i++) {
        if (i) {
            strbuf_puts(&b, ", ");
        }
        if (!ops_repr_into(&b, t->items[i])) {
            strbuf_free(&b);
            return ERR_VAL;
        }
    }
    if (t->len == 1) {
        strbuf_putc(&b, ',');
    }
    strbuf_putc(&b, ')');
    return OBJ_VAL(str_from_buf(&b));
}

// The tuple hash CPython uses (an xxHash-style mix of the item hashes), so
// hash((1, 2)) prints the same number under both.
static bool tuple_hash(Value self, int64_t *out) {
    TupleObj *t = AS_TUPLE(self);
    const uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL,
                   p5 = 2870177450012600261ULL;
    uint64_t acc = p5;
    for (size_t i = 0; i < t->len; i++) {
        int64_t h;
        if (!ops_hash(t->items[i], &h)) {
            return false;
        }
        acc += (uint64_t)h * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    acc += t->len ^ (p5 ^ 3527539UL);
    if (acc == (uint64_t)-1) {
        acc = 1546275796;
    }
    *out = (int64_t)acc;
    return true;
}

static int64_t tuple_len(Value self) {
    return (int64_t)AS_TUPLE(self)->len;
}

static Value tuple_getitem(Value self, Value key) {
    TupleObj *t = AS_TUPLE(self);
    if (IS_SLICE(key)) {
        int64_t start, stop, step, count;
        if (!slice_indices(AS_SLICE(key), (int64_t)t->len, &start, &stop, &step, &count)) {
            return ERR_VAL;
        }
        TupleObj *r = tuple_new((size_t)count);
        for (int64_t i = 0, j = start; i < count; i++, j += step) {
            r->items[i] = t->items[j];
        }
        return OBJ_VAL(r);
    }
    int64_t i;
    if (!slice_index(key, (int64_t)t->len, &i, "tuple index out of range", "tuple")) {
        return ERR_VAL;
    }
    return t->items[i];
}

static int tuple_contains(Value self, Value item) {
    TupleObj *t = AS_TUPLE(self);
    for (size_t i = 0; i < t->len; i++) {
        int eq = ops_eq(t->items[i], item);
        if (eq) {
            return eq;
        }
    }
    return 0;
}

static Value tuple_iter(Value self);

static Value tuple_new_fn(Value *args, int nargs, TupleObj *kwnames) {
    if (kwnames && kwnames->len) {
        return exc_raise(&exc_TypeError, "tuple() takes no keyword arguments");
    }
    if (nargs > 1) {
        return exc_raise(&exc_TypeError, "tuple expected at most 1 argument, got %d", nargs);
    }
    if (nargs == 0) {
        return OBJ_VAL(empty);
    }
    if (IS_TUPLE_EXACT(args[0])) {
        return args[0]; // a subclass (struct_siginfo) is copied into a plain tuple
    }
    ListObj *l = list_new(0);
    if (!list_extend(l, args[0])) {
        return ERR_VAL;
    }
    return OBJ_VAL(tuple_from(l->items, l->len));
}

static Value tuple_index(Value *args, int nargs, TupleObj *kwnames) {
    (void)kwnames;
    if (nargs != 2) {
        return exc_raise(&exc_TypeError, "index expected 1 argument, got %d", nargs - 1);
    }
    TupleObj *t = AS_TUPLE(args[0]);
    for (size_t i = 0; i < t->len; i++) {
        int eq = ops_eq(t->items[i], args[1]);
        if (eq < 0) {
            return ERR_VAL;
        }
        if (eq) {
            return INT_VAL((int64_t)i);
        }
    }
    return exc_raise(&exc_ValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_count(Value *args, int nargs, TupleObj *kwnames) {
    (void)kwnames;
    if (nargs != 2) {
        return exc_raise(&exc_TypeError, "count() takes exactly one argument (%d given)",
                         nargs - 1);
    }
    TupleObj *t = AS_TUPLE(args[0]);
    int64_t n = 0;
    for (size_t i = 0; i < t->len; i++) {
        int eq = ops_eq(t->items[i], args[1]);
        if (eq < 0) {
            return ERR_VAL;
        }
        n += eq;
    }
    return INT_VAL(n);
}

static const MethodDef tuple_methods[] = {
    {"index", tuple_index},
    {"count", tuple_count},
    {NULL, NULL},
};

TypeObj tuple_type = {
    .name = "tuple",
    .instance_size = sizeof(TupleObj),
    .flags = TF_BASETYPE,
    .trace = tuple_trace,
    .destroy = tuple_destroy,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .new_ = tuple_new_fn,
};

void tuple_init_subtype(TypeObj *t, const MethodDef *methods) {
    t->base = &tuple_type;
    t->instance_size = sizeof(TupleObj);
    t->trace = tuple_trace;
    t->destroy = tuple_destroy;
    // Behaviour the subclass does not define is tuple's.
    t->repr = t->repr ? t->repr : tuple_repr;
    t->hash = t->hash ? t->hash : tuple_hash;
    t->len = t->len ? t->len : tuple_len;
    t->getitem = t->getitem ? t->getitem : tuple_getitem;
    t->contains = t->contains ? t->contains : tuple_contains;
    t->iter = t->iter ? t->iter : tuple_iter;
    type_init(t, methods);
}

TupleObj *tuple_new_of(TypeObj *t, const Value *items, size_t n) {
    TupleObj *r = (TupleObj *)gc_alloc(t, sizeof(TupleObj) + n * sizeof(Value));
    r->len = n;
    if (n) {
        memcpy(r->items, items, n * sizeof(Value));
    }
    return r;
}

// ---- iteration -----------------------------------------------------------

typedef struct SeqIterObj {
    Obj hdr;
    Value seq;
    size_t pos;
} SeqIterObj;

static void seq_iter_trace(Obj *o) {
    gc_mark_value(((SeqIterObj *)o)->seq);
}

static Value tuple_iter_next(Value self) {
    SeqIterObj *it = (SeqIterObj *)self.o;
    TupleObj *t = AS_TUPLE(it->seq);
    if (it->pos >= t->len) {
        return UNDEF_VAL;
    }
    return t->items[it->pos++];
}

static Value iter_self(Value self) {
    return self;
}

static TypeObj tuple_iter_type = {
    .name = "tuple_iterator",
    .instance_size = sizeof(SeqIterObj),
    .trace = seq_iter_trace,
    .iter = iter_self,
    .next = tuple_iter_next,
};

static Value tuple_iter(Value self) {
    SeqIterObj *it = (SeqIterObj *)gc_alloc(&tuple_iter_type, sizeof(SeqIterObj));
    it->seq = self;
    return OBJ_VAL(it);
}

void tuple_init_type(void) {
    type_init(&tuple_type, tuple_methods);
    type_init(&tuple_iter_type, NULL);
    empty = (TupleObj *)gc_alloc(&tuple_type, sizeof(TupleObj));
    gc_add_root_obj(&empty->hdr);
}
