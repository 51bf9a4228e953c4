// set and frozenset objects (see set.h): the hash table, the set algebra
// behind the operators, and the methods.
//
// Iteration order is the table's slot order, so every detail that moves a
// key between slots follows CPython 3.11: the probe sequence (the home slot,
// then up to 9 neighbours when they fit before the table's end, then a
// perturbed jump), the growth rule (a table fuller than 3/5 is rebuilt for
// 4x the live keys), the order in which keys are re-inserted, and which
// operand each operation walks.
#include "runtime/set.h"

#include <string.h>

#include "runtime/args.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "vm/gc.h"
#include "vm/vm.h"

enum { MIN_SIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5 };

#define DELETED_HASH ((int64_t)-1)

static bool is_live(const SetEntry *e) {
    return !IS_UNDEF(e->key);
}

static bool is_empty(const SetEntry *e) {
    return IS_UNDEF(e->key) && e->hash != DELETED_HASH;
}

// ---- the table -------------------------------------------------------------------

static SetEntry *table_new(size_t size) {
    SetEntry *t = gc_realloc(NULL, 0, size * sizeof(SetEntry));
    for (size_t i = 0; i < size; i++) {
        t[i] = (SetEntry){UNDEF_VAL, 0};
    }
    return t;
}

static void table_free(SetEntry *t, size_t mask) {
    gc_realloc(t, (mask + 1) * sizeof(SetEntry), 0);
}

static void set_trace(Obj *o) {
    SetObj *s = (SetObj *)o;
    for (size_t i = 0; s->table && i <= s->mask; i++) {
        if (is_live(&s->table[i])) {
            gc_mark_value(s->table[i].key);
        }
    }
}

static size_t set_destroy(Obj *o) {
    SetObj *s = (SetObj *)o;
    table_free(s->table, s->mask);
    return sizeof(SetObj);
}

SetObj *set_new(TypeObj *type) {
    SetObj *s = (SetObj *)gc_alloc(type, sizeof(SetObj));
    s->mask = MIN_SIZE - 1;
    s->table = table_new(MIN_SIZE);
    s->hash = -1;
    return s;
}

