// range objects and the builtins' iterator types (enumerate, zip, reversed,
// map, filter, iter(callable, sentinel)). Each iterator holds the iterators
// it pulls from and asks them for one item per step, so everything here
// stays lazy like CPython's. Containers' own iterators live with the
// containers (list.c, tuple.c, str.c, dict.c).
#include "runtime/iter.h"

#include <string.h>

#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/gc.h"
#include "vm/vm.h"

static Value iter_self(Value self) {
    return self;
}

// Raises the TypeError CPython gives for keyword arguments in a call like
// zip(a=1): "'a' is an invalid keyword argument for zip()".
static Value invalid_keyword(const char *fname, TupleObj *kwnames, size_t i) {
    return exc_raise(&exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                     AS_STR(kwnames->items[i])->data, fname);
}

// ---- range ---------------------------------------------------------------------

// The number of items, computed in unsigned arithmetic so no bound overflows.
static uint64_t range_length(int64_t start, int64_t stop, int64_t step) {
    if (step > 0) {
        if (start >= stop) {
            return 0;
        }
        return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    }
    if (start <= stop) {
        return 0;
    }
    return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
}

// Item i (0 <= i < len). The true value lies between start and stop, so the
// wrapping unsigned computation lands on it exactly.
static int64_t range_item(const RangeObj *r, uint64_t i) {
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

RangeObj *iter_range_new(int64_t start, int64_t stop, int64_t step) {
    RangeObj *r = (RangeObj *)gc_alloc(&range_type, sizeof(RangeObj));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return r;
}

static Value range_new_fn(Value *args, int nargs, TupleObj *kwnames) {
    if (!args_no_kw("range", kwnames) || !args_count("range", nargs, 1, 3)) {
        return ERR_VAL;
    }
    int64_t v[3] = {0, 0, 1};
    for (int i = 0; i < nargs; i++) {
        if (!ops_index(args[i], &v[i])) {
            return ERR_VAL;
        }
    }
    if (nargs == 1) {
        return OBJ_VAL(iter_range_new(0, v[0], 1));
    }
    if (v[2] == 0) {
        return exc_raise(&exc_ValueError, "range() arg 3 must not be zero");
    }
    return OBJ_VAL(iter_range_new(v[0], v[1], v[2]));
}

static Value range_repr(Value self) {
    RangeObj *r = AS_RANGE(self);
    StrBuf b = {0};
    if (r->step == 1) {
        strbuf_printf(&b, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    } else {
        strbuf_printf(&b, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                      (long long)r->step);
    }
    return OBJ_VAL(str_from_buf(&b));
}

static int64_t range_len(Value self) {
    uint64_t n = AS_RANGE(self)->len;
    if (n > (uint64_t)INT64_MAX) {
        exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (int64_t)n;
}

bool iter_range_eq(const RangeObj *a, const RangeObj *b) {
    if (a == b) {
        return true;
    }
    if (a->len != b->len) {
        return false;
    }
    if (a->len == 0) {
        return true;
    }
    if (a->start != b->start) {
        return false;
    }
    return a->len == 1 || a->step == b->step;
}

// CPython hashes a range as the tuple (len, start, step), with None standing
// for the parts that do not affect which items it holds.
static bool range_hash(Value self, int64_t *out) {
    RangeObj *r = AS_RANGE(self);
    Value t[3] = {INT_VAL((int64_t)r->len), NONE_VAL, NONE_VAL};
    if (r->len > 0) {
        t[1] = INT_VAL(r->start);
        if (r->len > 1) {
            t[2] = INT_VAL(r->step);
        }
    }
    return ops_hash(OBJ_VAL(tuple_from(t, 3)), out);
}

// A 128-bit intermediate that must fit the int64 range of our ints.
static bool fits_int64(__int128 v, int64_t *out) {
    if (v < INT64_MIN || v > INT64_MAX) {
        exc_raise(&exc_OverflowError, "Python int too large to convert to C long");
        return false;
    }
    *out = (int64_t)v;
    return true;
}

// r[a:b:c] is again a range: the slice picks indices, mapped to values.
static Value range_slice(RangeObj *r, SliceObj *s) {
    if (r->len > (uint64_t)INT64_MAX) {
        return exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    int64_t start, stop, step, count;
    if (!slice_indices(s, (int64_t)r->len, &start, &stop, &step, &count)) {
        return ERR_VAL;
    }
    int64_t nstart, nstop, nstep;
    if (!fits_int64((__int128)r->start + (__int128)start * r->step, &nstart) ||
        !fits_int64((__int128)r->start + (__int128)stop * r->step, &nstop) ||
        !fits_int64((__int128)r->step * step, &nstep)) {
        return ERR_VAL;
    }
    return OBJ_VAL(iter_range_new(nstart, nstop, nstep));
}

static Value range_getitem(Value self, Value key) {
    RangeObj *r = AS_RANGE(self);
    if (IS_SLICE(key)) {
        return range_slice(r, AS_SLICE(key));
    }
    int64_t i;
    if (IS_INT(key) || IS_BOOL(key)) {
        i = IS_INT(key) ? key.i : key.b;
    } else {
        return exc_raise(&exc_TypeError, "range indices must be integers or slices, not %s",
                         type_name(key));
    }
    uint64_t u;
    if (i < 0) {
        u = 0 - (uint64_t)i; // distance from the end
        if (u > r->len) {
            return exc_raise(&exc_IndexError, "range object index out of range");
        }
        u = r->len - u;
    } else {
        u = (uint64_t)i;
        if (u >= r->len) {
            return exc_raise(&exc_IndexError, "range object index out of range");
        }
    }
    return INT_VAL(range_item(r, u));
}

// Whether int x is one of the range's items: a bounds check and a remainder.
static bool range_has_int(const RangeObj *r, int64_t x) {
    if (r->step > 0) {
        if (x < r->start || x >= r->stop) {
            return false;
        }
        return ((uint64_t)x - (uint64_t)r->start) % (uint64_t)r->step == 0;
    }
    if (x > r->start || x <= r->stop) {
        return false;
    }
    return ((uint64_t)r->start - (uint64_t)x) % (0 - (uint64_t)r->step) == 0;
}

// Other values (1.0, user objects) fall back to comparing item by item.
static int range_search(RangeObj *r, Value item, uint64_t *index) {
    for (uint64_t i = 0; i < r->len; i++) {
        int eq = ops_eq(INT_VAL(range_item(r, i)), item);
        if (eq != 0) {
            *index = i;
            return eq;
        }
    }
    return 0;
}

static int range_contains(Value self, Value item) {
    RangeObj *r = AS_RANGE(self);
    if (IS_INT(item) || IS_BOOL(item)) {
        return range_has_int(r, IS_INT(item) ? item.i : item.b);
    }
    uint64_t i;
    return range_search(r, item, &i);
}

static Value range_getattr(Value self, StrObj *name) {
    RangeObj *r = AS_RANGE(self);
    if (strcmp(name->data, "start") == 0) {
        return INT_VAL(r->start);
    }
    if (strcmp(name->data, "stop") == 0) {
        return INT_VAL(r->stop);
    }
    if (strcmp(name->data, "step") == 0) {
        return INT_VAL(r->step);
    }
    return UNDEF_VAL;
}

static Value m_range_index(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("index", kw)) {
        return ERR_VAL;
    }
    if (nargs != 2) {
        return exc_raise(&exc_TypeError, "range.index() takes exactly one argument (%d given)",
                         nargs - 1);
    }
    RangeObj *r = AS_RANGE(args[0]);
    Value x = args[1];
    if (IS_INT(x) || IS_BOOL(x)) {
        int64_t v = IS_INT(x) ? x.i : x.b;
        if (!range_has_int(r, v)) {
            return exc_raise(&exc_ValueError, "%lld is not in range", (long long)v);
        }
        uint64_t dist =
            r->step > 0 ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v;
        uint64_t mag = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
        return INT_VAL((int64_t)(dist / mag));
    }
    uint64_t i;
    int found = range_search(r, x, &i);
    if (found < 0) {
        return ERR_VAL;
    }
    if (!found) {
        return exc_raise(&exc_ValueError, "sequence.index(x): x not in sequence");
    }
    return INT_VAL((int64_t)i);
}

static Value m_range_count(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("count", kw)) {
        return ERR_VAL;
    }
    if (nargs != 2) {
        return exc_raise(&exc_TypeError, "range.count() takes exactly one argument (%d given)",
                         nargs - 1);
    }
    RangeObj *r = AS_RANGE(args[0]);
    Value x = args[1];
    if (IS_INT(x) || IS_BOOL(x)) {
        return INT_VAL(range_has_int(r, IS_INT(x) ? x.i : x.b));
    }
    int64_t n = 0;
    for (uint64_t i = 0; i < r->len; i++) {
        int eq = ops_eq(INT_VAL(range_item(r, i)), x);
        if (eq < 0) {
            return ERR_VAL;
        }
        n += eq;
    }
    return INT_VAL(n);
}

static const MethodDef range_methods[] = {
    {"index", m_range_index},
    {"count", m_range_count},
    {NULL, NULL},
};

static RangeIterObj *range_iter_new(int64_t next, int64_t stop, int64_t step) {
    RangeIterObj *it = (RangeIterObj *)gc_alloc(&range_iter_type, sizeof(RangeIterObj));
    it->next = next;
    it->stop = stop;
    it->step = step;
    return it;
}

static Value range_iter(Value self) {
    RangeObj *r = AS_RANGE(self);
    return OBJ_VAL(range_iter_new(r->start, r->stop, r->step));
}

TypeObj range_type = {
    .name = "range",
    .instance_size = sizeof(RangeObj),
    .repr = range_repr,
    .hash = range_hash,
    .iter = range_iter,
    .getattr = range_getattr,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .new_ = range_new_fn,
};

static Value range_iter_next(Value self) {
    RangeIterObj *it = (RangeIterObj *)self.o;
    int64_t v = it->next;
    if (it->step > 0 ? v >= it->stop : v <= it->stop) {
        return UNDEF_VAL;
    }
    // Past the last item next + step may leave the int64 range; the stop
    // value then stands in for it, which ends the iteration.
    if (__builtin_add_overflow(v, it->step, &it->next)) {
        it->next = it->stop;
    }
    return INT_VAL(v);
}

TypeObj range_iter_type = {
    .name = "range_iterator",
    .instance_size = sizeof(RangeIterObj),
    .iter = iter_self,
    .next = range_iter_next,
};

// ---- enumerate ---------------------------------------------------------------------

typedef struct EnumerateObj {
    Obj hdr;
    Value it;
    int64_t count;
} EnumerateObj;

static void enumerate_trace(Obj *o) {
    gc_mark_value(((EnumerateObj *)o)->it);
}

static Value enumerate_make(Value iterable, Value start_val) {
    int64_t start = 0;
    if (!IS_UNDEF(start_val) && !ops_index(start_val, &start)) {
        return ERR_VAL;
    }
    Value it = ops_iter(iterable);
    if (IS_ERR(it)) {
        return it;
    }
    EnumerateObj *e = (EnumerateObj *)gc_alloc(&enumerate_type, sizeof(EnumerateObj));
    e->it = it;
    e->count = start;
    return OBJ_VAL(e);
}

// Keyword k of the call must be `name`.
static bool keyword_is(TupleObj *kwnames, size_t k, const char *name) {
    if (strcmp(AS_STR(kwnames->items[k])->data, name) == 0) {
        return true;
    }
    invalid_keyword("enumerate", kwnames, k);
    return false;
}

// enumerate(iterable, start=0), with CPython's checks in CPython's order.
static Value enumerate_new_fn(Value *args, int nargs, TupleObj *kwnames) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (nargs + nkw == 2) {
        if (nkw == 1 && !keyword_is(kwnames, 0, "start")) {
            return ERR_VAL;
        }
        if (nkw == 2) {
            if (strcmp(AS_STR(kwnames->items[0])->data, "start") == 0) {
                if (!keyword_is(kwnames, 1, "iterable")) {
                    return ERR_VAL;
                }
                return enumerate_make(args[1], args[0]);
            }
            if (!keyword_is(kwnames, 0, "iterable") || !keyword_is(kwnames, 1, "start")) {
                return ERR_VAL;
            }
        }
        return enumerate_make(args[0], args[1]);
    }
    if (nargs + nkw == 1) {
        if (nkw == 1 && !keyword_is(kwnames, 0, "iterable")) {
            return ERR_VAL;
        }
        return enumerate_make(args[0], UNDEF_VAL);
    }
    if (nargs == 0) {
        return exc_raise(&exc_TypeError, "enumerate() missing required argument 'iterable'");
    }
    return exc_raise(&exc_TypeError, "enumerate() takes at most 2 arguments (%d given)",
                     nargs + nkw);
}

static Value enumerate_next(Value self) {
    EnumerateObj *e = (EnumerateObj *)self.o;
    Value v = ops_next(e->it);
    if (IS_UNDEF(v) || IS_ERR(v)) {
        return v;
    }
    Value pair[2] = {INT_VAL(e->count), v};
    if (__builtin_add_overflow(e->count, 1, &e->count)) {
        return exc_raise(&exc_OverflowError, "integer result too large (over 64 bits)");
    }
    return OBJ_VAL(tuple_from(pair, 2));
}

TypeObj enumerate_type = {
    .name = "enumerate",
    .instance_size = sizeof(EnumerateObj),
    .trace = enumerate_trace,
    .iter = iter_self,
    .next = enumerate_next,
    .new_ = enumerate_new_fn,
};

// ---- zip ---------------------------------------------------------------------------

typedef struct ZipObj {
    Obj hdr;
    TupleObj *its;
    bool strict;
} ZipObj;

static void zip_trace(Obj *o) {
    gc_mark_obj((Obj *)((ZipObj *)o)->its);
}

static Value zip_new_fn(Value *args, int nargs, TupleObj *kwnames) {
    bool strict = false;
    if (kwnames && kwnames->len > 0) {
        if (kwnames->len > 1) {
            return exc_raise(&exc_TypeError, "zip() takes at most 1 keyword argument (%zu given)",
                             kwnames->len);
        }
        if (strcmp(AS_STR(kwnames->items[0])->data, "strict") != 0) {
            return invalid_keyword("zip", kwnames, 0);
        }
        int t = ops_truthy(args[nargs]);
        if (t < 0) {
            return ERR_VAL;
        }
        strict = t;
    }
    TupleObj *its = tuple_new((size_t)nargs);
    for (int i = 0; i < nargs; i++) {
        Value it = ops_iter(args[i]);
        if (IS_ERR(it)) {
            return it;
        }
        its->items[i] = it;
    }
    ZipObj *z = (ZipObj *)gc_alloc(&zip_type, sizeof(ZipObj));
    z->its = its;
    z->strict = strict;
    return OBJ_VAL(z);
}

// zip(strict=True) found iterator i exhausted: the others must be too.
static Value zip_strict_end(ZipObj *z, size_t i) {
    if (i > 0) {
        return exc_raise(&exc_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                         i == 1 ? " " : "s 1-", i);
    }
    for (size_t j = 1; j < z->its->len; j++) {
        Value v = ops_next(z->its->items[j]);
        if (IS_ERR(v)) {
            return v;
        }
        if (!IS_UNDEF(v)) {
            return exc_raise(&exc_ValueError, "zip() argument %zu is longer than argument%s%zu",
                             j + 1, j == 1 ? " " : "s 1-", j);
        }
    }
    return UNDEF_VAL;
}

static Value zip_next(Value self) {
    ZipObj *z = (ZipObj *)self.o;
    size_t n = z->its->len;
    if (n == 0) {
        return UNDEF_VAL;
    }
    TupleObj *t = tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        Value v = ops_next(z->its->items[i]);
        if (IS_ERR(v)) {
            return v;
        }
        if (IS_UNDEF(v)) {
            return z->strict ? zip_strict_end(z, i) : UNDEF_VAL;
        }
        t->items[i] = v;
    }
    return OBJ_VAL(t);
}

