// dict objects: an insertion-ordered hash table (see dict.h), its views and
// methods.
#include "runtime/dict.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/gc.h"
#include "vm/vm.h"

enum { SLOT_EMPTY = -1, SLOT_DELETED = -2 };

uint64_t dict_version_counter;
uint64_t dict_type_version = 1;

static void dict_trace(Obj *o) {
    DictObj *d = (DictObj *)o;
    for (size_t i = 0; i < d->nentries; i++) {
        gc_mark_value(d->entries[i].key);
        gc_mark_value(d->entries[i].value);
    }
}

static size_t dict_destroy(Obj *o) {
    DictObj *d = (DictObj *)o;
    if (d->index) {
        gc_realloc(d->index, (d->mask + 1) * sizeof(int32_t), 0);
        gc_realloc(d->entries, d->cap * sizeof(DictEntry), 0);
    }
    return sizeof(DictObj);
}

DictObj *dict_new(void) {
    DictObj *d = (DictObj *)gc_alloc(&dict_type, sizeof(DictObj));
    dict_bump(d);
    dict_bump_keys(d);
    return d;
}

// Rebuilds the table with room for at least `need` entries, dropping holes.
static void resize(DictObj *d, size_t need) {
    size_t size = 8;
    while (size * 2 < need * 3) {
        size *= 2;
    }
    size_t cap = size * 2 / 3;
    DictEntry *entries = gc_realloc(NULL, 0, cap * sizeof(DictEntry));
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++) {
        if (!IS_UNDEF(d->entries[i].key)) {
            entries[n++] = d->entries[i];
        }
    }
    if (d->index) {
        gc_realloc(d->index, (d->mask + 1) * sizeof(int32_t), 0);
        gc_realloc(d->entries, d->cap * sizeof(DictEntry), 0);
    }
    d->index = gc_realloc(NULL, 0, size * sizeof(int32_t));
    memset(d->index, 0xFF, size * sizeof(int32_t)); // every slot SLOT_EMPTY
    dict_bump_keys(d);
    d->entries = entries;
    d->cap = cap;
    d->mask = size - 1;
    d->nentries = n;
    for (size_t i = 0; i < n; i++) {
        size_t slot = (size_t)entries[i].hash & d->mask;
        size_t perturb = (size_t)entries[i].hash;
        while (d->index[slot] != SLOT_EMPTY) {
            perturb >>= 5;
            slot = (slot * 5 + perturb + 1) & d->mask;
        }
        d->index[slot] = (int32_t)i;
    }
}

// Finds the slot for key. Returns 1 (found; *slot holds it), 0 (absent;
// *slot is where it would go), -1 raised.
static int lookup(DictObj *d, Value key, int64_t hash, size_t *slot_out) {
    size_t slot = (size_t)hash & d->mask;
    size_t perturb = (size_t)hash;
    long free_slot = -1;
    for (;;) {
        int32_t ix = d->index[slot];
        if (ix == SLOT_EMPTY) {
            *slot_out = free_slot >= 0 ? (size_t)free_slot : slot;
            return 0;
        }
        if (ix == SLOT_DELETED) {
            if (free_slot < 0) {
                free_slot = (long)slot;
            }
        } else {
            DictEntry *e = &d->entries[ix];
            if (e->hash == hash) {
                if (value_is(e->key, key)) {
                    *slot_out = slot;
                    return 1;
                }
                int eq = ops_eq(e->key, key);
                if (eq < 0) {
                    return -1;
                }
                if (eq) {
                    *slot_out = slot;
                    return 1;
                }
            }
        }
        perturb >>= 5;
        slot = (slot * 5 + perturb + 1) & d->mask;
    }
}

int dict_get(DictObj *d, Value key, Value *out) {
    int64_t hash;
    if (!ops_hash(key, &hash)) {
        return -1;
    }
    if (d->len == 0) {
        return 0;
    }
    size_t slot;
    int r = lookup(d, key, hash, &slot);
    if (r == 1) {
        *out = d->entries[d->index[slot]].value;
    }
    return r;
}