// Puts a key known to be absent into the first free slot of its probe
// sequence, comparing nothing (the table holds no deleted slots).
static void insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash) {
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        size_t run = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = 0; j <= run; j++) {
            if (is_empty(&table[i + j])) {
                table[i + j] = (SetEntry){key, hash};
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Rebuilds the table with the smallest power of two above `minused` slots
// (at least 8), re-inserting live keys in their old slot order.
static void resize(SetObj *s, size_t minused) {
    size_t size = MIN_SIZE;
    while (size <= minused) {
        size <<= 1;
    }
    SetEntry *old = s->table;
    size_t old_mask = s->mask;
    s->table = table_new(size);
    s->mask = size - 1;
    s->fill = s->used;
    for (size_t i = 0; i <= old_mask; i++) {
        if (is_live(&old[i])) {
            insert_clean(s->table, s->mask, old[i].key, old[i].hash);
        }
    }
    table_free(old, old_mask);
}

static void clear(SetObj *s) {
    table_free(s->table, s->mask);
    s->mask = MIN_SIZE - 1;
    s->table = table_new(MIN_SIZE);
    s->fill = s->used = 0;
}

// Compares a stored key with `key` (same hash). 1 equal, 0 not, -1 raised,
// 2 when the comparison changed the table under us (start again).
static int same_key(SetObj *s, SetEntry *e, Value key) {
    Value stored = e->key;
    if (value_is(stored, key)) {
        return 1;
    }
    if (IS_STR(stored) && IS_STR(key)) {
        return str_eq(AS_STR(stored), AS_STR(key));
    }
    SetEntry *table = s->table;
    int eq = ops_eq(stored, key);
    if (eq < 0) {
        return -1;
    }
    if (table != s->table || !value_is(e->key, stored)) {
        return 2;
    }
    return eq;
}

// Looks key up: 1 found (*out is its slot), 0 absent, -1 raised.
static int lookup(SetObj *s, Value key, int64_t hash, SetEntry **out) {
restart:;
    size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        size_t run = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = 0; j <= run; j++) {
            SetEntry *e = &s->table[i + j];
            if (is_empty(e)) {
                return 0;
            }
            if (is_live(e) && e->hash == hash) {
                int r = same_key(s, e, key);
                if (r == 2) {
                    goto restart;
                }
                if (r != 0) {
                    *out = e;
                    return r;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Adds key unless an equal key is present. A deleted slot met on the way is
// reused; a fresh slot may make the table grow. false when raised.
static bool add_entry(SetObj *s, Value key, int64_t hash) {
restart:;
    size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    SetEntry *reuse = NULL;
    for (;;) {
        size_t run = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = 0; j <= run; j++) {
            SetEntry *e = &s->table[i + j];
            if (is_empty(e)) {
                s->used++;
                if (reuse) {
                    *reuse = (SetEntry){key, hash};
                    return true;
                }
                s->fill++;
                *e = (SetEntry){key, hash};
                if (s->fill * 5 >= mask * 3) {
                    resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
                }
                return true;
            }
            if (!is_live(e)) {
                reuse = e;
                continue;
            }
            if (e->hash == hash) {
                int r = same_key(s, e, key);
                if (r == 2) {
                    goto restart;
                }
                if (r != 0) {
                    return r > 0;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Removes key: 1 removed, 0 absent, -1 raised.
static int discard_entry(SetObj *s, Value key, int64_t hash) {
    SetEntry *e;
    int r = lookup(s, key, hash, &e);
    if (r == 1) {
        *e = (SetEntry){UNDEF_VAL, DELETED_HASH};
        s->used--;
    }
    return r;
}

static bool hash_of(Value key, int64_t *hash);

// The hash of a key, where a set used as a key stands for the frozenset
// with the same items (so `{1} in {frozenset({1})}` works).
static bool key_hash(Value key, int64_t *hash) {
    if (IS_SET(key)) {
        SetObj *tmp = set_new(&frozenset_type);
        set_update(tmp, key);
        return hash_of(OBJ_VAL(tmp), hash);
    }
    return ops_hash(key, hash);
}

static int contains_key(SetObj *s, Value key) {
    int64_t hash;
    if (!key_hash(key, &hash)) {
        return -1;
    }
    SetEntry *e;
    return lookup(s, key, hash, &e);
}

static int discard_key(SetObj *s, Value key) {
    int64_t hash;
    if (!key_hash(key, &hash)) {
        return -1;
    }
    return discard_entry(s, key, hash);
}

bool set_add(SetObj *s, Value key) {
    int64_t hash;
    if (!ops_hash(key, &hash)) {
        return false;
    }
    return add_entry(s, key, hash);
}

// Walks the live slots: start with *pos = 0; false at the end.
static bool next_entry(SetObj *s, size_t *pos, SetEntry **out) {
    while (*pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (is_live(e)) {
            *out = e;
            return true;
        }
    }
    return false;
}

// ---- bulk operations -------------------------------------------------------------

// Adds every key of another set: one resize up front, then a straight copy
// when the tables match, clean inserts into an empty table, else ordinary adds.
static bool merge(SetObj *s, SetObj *o) {
    if (o == s || o->used == 0) {
        return true;
    }
    if ((s->fill + o->used) * 5 >= s->mask * 3) {
        resize(s, (s->used + o->used) * 2);
    }
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        memcpy(s->table, o->table, (o->mask + 1) * sizeof(SetEntry));
        s->fill = s->used = o->used;
        return true;
    }
    if (s->fill == 0) {
        for (size_t i = 0; i <= o->mask; i++) {
            if (is_live(&o->table[i])) {
                insert_clean(s->table, s->mask, o->table[i].key, o->table[i].hash);
            }
        }
        s->fill = s->used = o->used;
        return true;
    }
    for (size_t i = 0; i <= o->mask; i++) {
        if (is_live(&o->table[i]) && !add_entry(s, o->table[i].key, o->table[i].hash)) {
            return false;
        }
    }
    return true;
}

bool set_update(SetObj *s, Value other) {
    if (IS_ANYSET(other)) {
        return merge(s, AS_SET(other));
    }
    if (IS_DICT(other)) {
        DictObj *d = AS_DICT(other);
        if ((s->fill + d->len) * 5 >= s->mask * 3) {
            resize(s, (s->used + d->len) * 2);
        }
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry *e = &d->entries[i];
            if (!IS_UNDEF(e->key) && !add_entry(s, e->key, e->hash)) {
                return false;
            }
        }
        return true;
    }
    Value it = ops_iter(other);
    if (IS_ERR(it)) {
        return false;
    }
    for (;;) {
        Value key = ops_next(it);
        if (IS_UNDEF(key)) {
            return true;
        }
        if (IS_ERR(key) || !set_add(s, key)) {
            return false;
        }
    }
}

SetObj *set_frozen_from(const Value *items, size_t n) {
    SetObj *first = set_new(&frozenset_type);
    for (size_t i = 0; i < n; i++) {
        set_add(first, items[i]);
    }
    // CPython's compiler then merges constants, which rebuilds a frozenset
    // by adding its keys, in slot order, to a fresh one; colliding keys can
    // land elsewhere the second time.
    SetObj *s = set_new(&frozenset_type);
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(first, &pos, &e)) {
        add_entry(s, e->key, e->hash);
    }
    return s;
}

// A new set of s's kind (set or frozenset) holding the items of `from`
// (an iterable, or UNDEF_VAL for none). NULL when raised.
static SetObj *new_like(SetObj *s, Value from) {
    SetObj *r = set_new(s->hdr.type);
    if (!IS_UNDEF(from) && !set_update(r, from)) {
        return NULL;
    }
    return r;
}

static SetObj *copy(SetObj *s) {
    return new_like(s, OBJ_VAL(s));
}

static SetObj *intersection(SetObj *s, Value other) {
    if (IS_OBJ(other) && other.o == &s->hdr) {
        return copy(s);
    }
    SetObj *r = new_like(s, UNDEF_VAL);
    if (IS_ANYSET(other)) {
        SetObj *o = AS_SET(other);
        // Walk the smaller set, look keys up in the larger.
        if (o->used > s->used) {
            SetObj *t = s;
            s = o;
            o = t;
        }
        size_t pos = 0;
        SetEntry *e;
        while (next_entry(o, &pos, &e)) {
            Value key = e->key;
            int64_t hash = e->hash;
            SetEntry *found;
            int in = lookup(s, key, hash, &found);
            if (in < 0 || (in && !add_entry(r, key, hash))) {
                return NULL;
            }
        }
        return r;
    }
    Value it = ops_iter(other);
    if (IS_ERR(it)) {
        return NULL;
    }
    for (;;) {
        Value key = ops_next(it);
        if (IS_UNDEF(key)) {
            return r;
        }
        int64_t hash;
        if (IS_ERR(key) || !ops_hash(key, &hash)) {
            return NULL;
        }
        SetEntry *found;
        int in = lookup(s, key, hash, &found);
        if (in < 0 || (in && !add_entry(r, key, hash))) {
            return NULL;
        }
    }
}

// Removes from s every key of other; many deleted slots afterwards shrink
// the table.
static bool difference_update(SetObj *s, Value other) {
    if (IS_OBJ(other) && other.o == &s->hdr) {
        clear(s);
        return true;
    }
    if (IS_ANYSET(other)) {
        SetObj *o = AS_SET(other);
        size_t pos = 0;
        SetEntry *e;
        while (next_entry(o, &pos, &e)) {
            if (discard_entry(s, e->key, e->hash) < 0) {
                return false;
            }
        }
    } else {
        Value it = ops_iter(other);
        if (IS_ERR(it)) {
            return false;
        }
        for (;;) {
            Value key = ops_next(it);
            if (IS_UNDEF(key)) {
                break;
            }
            if (IS_ERR(key) || discard_key(s, key) < 0) {
                return false;
            }
        }
    }
    if (s->fill - s->used > s->mask / 4) {
        resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    }
    return true;
}

static SetObj *difference(SetObj *s, Value other) {
    size_t other_len;
    if (IS_ANYSET(other)) {
        other_len = AS_SET(other)->used;
    } else if (IS_DICT(other)) {
        other_len = AS_DICT(other)->len;
    } else {
        other_len = (size_t)-1;
    }
    // Against a much smaller (or unsized) other, copying s and deleting is cheaper.
    if (other_len == (size_t)-1 || (s->used >> 2) > other_len) {
        SetObj *r = copy(s);
        return r && difference_update(r, other) ? r : NULL;
    }
    SetObj *r = new_like(s, UNDEF_VAL);
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(s, &pos, &e)) {
        Value key = e->key;
        int64_t hash = e->hash;
        int in;
        if (IS_DICT(other)) {
            Value v;
            in = dict_get(AS_DICT(other), key, &v);
        } else {
            SetEntry *found;
            in = lookup(AS_SET(other), key, hash, &found);
        }
        if (in < 0 || (!in && !add_entry(r, key, hash))) {
            return NULL;
        }
    }
    return r;
}

static bool symmetric_difference_update(SetObj *s, Value other) {
    if (IS_OBJ(other) && other.o == &s->hdr) {
        clear(s);
        return true;
    }
    SetObj *o;
    if (IS_ANYSET(other)) {
        o = AS_SET(other);
    } else if (IS_DICT(other)) {
        DictObj *d = AS_DICT(other);
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry *e = &d->entries[i];
            if (IS_UNDEF(e->key)) {
                continue;
            }
            int r = discard_entry(s, e->key, e->hash);
            if (r < 0 || (r == 0 && !add_entry(s, e->key, e->hash))) {
                return false;
            }
        }
        return true;
    } else if (!(o = new_like(s, other))) {
        return false;
    }
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(o, &pos, &e)) {
        Value key = e->key;
        int64_t hash = e->hash;
        int r = discard_entry(s, key, hash);
        if (r < 0 || (r == 0 && !add_entry(s, key, hash))) {
            return false;
        }
    }
    return true;
}

static SetObj *symmetric_difference(SetObj *s, Value other) {
    SetObj *r = new_like(s, other);
    return r && symmetric_difference_update(r, OBJ_VAL(s)) ? r : NULL;
}

// 1 when every key of s is in other (any iterable), 0 if not, -1 raised.
static int is_subset(SetObj *s, Value other) {
    if (!IS_ANYSET(other)) {
        SetObj *tmp = set_new(&set_type);
        if (!set_update(tmp, other)) {
            return -1;
        }
        other = OBJ_VAL(tmp);
    }
    SetObj *o = AS_SET(other);
    if (s->used > o->used) {
        return 0;
    }
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(s, &pos, &e)) {
        SetEntry *found;
        int in = lookup(o, e->key, e->hash, &found);
        if (in <= 0) {
            return in;
        }
    }
    return 1;
}

static int is_superset(SetObj *s, Value other) {
    if (IS_ANYSET(other)) {
        return is_subset(AS_SET(other), OBJ_VAL(s));
    }
    Value it = ops_iter(other);
    if (IS_ERR(it)) {
        return -1;
    }
    for (;;) {
        Value key = ops_next(it);
        if (IS_UNDEF(key)) {
            return 1;
        }
        if (IS_ERR(key)) {
            return -1;
        }
        int in = contains_key(s, key);
        if (in <= 0) {
            return in;
        }
    }
}

static int is_disjoint(SetObj *s, Value other) {
    if (IS_OBJ(other) && other.o == &s->hdr) {
        return s->used == 0;
    }
    if (IS_ANYSET(other)) {
        SetObj *o = AS_SET(other);
        if (o->used > s->used) {
            SetObj *t = s;
            s = o;
            o = t;
        }
        size_t pos = 0;
        SetEntry *e;
        while (next_entry(o, &pos, &e)) {
            SetEntry *found;
            int in = lookup(s, e->key, e->hash, &found);
            if (in != 0) {
                return in < 0 ? -1 : 0;
            }
        }
        return 1;
    }
    Value it = ops_iter(other);
    if (IS_ERR(it)) {
        return -1;
    }
    for (;;) {
        Value key = ops_next(it);
        if (IS_UNDEF(key)) {
            return 1;
        }
        if (IS_ERR(key)) {
            return -1;
        }
        int in = contains_key(s, key);
        if (in != 0) {
            return in < 0 ? -1 : 0;
        }
    }
}

// Replaces s's contents with t's (t is garbage afterwards).
static void take_body(SetObj *s, SetObj *t) {
    table_free(s->table, s->mask);
    s->table = t->table;
    s->mask = t->mask;
    s->fill = t->fill;
    s->used = t->used;
    t->table = table_new(MIN_SIZE);
    t->mask = MIN_SIZE - 1;
    t->fill = t->used = 0;
}

// ---- operators --------------------------------------------------------------------

Value set_binary(BinOp op, Value a, Value b, bool inplace) {
    if (!IS_ANYSET(a) || !IS_ANYSET(b)) {
        return UNDEF_VAL;
    }
    SetObj *s = AS_SET(a);
    SetObj *r = NULL;
    if (inplace && IS_SET(a)) {
        bool ok;
        switch (op) {
        case OP_OR:
            ok = set_update(s, b);
            break;
        case OP_AND:
            r = intersection(s, b);
            if (r) {
                take_body(s, r);
            }
            ok = r != NULL;
            break;
        case OP_SUB:
            ok = difference_update(s, b);
            break;
        case OP_XOR:
            ok = symmetric_difference_update(s, b);
            break;
        default:
            return UNDEF_VAL;
        }
        return ok ? a : ERR_VAL;
    }
    switch (op) {
    case OP_OR:
        r = copy(s);
        if (r && b.o != a.o && !set_update(r, b)) {
            r = NULL;
        }
        break;
    case OP_AND:
        r = intersection(s, b);
        break;
    case OP_SUB:
        r = difference(s, b);
        break;
    case OP_XOR:
        r = symmetric_difference(s, b);
        break;
    default:
        return UNDEF_VAL;
    }
    return r ? OBJ_VAL(r) : ERR_VAL;
}

int set_eq(Value a, Value b) {
    SetObj *s = AS_SET(a), *o = AS_SET(b);
    if (s->used != o->used) {
        return 0;
    }
    if (s->hash != -1 && o->hash != -1 && s->hash != o->hash) {
        return 0;
    }
    return is_subset(s, b);
}

Value set_compare(Value a, Value b, CmpOp op) {
    SetObj *s = AS_SET(a), *o = AS_SET(b);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        r = set_eq(a, b);
        return r < 0 ? ERR_VAL : BOOL_VAL(op == CMP_EQ ? r : !r);
    case CMP_LT:
        r = s->used < o->used ? is_subset(s, b) : 0;
        break;
    case CMP_LE:
        r = is_subset(s, b);
        break;
    case CMP_GT:
        r = s->used > o->used ? is_superset(s, b) : 0;
        break;
    default:
        r = is_superset(s, b);
        break;
    }
    return r < 0 ? ERR_VAL : BOOL_VAL(r);
}

// ---- slots ------------------------------------------------------------------------

// CPython's frozenset hash: the xor of every key's hash with its bits
// shuffled (so the order of keys does not matter), mixed with the size and
// scrambled once more so nested frozensets spread well.
static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static bool hash_of(Value v, int64_t *out) {
    SetObj *s = AS_SET(v);
    if (s->hash != -1) {
        *out = s->hash;
        return true;
    }
    uint64_t h = 0;
    for (size_t i = 0; i <= s->mask; i++) {
        if (is_live(&s->table[i])) {
            h ^= shuffle_bits((uint64_t)s->table[i].hash);
        }
    }
    h ^= ((uint64_t)s->used + 1) * 1927868237UL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923UL;
    if (h == (uint64_t)-1) {
        h = 590923713UL;
    }
    if (IS_FROZENSET(v)) {
        s->hash = (int64_t)h;
    }
    *out = (int64_t)h;
    return true;
}

static bool frozenset_hash(Value v, int64_t *out) {
    return hash_of(v, out);
}

static bool set_unhashable(Value v, int64_t *out) {
    (void)out;
    exc_raise(&exc_TypeError, "unhashable type: '%s'", type_name(v));
    return false;
}

static int64_t set_len(Value self) {
    return (int64_t)AS_SET(self)->used;
}

static int set_contains(Value self, Value key) {
    return contains_key(AS_SET(self), key);
}

static Value set_repr(Value self) {
    SetObj *s = AS_SET(self);
    bool frozen = IS_FROZENSET(self);
    StrBuf b = {0};
    if (s->used == 0) {
        strbuf_puts(&b, frozen ? "frozenset()" : "set()");
        return OBJ_VAL(str_from_buf(&b));
    }
    if (vm.c_depth > 200) {
        return exc_raise(&exc_RecursionError,
                         "maximum recursion depth exceeded while getting the repr of an object");
    }
    strbuf_puts(&b, frozen ? "frozenset({" : "{");
    vm.c_depth++;
    size_t pos = 0;
    SetEntry *e;
    for (bool first = true; next_entry(s, &pos, &e); first = false) {
        if (!first) {
            strbuf_puts(&b, ", ");
        }
        if (!ops_repr_into(&b, e->key)) {
            vm.c_depth--;
            strbuf_free(&b);
            return ERR_VAL;
        }
    }
    vm.c_depth--;
    strbuf_puts(&b, frozen ? "})" : "}");
    return OBJ_VAL(str_from_buf(&b));
}

// The iterator walks the table and gives up for good when the set's size
// changes under it, as CPython's does.
typedef struct SetIterObj {
    Obj hdr;
    SetObj *set; // NULL when exhausted
    size_t pos;
    size_t used; // the size when iteration started
} SetIterObj;

static void set_iter_trace(Obj *o) {
    gc_mark_obj((Obj *)((SetIterObj *)o)->set);
}

static Value set_iter_next(Value self) {
    SetIterObj *it = (SetIterObj *)self.o;
    SetObj *s = it->set;
    if (!s) {
        return UNDEF_VAL;
    }
    if (s->used != it->used) {
        it->used = (size_t)-1;
        return exc_raise(&exc_RuntimeError, "Set changed size during iteration");
    }
    SetEntry *e;
    if (!next_entry(s, &it->pos, &e)) {
        it->set = NULL;
        return UNDEF_VAL;
    }
    return e->key;
}

static Value iter_self(Value self) {
    return self;
}

static TypeObj set_iter_type = {
    .name = "set_iterator",
    .instance_size = sizeof(SetIterObj),
    .trace = set_iter_trace,
    .iter = iter_self,
    .next = set_iter_next,
};

static Value set_iter(Value self) {
    SetIterObj *it = (SetIterObj *)gc_alloc(&set_iter_type, sizeof(SetIterObj));
    it->set = AS_SET(self);
    it->used = it->set->used;
    return OBJ_VAL(it);
}

static Value set_new_fn(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("set", kw) || !args_count("set", nargs, 0, 1)) {
        return ERR_VAL;
    }
    SetObj *s = set_new(&set_type);
    if (nargs == 1 && !set_update(s, args[0])) {
        return ERR_VAL;
    }
    return OBJ_VAL(s);
}