TypeObj zip_type = {
    .name = "zip",
    .instance_size = sizeof(ZipObj),
    .trace = zip_trace,
    .iter = iter_self,
    .next = zip_next,
    .new_ = zip_new_fn,
};

// ---- map and filter -------------------------------------------------------------------

typedef struct MapObj {
    Obj hdr;
    Value func;
    TupleObj *its;
} MapObj;

static void map_trace(Obj *o) {
    MapObj *m = (MapObj *)o;
    gc_mark_value(m->func);
    gc_mark_obj((Obj *)m->its);
}

static Value map_new_fn(Value *args, int nargs, TupleObj *kwnames) {
    if (!args_no_kw("map", kwnames)) {
        return ERR_VAL;
    }
    if (nargs < 2) {
        return exc_raise(&exc_TypeError, "map() must have at least two arguments.");
    }
    TupleObj *its = tuple_new((size_t)nargs - 1);
    for (int i = 1; i < nargs; i++) {
        Value it = ops_iter(args[i]);
        if (IS_ERR(it)) {
            return it;
        }
        its->items[i - 1] = it;
    }
    MapObj *m = (MapObj *)gc_alloc(&map_type, sizeof(MapObj));
    m->func = args[0];
    m->its = its;
    return OBJ_VAL(m);
}

