// list objects and their methods.
#include "runtime/list.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/exc.h"
#include "runtime/ops.h"
#include "runtime/slice.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/gc.h"
#include "vm/vm.h"

static void list_trace(Obj *o) {
    ListObj *l = (ListObj *)o;
    gc_mark_values(l->items, l->len);
}

static size_t list_destroy(Obj *o) {
    ListObj *l = (ListObj *)o;
    gc_realloc(l->items, l->cap * sizeof(Value), 0);
    return sizeof(ListObj);
}

static void reserve(ListObj *l, size_t need) {
    if (need <= l->cap) {
        return;
    }
    size_t cap = l->cap < 4 ? 4 : l->cap;
    while (cap < need) {
        cap += cap / 2 + 1;
    }
    l->items = gc_realloc(l->items, l->cap * sizeof(Value), cap * sizeof(Value));
    l->cap = cap;
}

ListObj *list_new(size_t cap) {
    ListObj *l = (ListObj *)gc_alloc(&list_type, sizeof(ListObj));
    reserve(l, cap);
    return l;
}

ListObj *list_from(const Value *items, size_t n) {
    ListObj *l = list_new(n);
    if (n) {
        memcpy(l->items, items, n * sizeof(Value));
    }
    l->len = n;
    return l;
}

void list_append(ListObj *l, Value v) {
    if (l->len == l->cap) {
        reserve(l, l->len + 1);
    }
    l->items[l->len++] = v;
}

bool list_extend(ListObj *l, Value iterable) {
    if (IS_LIST(iterable) || IS_TUPLE(iterable)) {
        size_t n = IS_LIST(iterable) ? AS_LIST(iterable)->len : AS_TUPLE(iterable)->len;
        const Value *src = IS_LIST(iterable) ? AS_LIST(iterable)->items : AS_TUPLE(iterable)->items;
        if (n == 0) {
            return true;
        }
        reserve(l, l->len + n);
        memmove(l->items + l->len, src, n * sizeof(Value));
        l->len += n;
        return true;
    }
    Value it = ops_iter(iterable);
    if (IS_ERR(it)) {
        return false;
    }
    for (;;) {
        Value v = ops_next(it);
        if (IS_UNDEF(v)) {
            return true;
        }
        if (IS_ERR(v)) {
            return false;
        }
        list_append(l, v);
    }
}