static Value frozenset_new_fn(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("frozenset", kw) || !args_count("frozenset", nargs, 0, 1)) {
        return ERR_VAL;
    }
    if (nargs == 1 && IS_FROZENSET(args[0])) {
        return args[0];
    }
    SetObj *s = set_new(&frozenset_type);
    if (nargs == 1 && !set_update(s, args[0])) {
        return ERR_VAL;
    }
    return OBJ_VAL(s);
}

// ---- methods ----------------------------------------------------------------------

// "set.add() takes ..." messages name the type the method was called on.
static bool check_args(const char *name, Value *args, int nargs, TupleObj *kw, int want) {
    const char *t = args[0].o->type->name;
    if (kw && kw->len > 0) {
        exc_raise(&exc_TypeError, "%s.%s() takes no keyword arguments", t, name);
        return false;
    }
    if (want >= 0 && nargs - 1 != want) {
        if (want == 0) {
            exc_raise(&exc_TypeError, "%s.%s() takes no arguments (%d given)", t, name, nargs - 1);
        } else {
            exc_raise(&exc_TypeError, "%s.%s() takes exactly one argument (%d given)", t, name,
                      nargs - 1);
        }
        return false;
    }
    return true;
}

static Value result(SetObj *r) {
    return r ? OBJ_VAL(r) : ERR_VAL;
}