static Value map_next(Value self) {
    MapObj *m = (MapObj *)self.o;
    size_t n = m->its->len;
    // The arguments are gathered in a tuple so they stay visible to the
    // collector while the function runs.
    TupleObj *argv = tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        Value v = ops_next(m->its->items[i]);
        if (IS_UNDEF(v) || IS_ERR(v)) {
            return v;
        }
        argv->items[i] = v;
    }
    return vm_call(m->func, argv->items, (int)n, NULL);
}

TypeObj map_type = {
    .name = "map",
    .instance_size = sizeof(MapObj),
    .trace = map_trace,
    .iter = iter_self,
    .next = map_next,
    .new_ = map_new_fn,
};

typedef struct FilterObj {
    Obj hdr;
    Value func; // None: keep the truthy items
    Value it;
} FilterObj;

static void filter_trace(Obj *o) {
    FilterObj *f = (FilterObj *)o;
    gc_mark_value(f->func);
    gc_mark_value(f->it);
}

static Value filter_new_fn(Value *args, int nargs, TupleObj *kwnames) {
    if (!args_no_kw("filter", kwnames) || !args_count("filter", nargs, 2, 2)) {
        return ERR_VAL;
    }
    Value it = ops_iter(args[1]);
    if (IS_ERR(it)) {
        return it;
    }
    FilterObj *f = (FilterObj *)gc_alloc(&filter_type, sizeof(FilterObj));
    f->func = args[0];
    f->it = it;
    return OBJ_VAL(f);
}