bool dict_set(DictObj *d, Value key, Value value) {
    int64_t hash;
    if (!ops_hash(key, &hash)) {
        return false;
    }
    if (!d->index) {
        resize(d, 1);
    }
    size_t slot;
    int r = lookup(d, key, hash, &slot);
    if (r < 0) {
        return false;
    }
    dict_bump(d);
    if (r == 1) {
        d->entries[d->index[slot]].value = value;
        return true;
    }
    if (d->nentries == d->cap) {
        resize(d, d->len + 1);
        lookup(d, key, hash, &slot); // cannot fail: the key was compared already
    }
    d->entries[d->nentries] = (DictEntry){hash, key, value};
    d->index[slot] = (int32_t)d->nentries;
    dict_bump_keys(d);
    d->nentries++;
    d->len++;
    return true;
}

int dict_del(DictObj *d, Value key, Value *out) {
    int64_t hash;
    if (!ops_hash(key, &hash)) {
        return -1;
    }
    if (d->len == 0) {
        return 0;
    }
    size_t slot;
    int r = lookup(d, key, hash, &slot);
    if (r != 1) {
        return r;
    }
    DictEntry *e = &d->entries[d->index[slot]];
    if (out) {
        *out = e->value;
    }
    e->key = UNDEF_VAL;
    e->value = UNDEF_VAL;
    d->index[slot] = SLOT_DELETED;
    d->len--;
    dict_bump(d);
    dict_bump_keys(d);
    return 1;
}

// Probes for an interned-name key: pointer comparison first, no raising.
static inline int64_t find_str(DictObj *d, StrObj *key) {
    if (d->len == 0) {
        return -1;
    }
    int64_t hash = str_hash(key);
    size_t slot = (size_t)hash & d->mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        int32_t ix = d->index[slot];
        if (ix == SLOT_EMPTY) {
            return -1;
        }
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key.tag == VAL_OBJ &&
                (e->key.o == &key->hdr ||
                 (e->hash == hash && IS_STR(e->key) && str_eq(AS_STR(e->key), key)))) {
                return ix;
            }
        }
        perturb >>= 5;
        slot = (slot * 5 + perturb + 1) & d->mask;
    }
}

int64_t dict_index_str(DictObj *d, StrObj *key) {
    return find_str(d, key);
}

Value dict_get_str(DictObj *d, StrObj *key) {
    int64_t ix = find_str(d, key);
    return ix < 0 ? UNDEF_VAL : d->entries[ix].value;
}

void dict_set_str(DictObj *d, StrObj *key, Value value) {
    // Overwriting an existing name (obj.x = v in a loop) is the common case.
    int64_t ix = find_str(d, key);
    if (ix >= 0) {
        d->entries[ix].value = value;
        dict_bump(d);
        return;
    }
    dict_set(d, OBJ_VAL(key), value); // str keys hash and compare without raising
}

void dict_set_cstr(DictObj *d, const char *key, Value value) {
    dict_set_str(d, str_intern_cstr(key), value);
}

bool dict_next(DictObj *d, size_t *pos, Value *key, Value *value) {
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (!IS_UNDEF(e->key)) {
            *key = e->key;
            *value = e->value;
            return true;
        }
    }
    return false;
}

Value dict_getitem(Value self, Value key) {
    Value v;
    int r = dict_get(AS_DICT(self), key, &v);
    if (r < 0) {
        return ERR_VAL;
    }
    if (r == 0) {
        return exc_raise_arg(&exc_KeyError, key);
    }
    return v;
}

static bool dict_setitem(Value self, Value key, Value v) {
    if (IS_UNDEF(v)) {
        int r = dict_del(AS_DICT(self), key, NULL);
        if (r == 0) {
            exc_raise_arg(&exc_KeyError, key);
        }
        return r == 1;
    }
    return dict_set(AS_DICT(self), key, v);
}

static int dict_contains(Value self, Value key) {
    Value v;
    return dict_get(AS_DICT(self), key, &v);
}

static int64_t dict_len(Value self) {
    return (int64_t)AS_DICT(self)->len;
}