static Value bool_result(int r) {
    return r < 0 ? ERR_VAL : BOOL_VAL(r);
}

static Value m_add(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("add", args, nargs, kw, 1)) {
        return ERR_VAL;
    }
    return set_add(AS_SET(args[0]), args[1]) ? NONE_VAL : ERR_VAL;
}

static Value m_discard(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("discard", args, nargs, kw, 1)) {
        return ERR_VAL;
    }
    return discard_key(AS_SET(args[0]), args[1]) < 0 ? ERR_VAL : NONE_VAL;
}

static Value m_remove(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("remove", args, nargs, kw, 1)) {
        return ERR_VAL;
    }
    int r = discard_key(AS_SET(args[0]), args[1]);
    if (r == 0) {
        return exc_raise_arg(&exc_KeyError, args[1]);
    }
    return r < 0 ? ERR_VAL : NONE_VAL;
}

static Value m_pop(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("pop", args, nargs, kw, 0)) {
        return ERR_VAL;
    }
    SetObj *s = AS_SET(args[0]);
    if (s->used == 0) {
        return exc_raise(&exc_KeyError, "pop from an empty set");
    }
    // Resume where the last pop stopped, so repeated pops do not rescan.
    size_t i = s->finger & s->mask;
    while (!is_live(&s->table[i])) {
        i = (i + 1) & s->mask;
    }
    Value key = s->table[i].key;
    s->table[i] = (SetEntry){UNDEF_VAL, DELETED_HASH};
    s->used--;
    s->finger = i + 1;
    return key;
}