static Value filter_next(Value self) {
    FilterObj *f = (FilterObj *)self.o;
    for (;;) {
        Value v = ops_next(f->it);
        if (IS_UNDEF(v) || IS_ERR(v)) {
            return v;
        }
        int keep;
        if (IS_NONE(f->func)) {
            keep = ops_truthy(v);
        } else {
            Value r = vm_call(f->func, &v, 1, NULL);
            if (IS_ERR(r)) {
                return r;
            }
            keep = ops_truthy(r);
        }
        if (keep < 0) {
            return ERR_VAL;
        }
        if (keep) {
            return v;
        }
    }
}

TypeObj filter_type = {
    .name = "filter",
    .instance_size = sizeof(FilterObj),
    .trace = filter_trace,
    .iter = iter_self,
    .next = filter_next,
    .new_ = filter_new_fn,
};

// ---- reversed ---------------------------------------------------------------------------

// Walks a sequence from its last index down to 0. For a str, `index` is a
// byte offset (one past the next character) so each step is O(1).
typedef struct ReversedObj {
    Obj hdr;
    Value seq;
    int64_t index; // -1 once exhausted
} ReversedObj;

static void reversed_trace(Obj *o) {
    gc_mark_value(((ReversedObj *)o)->seq);
}

static Value reversed_new(TypeObj *t, Value seq, int64_t index) {
    ReversedObj *r = (ReversedObj *)gc_alloc(t, sizeof(ReversedObj));
    r->seq = seq;
    r->index = index;
    return OBJ_VAL(r);
}