static Value dict_repr(Value self) {
    DictObj *d = AS_DICT(self);
    if (vm.c_depth > 200) {
        return exc_raise(&exc_RecursionError,
                         "maximum recursion depth exceeded while getting the repr of an object");
    }
    StrBuf b = {0};
    strbuf_putc(&b, '{');
    size_t pos = 0;
    Value k, v;
    bool first = true;
    vm.c_depth++;
    while (dict_next(d, &pos, &k, &v)) {
        if (!first) {
            strbuf_puts(&b, ", ");
        }
        first = false;
        bool ok = ops_repr_into(&b, k);
        strbuf_puts(&b, ": ");
        if (ok && IS_OBJ(v) && v.o == self.o) {
            strbuf_puts(&b, "{...}");
        } else if (ok) {
            ok = ops_repr_into(&b, v);
        }
        if (!ok) {
            vm.c_depth--;
            strbuf_free(&b);
            return ERR_VAL;
        }
    }
    vm.c_depth--;
    strbuf_putc(&b, '}');
    return OBJ_VAL(str_from_buf(&b));
}

// Adds every pair of `src` (a dict, or an iterable of pairs) to d.
static bool update_from(DictObj *d, Value src) {
    if (IS_DICT(src)) {
        size_t pos = 0;
        Value k, v;
        while (dict_next(AS_DICT(src), &pos, &k, &v)) {
            if (!dict_set(d, k, v)) {
                return false;
            }
        }
        return true;
    }
    Value it = ops_iter(src);
    if (IS_ERR(it)) {
        return false;
    }
    for (int64_t n = 0;; n++) {
        Value item = ops_next(it);
        if (IS_UNDEF(item)) {
            return true;
        }
        if (IS_ERR(item)) {
            return false;
        }
        ListObj *pair = list_new(2);
        if (!list_extend(pair, item)) {
            vm_take_exc();
            exc_raise(&exc_TypeError,
                      "cannot convert dictionary update sequence element #%lld to a sequence",
                      (long long)n);
            return false;
        }
        if (pair->len != 2) {
            exc_raise(&exc_ValueError,
                      "dictionary update sequence element #%lld has length %zu; 2 is required",
                      (long long)n, pair->len);
            return false;
        }
        if (!dict_set(d, pair->items[0], pair->items[1])) {
            return false;
        }
    }
}

static bool update_kw(DictObj *d, Value *kwvalues, TupleObj *kwnames) {
    for (size_t i = 0; kwnames && i < kwnames->len; i++) {
        if (!dict_set(d, kwnames->items[i], kwvalues[i])) {
            return false;
        }
    }
    return true;
}

static Value dict_new_fn(Value *args, int nargs, TupleObj *kwnames) {
    if (!args_count("dict", nargs, 0, 1)) {
        return ERR_VAL;
    }
    DictObj *d = dict_new();
    if (nargs == 1 && !update_from(d, args[0])) {
        return ERR_VAL;
    }
    if (!update_kw(d, args + nargs, kwnames)) {
        return ERR_VAL;
    }
    return OBJ_VAL(d);
}

// ---- views and iterators -----------------------------------------------------

typedef enum ViewKind { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS } ViewKind;

typedef struct DictViewObj {
    Obj hdr;
    DictObj *dict;
    ViewKind kind;
} DictViewObj;

typedef struct DictIterObj {
    Obj hdr;
    DictObj *dict;
    ViewKind kind;
    size_t pos;
    size_t len;   // the size when iteration started, to detect changes
} DictIterObj;

static void view_trace(Obj *o) {
    gc_mark_obj((Obj *)((DictViewObj *)o)->dict);
}

static void iter_trace(Obj *o) {
    gc_mark_obj((Obj *)((DictIterObj *)o)->dict);
}

static Value iter_self(Value self) {
    return self;
}

static Value dict_iter_next(Value self) {
    DictIterObj *it = (DictIterObj *)self.o;
    if (it->dict->len != it->len) {
        it->len = (size_t)-1; // stays broken, as CPython's does
        return exc_raise(&exc_RuntimeError, "dictionary changed size during iteration");
    }
    Value k, v;
    if (!dict_next(it->dict, &it->pos, &k, &v)) {
        return UNDEF_VAL;
    }
    switch (it->kind) {
    case VIEW_KEYS:
        return k;
    case VIEW_VALUES:
        return v;
    default: {
        TupleObj *t = tuple_new(2);
        t->items[0] = k;
        t->items[1] = v;
        return OBJ_VAL(t);
    }
    }
}