static Value list_repr(Value self) {
    ListObj *l = AS_LIST(self);
    if (vm.c_depth > 200) {
        return exc_raise(&exc_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    }
    StrBuf b = {0};
    strbuf_putc(&b, '[');
    vm.c_depth++;
    for (size_t i = 0; i < l->len; i++) {
        if (i) {
            strbuf_puts(&b, ", ");
        }
        if (l->items[i].tag == VAL_OBJ && l->items[i].o == self.o) {
            strbuf_puts(&b, "[...]");
        } else if (!ops_repr_into(&b, l->items[i])) {
            vm.c_depth--;
            strbuf_free(&b);
            return ERR_VAL;
        }
    }
    vm.c_depth--;
    strbuf_putc(&b, ']');
    return OBJ_VAL(str_from_buf(&b));
}

static int64_t list_len(Value self) {
    return (int64_t)AS_LIST(self)->len;
}

Value list_getitem(Value self, Value key) {
    ListObj *l = AS_LIST(self);
    if (IS_SLICE(key)) {
        int64_t start, stop, step, count;
        if (!slice_indices(AS_SLICE(key), (int64_t)l->len, &start, &stop, &step, &count)) {
            return ERR_VAL;
        }
        ListObj *r = list_new((size_t)count);
        for (int64_t i = 0, j = start; i < count; i++, j += step) {
            r->items[i] = l->items[j];
        }
        r->len = (size_t)count;
        return OBJ_VAL(r);
    }
    int64_t i;
    if (!slice_index(key, (int64_t)l->len, &i, "list index out of range", "list")) {
        return ERR_VAL;
    }
    return l->items[i];
}

// a[i:j:k] = v and del a[i:j:k].
static bool set_slice(ListObj *l, SliceObj *s, Value v) {
    int64_t start, stop, step, count;
    if (!slice_indices(s, (int64_t)l->len, &start, &stop, &step, &count)) {
        return false;
    }
    ListObj *src = NULL;
    if (!IS_UNDEF(v)) {
        src = list_new(0);
        if (!list_extend(src, v)) {
            if (exc_pending_matches(&exc_TypeError)) {
                vm_take_exc();
                exc_raise(&exc_TypeError, "can only assign an iterable");
            }
            return false;
        }
    }
    size_t n = src ? src->len : 0;
    if (step == 1) {
        if (stop < start) {
            stop = start;
        }
        size_t old = (size_t)(stop - start);
        reserve(l, l->len - old + n);
        if (l->items) {
            memmove(l->items + start + n, l->items + stop,
                    (l->len - (size_t)stop) * sizeof(Value));
        }
        if (n) {
            memcpy(l->items + start, src->items, n * sizeof(Value));
        }
        l->len = l->len - old + n;
        return true;
    }
    if (!src) {
        // Delete every step-th item, compacting the rest in one pass.
        if (step < 0) {
            start = start + step * (count - 1);
            step = -step;
        }
        size_t w = 0;
        for (size_t r = 0; r < l->len; r++) {
            bool hit = (int64_t)r >= start && ((int64_t)r - start) % step == 0 &&
                       ((int64_t)r - start) / step < count;
            if (!hit) {
                l->items[w++] = l->items[r];
            }
        }
        l->len = w;
        return true;
    }
    if ((int64_t)n != count) {
        exc_raise(&exc_ValueError,
                  "attempt to assign sequence of size %zu to extended slice of size %lld", n,
                  (long long)count);
        return false;
    }
    for (int64_t i = 0, j = start; i < count; i++, j += step) {
        l->items[j] = src->items[i];
    }
    return true;
}

bool list_setitem(Value self, Value key, Value v) {
    ListObj *l = AS_LIST(self);
    if (IS_SLICE(key)) {
        return set_slice(l, AS_SLICE(key), v);
    }
    int64_t i;
    if (!slice_index(key, (int64_t)l->len, &i,
                     IS_UNDEF(v) ? "list assignment index out of range"
                                 : "list assignment index out of range",
                     "list")) {
        return false;
    }
    if (IS_UNDEF(v)) {
        memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(Value));
        l->len--;
    } else {
        l->items[i] = v;
    }
    return true;
}

static int list_contains(Value self, Value item) {
    ListObj *l = AS_LIST(self);
    for (size_t i = 0; i < l->len; i++) {
        int eq = ops_eq(l->items[i], item);
        if (eq) {
            return eq;
        }
    }
    return 0;
}

static Value list_new_fn(Value *args, int nargs, TupleObj *kwnames) {
    if (!args_no_kw("list", kwnames) || !args_count("list", nargs, 0, 1)) {
        return ERR_VAL;
    }
    ListObj *l = list_new(0);
    if (nargs == 1 && !list_extend(l, args[0])) {
        return ERR_VAL;
    }
    return OBJ_VAL(l);
}

// ---- sorting: a stable merge sort that stops at the first failing comparison

typedef struct SortItem {
    Value key;
    Value value;
} SortItem;

static bool merge_sort(SortItem *a, SortItem *tmp, size_t n, bool reverse) {
    if (n < 2) {
        return true;
    }
    size_t mid = n / 2;
    if (!merge_sort(a, tmp, mid, reverse) || !merge_sort(a + mid, tmp, n - mid, reverse)) {
        return false;
    }
    size_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        // Stability: take from the right run only when strictly smaller
        // (reverse: strictly greater).
        int lt = reverse ? ops_less(a[i].key, a[j].key) : ops_less(a[j].key, a[i].key);
        if (lt < 0) {
            return false;
        }
        tmp[k++] = lt ? a[j++] : a[i++];
    }
    while (i < mid) {
        tmp[k++] = a[i++];
    }
    while (j < n) {
        tmp[k++] = a[j++];
    }
    memcpy(a, tmp, n * sizeof(SortItem));
    return true;
}