// A list may shrink while it is walked; CPython then just stops.
static Value list_reversed_next(Value self) {
    ReversedObj *r = (ReversedObj *)self.o;
    ListObj *l = AS_LIST(r->seq);
    if (r->index < 0 || (uint64_t)r->index >= l->len) {
        r->index = -1;
        return UNDEF_VAL;
    }
    return l->items[r->index--];
}

static Value reversed_next(Value self) {
    ReversedObj *r = (ReversedObj *)self.o;
    if (r->index < 0) {
        return UNDEF_VAL;
    }
    Value seq = r->seq;
    if (IS_TUPLE(seq)) {
        return AS_TUPLE(seq)->items[r->index--];
    }
    if (IS_STR(seq)) {
        StrObj *s = AS_STR(seq);
        if (r->index == 0) {
            r->index = -1;
            return UNDEF_VAL;
        }
        size_t pos = (size_t)r->index - 1;
        while (pos > 0 && ((unsigned char)s->data[pos] & 0xC0) == 0x80) {
            pos--;
        }
        r->index = (int64_t)pos;
        size_t p = pos;
        return OBJ_VAL(str_from_codepoint(str_decode_utf8(s->data, &p)));
    }
    Value v = ops_getitem(seq, INT_VAL(r->index));
    r->index--;
    if (IS_ERR(v) &&
        (exc_pending_matches(&exc_IndexError) || exc_pending_matches(&exc_StopIteration))) {
        vm_take_exc();
        r->index = -1;
        return UNDEF_VAL;
    }
    return v;
}