static TypeObj dict_iter_types[3] = {
    {.name = "dict_keyiterator", .instance_size = sizeof(DictIterObj), .trace = iter_trace,
     .iter = iter_self, .next = dict_iter_next},
    {.name = "dict_valueiterator", .instance_size = sizeof(DictIterObj), .trace = iter_trace,
     .iter = iter_self, .next = dict_iter_next},
    {.name = "dict_itemiterator", .instance_size = sizeof(DictIterObj), .trace = iter_trace,
     .iter = iter_self, .next = dict_iter_next},
};

static Value make_iter(DictObj *d, ViewKind kind) {
    DictIterObj *it = (DictIterObj *)gc_alloc(&dict_iter_types[kind], sizeof(DictIterObj));
    it->dict = d;
    it->kind = kind;
    it->len = d->len;
    return OBJ_VAL(it);
}

static Value dict_iter(Value self) {
    return make_iter(AS_DICT(self), VIEW_KEYS);
}

static Value view_iter(Value self) {
    DictViewObj *v = (DictViewObj *)self.o;
    return make_iter(v->dict, v->kind);
}

static int64_t view_len(Value self) {
    return (int64_t)((DictViewObj *)self.o)->dict->len;
}

static Value view_repr(Value self) {
    DictViewObj *v = (DictViewObj *)self.o;
    StrBuf b = {0};
    strbuf_puts(&b, v->hdr.type->name);
    strbuf_puts(&b, "([");
    Value it = make_iter(v->dict, v->kind);
    for (bool first = true;; first = false) {
        Value x = dict_iter_next(it);
        if (IS_UNDEF(x)) {
            break;
        }
        if (!first) {
            strbuf_puts(&b, ", ");
        }
        if (IS_ERR(x) || !ops_repr_into(&b, x)) {
            strbuf_free(&b);
            return ERR_VAL;
        }
    }
    strbuf_puts(&b, "])");
    return OBJ_VAL(str_from_buf(&b));
}

static int view_contains(Value self, Value item) {
    DictViewObj *v = (DictViewObj *)self.o;
    if (v->kind == VIEW_KEYS) {
        Value out;
        return dict_get(v->dict, item, &out);
    }
    Value it = make_iter(v->dict, v->kind);
    for (;;) {
        Value x = dict_iter_next(it);
        if (IS_UNDEF(x)) {
            return 0;
        }
        int eq = ops_eq(x, item);
        if (eq) {
            return eq;
        }
    }
}

static TypeObj dict_view_types[3] = {
    {.name = "dict_keys", .instance_size = sizeof(DictViewObj), .trace = view_trace,
     .iter = view_iter, .len = view_len, .repr = view_repr, .contains = view_contains},
    {.name = "dict_values", .instance_size = sizeof(DictViewObj), .trace = view_trace,
     .iter = view_iter, .len = view_len, .repr = view_repr, .contains = view_contains},
    {.name = "dict_items", .instance_size = sizeof(DictViewObj), .trace = view_trace,
     .iter = view_iter, .len = view_len, .repr = view_repr, .contains = view_contains},
};

static Value make_view(Value *args, int nargs, TupleObj *kw, ViewKind kind, const char *name) {
    if (!args_no_kw(name, kw) || !args_count(name, nargs - 1, 0, 0)) {
        return ERR_VAL;
    }
    DictViewObj *v = (DictViewObj *)gc_alloc(&dict_view_types[kind], sizeof(DictViewObj));
    v->dict = AS_DICT(args[0]);
    v->kind = kind;
    return OBJ_VAL(v);
}

// ---- methods ---------------------------------------------------------------

static Value m_keys(Value *args, int nargs, TupleObj *kw) {
    return make_view(args, nargs, kw, VIEW_KEYS, "keys");
}

static Value m_values(Value *args, int nargs, TupleObj *kw) {
    return make_view(args, nargs, kw, VIEW_VALUES, "values");
}