bool list_sort(ListObj *l, Value key, bool reverse) {
    size_t n = l->len;
    if (n == 0 || (n == 1 && (IS_UNDEF(key) || IS_NONE(key)))) {
        return true; // (a key function is still called once, as CPython does)
    }
    SortItem *items = malloc(n * sizeof(SortItem) * 2);
    for (size_t i = 0; i < n; i++) {
        items[i].value = l->items[i];
        if (IS_UNDEF(key) || IS_NONE(key)) {
            items[i].key = l->items[i];
        } else {
            items[i].key = vm_call(key, &l->items[i], 1, NULL);
            if (IS_ERR(items[i].key)) {
                free(items);
                return false;
            }
        }
    }
    bool ok = merge_sort(items, items + n, n, reverse);
    if (ok) {
        for (size_t i = 0; i < n && i < l->len; i++) {
            l->items[i] = items[i].value;
        }
    }
    free(items);
    return ok;
}

// ---- methods ----------------------------------------------------------------

static Value m_append(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("append", kw)) {
        return ERR_VAL;
    }
    if (nargs != 2) {
        return exc_raise(&exc_TypeError, "list.append() takes exactly one argument (%d given)",
                         nargs - 1);
    }
    list_append(AS_LIST(args[0]), args[1]);
    return NONE_VAL;
}

static Value m_extend(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("extend", kw)) {
        return ERR_VAL;
    }
    if (nargs != 2) {
        return exc_raise(&exc_TypeError, "list.extend() takes exactly one argument (%d given)",
                         nargs - 1);
    }
    return list_extend(AS_LIST(args[0]), args[1]) ? NONE_VAL : ERR_VAL;
}

static Value m_pop(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("pop", kw) || !args_count("pop", nargs - 1, 0, 1)) {
        return ERR_VAL;
    }
    ListObj *l = AS_LIST(args[0]);
    int64_t i = -1;
    if (nargs == 2 && !ops_index(args[1], &i)) {
        return ERR_VAL;
    }
    if (l->len == 0) {
        return exc_raise(&exc_IndexError, "pop from empty list");
    }
    if (i < 0) {
        i += (int64_t)l->len;
    }
    if (i < 0 || i >= (int64_t)l->len) {
        return exc_raise(&exc_IndexError, "pop index out of range");
    }
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    return v;
}

static Value m_insert(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("insert", kw)) {
        return ERR_VAL;
    }
    if (nargs != 3) {
        return exc_raise(&exc_TypeError, "insert expected 2 arguments, got %d", nargs - 1);
    }
    ListObj *l = AS_LIST(args[0]);
    int64_t i;
    if (!ops_index(args[1], &i)) {
        return ERR_VAL;
    }
    int64_t n = (int64_t)l->len;
    if (i < 0) {
        i = i + n < 0 ? 0 : i + n;
    }
    if (i > n) {
        i = n;
    }
    reserve(l, l->len + 1);
    memmove(l->items + i + 1, l->items + i, (l->len - (size_t)i) * sizeof(Value));
    l->items[i] = args[2];
    l->len++;
    return NONE_VAL;
}

static int64_t find(ListObj *l, Value x, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < (int64_t)l->len; i++) {
        int eq = ops_eq(l->items[i], x);
        if (eq) {
            return eq < 0 ? -2 : i;
        }
    }
    return -1;
}

static Value m_remove(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("remove", kw)) {
        return ERR_VAL;
    }
    if (nargs != 2) {
        return exc_raise(&exc_TypeError, "list.remove() takes exactly one argument (%d given)",
                         nargs - 1);
    }
    ListObj *l = AS_LIST(args[0]);
    int64_t i = find(l, args[1], 0, (int64_t)l->len);
    if (i == -2) {
        return ERR_VAL;
    }
    if (i == -1) {
        return exc_raise(&exc_ValueError, "list.remove(x): x not in list");
    }
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    return NONE_VAL;
}