static Value m_clear(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("clear", args, nargs, kw, 0)) {
        return ERR_VAL;
    }
    clear(AS_SET(args[0]));
    return NONE_VAL;
}

static Value m_copy(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("copy", args, nargs, kw, 0)) {
        return ERR_VAL;
    }
    if (IS_FROZENSET(args[0])) {
        return args[0];
    }
    return result(copy(AS_SET(args[0])));
}

static Value m_union(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("union", args, nargs, kw, -1)) {
        return ERR_VAL;
    }
    SetObj *r = copy(AS_SET(args[0]));
    for (int i = 1; r && i < nargs; i++) {
        if (!(IS_OBJ(args[i]) && args[i].o == args[0].o) && !set_update(r, args[i])) {
            r = NULL;
        }
    }
    return result(r);
}

static SetObj *intersection_all(Value *args, int nargs) {
    if (nargs == 1) {
        return copy(AS_SET(args[0]));
    }
    SetObj *r = AS_SET(args[0]);
    for (int i = 1; r && i < nargs; i++) {
        r = intersection(r, args[i]);
    }
    return r;
}

static Value m_intersection(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("intersection", args, nargs, kw, -1)) {
        return ERR_VAL;
    }
    return result(intersection_all(args, nargs));
}

static Value m_difference(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("difference", args, nargs, kw, -1)) {
        return ERR_VAL;
    }
    if (nargs == 1) {
        return result(copy(AS_SET(args[0])));
    }
    SetObj *r = difference(AS_SET(args[0]), args[1]);
    for (int i = 2; r && i < nargs; i++) {
        if (!difference_update(r, args[i])) {
            r = NULL;
        }
    }
    return result(r);
}