static Value reversed_new_fn(Value *args, int nargs, TupleObj *kwnames);

TypeObj reversed_type = {
    .name = "reversed",
    .instance_size = sizeof(ReversedObj),
    .trace = reversed_trace,
    .iter = iter_self,
    .next = reversed_next,
    .new_ = reversed_new_fn,
};

static TypeObj list_reversed_type = {
    .name = "list_reverseiterator",
    .instance_size = sizeof(ReversedObj),
    .trace = reversed_trace,
    .iter = iter_self,
    .next = list_reversed_next,
};

// Whether t defines a method itself or through a base (user classes).
static Value lookup_method(TypeObj *t, const char *name) {
    return type_lookup(t, str_intern_cstr(name));
}

static Value reversed_range(RangeObj *r) {
    if (r->len == 0) {
        return OBJ_VAL(range_iter_new(0, 0, 1));
    }
    // From the last item down to one step before the first; when that bound
    // does not fit an int64, fall back to indexing.
    __int128 stop = (__int128)r->start - r->step, step = -(__int128)r->step;
    if (stop < INT64_MIN || stop > INT64_MAX || step > INT64_MAX) {
        if (r->len > (uint64_t)INT64_MAX) {
            return exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return reversed_new(&reversed_type, OBJ_VAL(r), (int64_t)r->len - 1);
    }
    return OBJ_VAL(range_iter_new(range_item(r, r->len - 1), (int64_t)stop, (int64_t)step));
}

Value iter_reversed(Value seq) {
    TypeObj *t = type_of(seq);
    if (t->flags & TF_HEAPTYPE) {
        Value m = lookup_method(t, "__reversed__");
        if (!IS_UNDEF(m)) {
            return vm_call(m, &seq, 1, NULL);
        }
    }
    if (t == &list_type) {
        return reversed_new(&list_reversed_type, seq, (int64_t)AS_LIST(seq)->len - 1);
    }
    if (t == &tuple_type) {
        return reversed_new(&reversed_type, seq, (int64_t)AS_TUPLE(seq)->len - 1);
    }
    if (t == &str_type) {
        return reversed_new(&reversed_type, seq, (int64_t)AS_STR(seq)->len);
    }
    if (t == &range_type) {
        return reversed_range(AS_RANGE(seq));
    }
    if (t == &dict_type) {
        // The keys as they are now, newest first.
        ListObj *keys = list_new(0);
        if (!list_extend(keys, seq)) {
            return ERR_VAL;
        }
        return reversed_new(&list_reversed_type, OBJ_VAL(keys), (int64_t)keys->len - 1);
    }
    bool is_seq = (t->flags & TF_HEAPTYPE) ? !IS_UNDEF(lookup_method(t, "__len__")) &&
                                                 !IS_UNDEF(lookup_method(t, "__getitem__"))
                                           : t->len && t->getitem;
    if (!is_seq) {
        return exc_raise(&exc_TypeError, "'%s' object is not reversible", t->name);
    }
    int64_t n = ops_len(seq);
    if (n < 0) {
        return ERR_VAL;
    }
    return reversed_new(&reversed_type, seq, n - 1);
}

static Value reversed_new_fn(Value *args, int nargs, TupleObj *kwnames) {
    if (!args_no_kw("reversed", kwnames) || !args_count("reversed", nargs, 1, 1)) {
        return ERR_VAL;
    }
    return iter_reversed(args[0]);
}

// ---- iter(callable, sentinel) ----------------------------------------------------------

typedef struct CallIterObj {
    Obj hdr;
    Value func; // UNDEF_VAL once the sentinel was seen
    Value sentinel;
} CallIterObj;

static void callable_iter_trace(Obj *o) {
    CallIterObj *c = (CallIterObj *)o;
    gc_mark_value(c->func);
    gc_mark_value(c->sentinel);
}

Value iter_callable_new(Value func, Value sentinel) {
    CallIterObj *c = (CallIterObj *)gc_alloc(&callable_iter_type, sizeof(CallIterObj));
    c->func = func;
    c->sentinel = sentinel;
    return OBJ_VAL(c);
}

static Value callable_iter_next(Value self) {
    CallIterObj *c = (CallIterObj *)self.o;
    if (IS_UNDEF(c->func)) {
        return UNDEF_VAL;
    }
    Value v = vm_call(c->func, &c->sentinel, 0, NULL); // no arguments
    if (IS_ERR(v)) {
        // A StopIteration from the callable ends the iteration quietly.
        if (exc_pending_matches(&exc_StopIteration)) {
            vm_take_exc();
            c->func = UNDEF_VAL;
            return UNDEF_VAL;
        }
        return v;
    }
    int eq = ops_eq(v, c->sentinel);
    if (eq < 0) {
        return ERR_VAL;
    }
    if (eq) {
        c->func = UNDEF_VAL;
        return UNDEF_VAL;
    }
    return v;
}

TypeObj callable_iter_type = {
    .name = "callable_iterator",
    .instance_size = sizeof(CallIterObj),
    .trace = callable_iter_trace,
    .iter = iter_self,
    .next = callable_iter_next,
};

void iter_init_types(void) {
    type_init(&range_type, range_methods);
    type_init(&range_iter_type, NULL);
    type_init(&enumerate_type, NULL);
    type_init(&zip_type, NULL);
    type_init(&map_type, NULL);
    type_init(&filter_type, NULL);
    type_init(&reversed_type, NULL);
    type_init(&list_reversed_type, NULL);
    type_init(&callable_iter_type, NULL);
}