static Value m_index(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("index", kw) || !args_count("index", nargs - 1, 1, 3)) {
        return ERR_VAL;
    }
    ListObj *l = AS_LIST(args[0]);
    int64_t n = (int64_t)l->len, start = 0, stop = n;
    if (nargs > 2 && !ops_index(args[2], &start)) {
        return ERR_VAL;
    }
    if (nargs > 3 && !ops_index(args[3], &stop)) {
        return ERR_VAL;
    }
    if (start < 0) {
        start = start + n < 0 ? 0 : start + n;
    }
    if (stop < 0) {
        stop = stop + n < 0 ? 0 : stop + n;
    }
    int64_t i = find(l, args[1], start, stop);
    if (i == -2) {
        return ERR_VAL;
    }
    if (i == -1) {
        Value r = ops_repr(args[1]);
        if (IS_ERR(r)) {
            return r;
        }
        return exc_raise(&exc_ValueError, "%s is not in list", AS_STR(r)->data);
    }
    return INT_VAL(i);
}

static Value m_count(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("count", kw)) {
        return ERR_VAL;
    }
    if (nargs != 2) {
        return exc_raise(&exc_TypeError, "list.count() takes exactly one argument (%d given)",
                         nargs - 1);
    }
    ListObj *l = AS_LIST(args[0]);
    int64_t c = 0;
    for (size_t i = 0; i < l->len; i++) {
        int eq = ops_eq(l->items[i], args[1]);
        if (eq < 0) {
            return ERR_VAL;
        }
        c += eq;
    }
    return INT_VAL(c);
}

static Value m_sort(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"$key", "$reverse", NULL};
    Value opt[2];
    if (nargs > 1) {
        return exc_raise(&exc_TypeError, "sort() takes no positional arguments");
    }
    if (!args_parse("sort", args + 1, 0, kw, params, 0, opt)) {
        return ERR_VAL;
    }
    int rev = 0;
    if (!IS_UNDEF(opt[1]) && (rev = ops_truthy(opt[1])) < 0) {
        return ERR_VAL;
    }
    return list_sort(AS_LIST(args[0]), opt[0], rev) ? NONE_VAL : ERR_VAL;
}

static Value m_reverse(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("reverse", kw) || !args_count("reverse", nargs - 1, 0, 0)) {
        return ERR_VAL;
    }
    ListObj *l = AS_LIST(args[0]);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return NONE_VAL;
}

static Value m_copy(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("copy", kw) || !args_count("copy", nargs - 1, 0, 0)) {
        return ERR_VAL;
    }
    ListObj *l = AS_LIST(args[0]);
    return OBJ_VAL(list_from(l->items, l->len));
}

static Value m_clear(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("clear", kw) || !args_count("clear", nargs - 1, 0, 0)) {
        return ERR_VAL;
    }
    AS_LIST(args[0])->len = 0;
    return NONE_VAL;
}

static const MethodDef list_methods[] = {
    {"append", m_append}, {"extend", m_extend}, {"pop", m_pop},         {"insert", m_insert},
    {"remove", m_remove}, {"index", m_index},   {"count", m_count},     {"sort", m_sort},
    {"reverse", m_reverse}, {"copy", m_copy},   {"clear", m_clear},     {NULL, NULL},
};

// ---- iteration ---------------------------------------------------------------

typedef struct ListIterObj {
    Obj hdr;
    ListObj *list;
    size_t pos;
} ListIterObj;

static void list_iter_trace(Obj *o) {
    gc_mark_obj((Obj *)((ListIterObj *)o)->list);
}

static Value list_iter_next(Value self) {
    ListIterObj *it = (ListIterObj *)self.o;
    if (it->pos >= it->list->len) {
        return UNDEF_VAL;
    }
    return it->list->items[it->pos++];
}

static Value iter_self(Value self) {
    return self;
}

TypeObj list_iter_type = {
    .name = "list_iterator",
    .instance_size = sizeof(ListIterObj),
    .trace = list_iter_trace,
    .iter = iter_self,
    .next = list_iter_next,
};

static Value list_iter(Value self) {
    ListIterObj *it = (ListIterObj *)gc_alloc(&list_iter_type, sizeof(ListIterObj));
    it->list = AS_LIST(self);
    return OBJ_VAL(it);
}

TypeObj list_type = {
    .name = "list",
    .instance_size = sizeof(ListObj),
    .flags = TF_BASETYPE,
    .trace = list_trace,
    .destroy = list_destroy,
    .repr = list_repr,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .new_ = list_new_fn,
};

void list_init_type(void) {
    type_init(&list_type, list_methods);
    type_init(&list_iter_type, NULL);
}