static Value m_symmetric_difference(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("symmetric_difference", args, nargs, kw, 1)) {
        return ERR_VAL;
    }
    return result(symmetric_difference(AS_SET(args[0]), args[1]));
}

static Value m_update(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("update", args, nargs, kw, -1)) {
        return ERR_VAL;
    }
    for (int i = 1; i < nargs; i++) {
        if (!set_update(AS_SET(args[0]), args[i])) {
            return ERR_VAL;
        }
    }
    return NONE_VAL;
}

static Value m_intersection_update(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("intersection_update", args, nargs, kw, -1)) {
        return ERR_VAL;
    }
    SetObj *r = intersection_all(args, nargs);
    if (!r) {
        return ERR_VAL;
    }
    take_body(AS_SET(args[0]), r);
    return NONE_VAL;
}

static Value m_difference_update(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("difference_update", args, nargs, kw, -1)) {
        return ERR_VAL;
    }
    for (int i = 1; i < nargs; i++) {
        if (!difference_update(AS_SET(args[0]), args[i])) {
            return ERR_VAL;
        }
    }
    return NONE_VAL;
}

static Value m_symmetric_difference_update(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("symmetric_difference_update", args, nargs, kw, 1)) {
        return ERR_VAL;
    }
    return symmetric_difference_update(AS_SET(args[0]), args[1]) ? NONE_VAL : ERR_VAL;
}

