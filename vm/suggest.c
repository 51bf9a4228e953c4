// Spelling suggestions for NameError and AttributeError.
#include "vm/suggest.h"

#include <stdint.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/type.h"
#include "vm/code.h"
#include "vm/vm.h"

enum {
    MAX_CANDIDATES = 750, // more names than this: no suggestion at all
    MAX_NAME = 40,        // longer names are never compared
    TYPO_COST = 2,        // insert, delete or replace a character
    CASE_COST = 1,        // replace a character by itself in the other case
};

static size_t replace_cost(char a, char b) {
    if (a == b) {
        return 0;
    }
    char la = (a >= 'A' && a <= 'Z') ? (char)(a + 32) : a;
    char lb = (b >= 'A' && b <= 'Z') ? (char)(b + 32) : b;
    return la == lb ? CASE_COST : TYPO_COST;
}

// Edit distance between a and b, or anything above max_cost once it is
// certain to exceed it.
static size_t distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    while (na && nb && a[0] == b[0]) {
        a++, b++, na--, nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) {
        na--, nb--;
    }
    if (na == 0 || nb == 0) {
        return (na + nb) * TYPO_COST;
    }
    if (na > MAX_NAME || nb > MAX_NAME) {
        return max_cost + 1;
    }
    size_t diff = na > nb ? na - nb : nb - na;
    if (diff * TYPO_COST > max_cost) {
        return max_cost + 1;
    }
    size_t row[MAX_NAME + 1];
    for (size_t i = 0; i <= na; i++) {
        row[i] = i * TYPO_COST;
    }
    for (size_t j = 1; j <= nb; j++) {
        size_t diag = row[0];
        row[0] = j * TYPO_COST;
        size_t best = row[0];
        for (size_t i = 1; i <= na; i++) {
            size_t up = row[i];
            size_t v = diag + replace_cost(a[i - 1], b[j - 1]);
            if (up + TYPO_COST < v) {
                v = up + TYPO_COST;
            }
            if (row[i - 1] + TYPO_COST < v) {
                v = row[i - 1] + TYPO_COST;
            }
            diag = up;
            row[i] = v;
            if (v < best) {
                best = v;
            }
        }
        if (best > max_cost) {
            return max_cost + 1;
        }
    }
    return row[na];
}

StrObj *suggest_best(const StrObj *name, const Value *candidates, size_t n) {
    if (n >= MAX_CANDIDATES) {
        return NULL;
    }
    StrObj *best = NULL;
    size_t best_distance = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        if (!IS_STR(candidates[i])) {
            continue;
        }
        StrObj *c = AS_STR(candidates[i]);
        if (str_eq(c, name)) {
            continue;
        }
        size_t max_cost = (name->len + c->len + 3) * TYPO_COST / 6;
        if (best && best_distance - 1 < max_cost) {
            max_cost = best_distance - 1;
        }
        size_t d = distance(name->data, name->len, c->data, c->len, max_cost);
        if (d > max_cost) {
            continue;
        }
        if (!best || d < best_distance) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

static void add_keys(ListObj *out, DictObj *d) {
    size_t pos = 0;
    Value k, v;
    while (d && dict_next(d, &pos, &k, &v)) {
        list_append(out, k);
    }
}

static StrObj *from_dict(const StrObj *name, DictObj *d) {
    ListObj *l = list_new(0);
    add_keys(l, d);
    return suggest_best(name, l->items, l->len);
}

StrObj *suggest_for_exception(Value exc) {
    Value name = exc_get_attr(exc, "name");
    if (!IS_STR(name)) {
        return NULL;
    }
    TypeObj *t = type_of(exc);
    if (type_is_subtype(t, &exc_NameError)) {
        // Locals of the frame that raised, then its globals, then builtins.
        TbObj *tb = AS_EXC(exc)->traceback;
        while (tb && tb->next) {
            tb = tb->next;
        }
        StrObj *s = NULL;
        if (tb && !(tb->code->flags & CO_MODULE)) {
            ListObj *l = list_new(0);
            for (int i = 0; i < tb->code->nlocals; i++) {
                if (!(tb->code->localkinds[i] & LK_FREE)) {
                    list_append(l, OBJ_VAL(tb->code->localnames[i]));
                }
            }
            s = suggest_best(AS_STR(name), l->items, l->len);
        }
        if (!s && tb && tb->globals) {
            s = from_dict(AS_STR(name), tb->globals);
        }
        return s ? s : from_dict(AS_STR(name), vm.builtins);
    }
    if (type_is_subtype(t, &exc_AttributeError)) {
        Value obj = exc_get_attr(exc, "obj");
        if (IS_UNDEF(obj)) {
            return NULL;
        }
        ListObj *l = list_new(0);
        if (IS_MODULE(obj)) {
            add_keys(l, AS_MODULE(obj)->dict);
        }
        Value inst = ops_getattr_opt(obj, str_intern_cstr("__dict__"));
        if (IS_DICT(inst) && !IS_MODULE(obj)) {
            add_keys(l, AS_DICT(inst));
        }
        vm_take_exc();
        // What dir() lists for every object.
        static const char *const common[] = {
            "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
            "__getattribute__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__",
            "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
            "__setattr__", "__sizeof__", "__str__", "__subclasshook__", NULL,
        };
        for (int i = 0; common[i]; i++) {
            list_append(l, OBJ_VAL(str_intern_cstr(common[i])));
        }
        TypeObj *ot = type_of(obj);
        if (ot == &type_type) {
            ot = (TypeObj *)obj.o;
        }
        for (; ot; ot = ot->base) {
            add_keys(l, ot->dict);
        }
        return suggest_best(AS_STR(name), l->items, l->len);
    }
    return NULL;
}