static Value m_items(Value *args, int nargs, TupleObj *kw) {
    return make_view(args, nargs, kw, VIEW_ITEMS, "items");
}

static Value m_get(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("get", kw) || !args_count("get", nargs - 1, 1, 2)) {
        return ERR_VAL;
    }
    Value v;
    int r = dict_get(AS_DICT(args[0]), args[1], &v);
    if (r < 0) {
        return ERR_VAL;
    }
    return r ? v : (nargs > 2 ? args[2] : NONE_VAL);
}

static Value m_setdefault(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("setdefault", kw) || !args_count("setdefault", nargs - 1, 1, 2)) {
        return ERR_VAL;
    }
    Value v;
    int r = dict_get(AS_DICT(args[0]), args[1], &v);
    if (r < 0) {
        return ERR_VAL;
    }
    if (r) {
        return v;
    }
    v = nargs > 2 ? args[2] : NONE_VAL;
    return dict_set(AS_DICT(args[0]), args[1], v) ? v : ERR_VAL;
}

static Value m_pop(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("pop", kw) || !args_count("pop", nargs - 1, 1, 2)) {
        return ERR_VAL;
    }
    Value v;
    int r = dict_del(AS_DICT(args[0]), args[1], &v);
    if (r < 0) {
        return ERR_VAL;
    }
    if (r) {
        return v;
    }
    return nargs > 2 ? args[2] : exc_raise_arg(&exc_KeyError, args[1]);
}

static Value m_popitem(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("popitem", kw) || !args_count("popitem", nargs - 1, 0, 0)) {
        return ERR_VAL;
    }
    DictObj *d = AS_DICT(args[0]);
    for (size_t i = d->nentries; i > 0; i--) {
        DictEntry *e = &d->entries[i - 1];
        if (!IS_UNDEF(e->key)) {
            TupleObj *t = tuple_new(2);
            t->items[0] = e->key;
            t->items[1] = e->value;
            dict_del(d, e->key, NULL);
            return OBJ_VAL(t);
        }
    }
    return exc_raise(&exc_KeyError, "popitem(): dictionary is empty");
}

static Value m_update(Value *args, int nargs, TupleObj *kw) {
    if (!args_count("update", nargs - 1, 0, 1)) {
        return ERR_VAL;
    }
    DictObj *d = AS_DICT(args[0]);
    if (nargs == 2 && !update_from(d, args[1])) {
        return ERR_VAL;
    }
    return update_kw(d, args + nargs, kw) ? NONE_VAL : ERR_VAL;
}

static Value m_copy(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("copy", kw) || !args_count("copy", nargs - 1, 0, 0)) {
        return ERR_VAL;
    }
    DictObj *d = dict_new();
    update_from(d, args[0]);
    return OBJ_VAL(d);
}

static Value m_clear(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("clear", kw) || !args_count("clear", nargs - 1, 0, 0)) {
        return ERR_VAL;
    }
    DictObj *d = AS_DICT(args[0]);
    dict_destroy(&d->hdr);
    d->index = NULL;
    d->entries = NULL;
    d->len = d->nentries = d->cap = d->mask = 0;
    dict_bump(d);
    dict_bump_keys(d);
    return NONE_VAL;
}

static const MethodDef dict_methods[] = {
    {"keys", m_keys},     {"values", m_values}, {"items", m_items},     {"get", m_get},
    {"setdefault", m_setdefault}, {"pop", m_pop}, {"popitem", m_popitem}, {"update", m_update},
    {"copy", m_copy},     {"clear", m_clear},   {NULL, NULL},
};

TypeObj dict_type = {
    .name = "dict",
    .instance_size = sizeof(DictObj),
    .flags = TF_BASETYPE,
    .trace = dict_trace,
    .destroy = dict_destroy,
    .repr = dict_repr,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .new_ = dict_new_fn,
};

void dict_init_type(void) {
    type_init(&dict_type, dict_methods);
    for (int i = 0; i < 3; i++) {
        type_init(&dict_iter_types[i], NULL);
        type_init(&dict_view_types[i], NULL);
    }
}