static Value m_issubset(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("issubset", args, nargs, kw, 1)) {
        return ERR_VAL;
    }
    return bool_result(is_subset(AS_SET(args[0]), args[1]));
}

static Value m_issuperset(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("issuperset", args, nargs, kw, 1)) {
        return ERR_VAL;
    }
    return bool_result(is_superset(AS_SET(args[0]), args[1]));
}

static Value m_isdisjoint(Value *args, int nargs, TupleObj *kw) {
    if (!check_args("isdisjoint", args, nargs, kw, 1)) {
        return ERR_VAL;
    }
    return bool_result(is_disjoint(AS_SET(args[0]), args[1]));
}

static const MethodDef set_methods[] = {
    {"add", m_add},
    {"discard", m_discard},
    {"remove", m_remove},
    {"pop", m_pop},
    {"clear", m_clear},
    {"copy", m_copy},
    {"union", m_union},
    {"intersection", m_intersection},
    {"difference", m_difference},
    {"symmetric_difference", m_symmetric_difference},
    {"update", m_update},
    {"intersection_update", m_intersection_update},
    {"difference_update", m_difference_update},
    {"symmetric_difference_update", m_symmetric_difference_update},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"isdisjoint", m_isdisjoint},
    {NULL, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"copy", m_copy},
    {"union", m_union},
    {"intersection", m_intersection},
    {"difference", m_difference},
    {"symmetric_difference", m_symmetric_difference},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"isdisjoint", m_isdisjoint},
    {NULL, NULL},
};

TypeObj set_type = {
    .name = "set",
    .instance_size = sizeof(SetObj),
    .flags = TF_BASETYPE,
    .trace = set_trace,
    .destroy = set_destroy,
    .repr = set_repr,
    .hash = set_unhashable,
    .len = set_len,
    .contains = set_contains,
    .iter = set_iter,
    .new_ = set_new_fn,
};

TypeObj frozenset_type = {
    .name = "frozenset",
    .instance_size = sizeof(SetObj),
    .flags = TF_BASETYPE,
    .trace = set_trace,
    .destroy = set_destroy,
    .repr = set_repr,
    .hash = frozenset_hash,
    .len = set_len,
    .contains = set_contains,
    .iter = set_iter,
    .new_ = frozenset_new_fn,
};

void set_init(DictObj *builtins) {
    type_init(&set_type, set_methods);
    type_init(&frozenset_type, frozenset_methods);
    type_init(&set_iter_type, NULL);
    dict_set_cstr(builtins, "set", OBJ_VAL(&set_type));
    dict_set_cstr(builtins, "frozenset", OBJ_VAL(&frozenset_type));
}
