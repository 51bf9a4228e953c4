// `type`, `object`, and the machinery shared by all built-in types.
#include "runtime/type.h"

#include <string.h>

#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/gc.h"

// The module a class names in its repr: __main__ for classes of the script.
static const char *module_prefix(const TypeObj *t) {
    return (t->flags & TF_HEAPTYPE) ? "__main__." : "";
}

static Value type_repr(Value self) {
    TypeObj *t = (TypeObj *)self.o;
    StrBuf b = {0};
    strbuf_printf(&b, "<class '%s%s'>", module_prefix(t), t->name);
    return OBJ_VAL(str_from_buf(&b));
}

static void type_trace(Obj *o) {
    TypeObj *t = (TypeObj *)o;
    gc_mark_obj((Obj *)t->dict);
    gc_mark_obj((Obj *)t->base);
    gc_mark_obj((Obj *)t->name_obj);
}

// Setting an attribute of a class (Shape.count += 1); built-in types are fixed.
static bool type_setattr(Value self, StrObj *name, Value v) {
    TypeObj *t = (TypeObj *)self.o;
    if (!(t->flags & TF_HEAPTYPE)) {
        exc_raise(&exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data,
                  t->name);
        return false;
    }
    if (IS_UNDEF(v)) {
        int r = dict_del(t->dict, OBJ_VAL(name), NULL);
        if (r == 0) {
            exc_raise(&exc_AttributeError, "type object '%s' has no attribute '%s'", t->name,
                      name->data);
        }
        return r == 1;
    }
    dict_set_str(t->dict, name, v);
    return true;
}

// type(x) with one argument answers x's type.
static Value type_call_new(Value *args, int nargs, TupleObj *kwnames) {
    if (nargs == 1 && !kwnames) {
        return OBJ_VAL(type_of(args[0]));
    }
    return exc_raise(&exc_TypeError, "type() takes 1 or 3 arguments");
}

static Value type_getattr(Value self, StrObj *name) {
    TypeObj *t = (TypeObj *)self.o;
    Value v = type_lookup(t, name);
    if (!IS_UNDEF(v)) {
        return v;
    }
    // A built-in type's name may start with its module, as CPython's
    // tp_name does ("signal.struct_siginfo"): __name__ is what follows.
    const char *dot = strrchr(t->name, '.');
    if (str_eq(name, str_intern_cstr("__name__"))) {
        return OBJ_VAL(str_from_cstr(dot ? dot + 1 : t->name));
    }
    if (str_eq(name, str_intern_cstr("__qualname__"))) {
        return OBJ_VAL(str_from_cstr(dot ? dot + 1 : t->name));
    }
    if (str_eq(name, str_intern_cstr("__module__"))) {
        return OBJ_VAL(dot ? str_new(t->name, (size_t)(dot - t->name))
                           : str_intern_cstr("builtins"));
    }
    if (str_eq(name, str_intern_cstr("__base__"))) {
        return t->base ? OBJ_VAL(t->base) : NONE_VAL;
    }
    if (str_eq(name, str_intern_cstr("__dict__"))) {
        return OBJ_VAL(t->dict);
    }
    if (str_eq(name, str_intern_cstr("__mro__"))) {
        size_t n = 0;
        for (TypeObj *b = t; b; b = b->base) {
            n++;
        }
        TupleObj *mro = tuple_new(n);
        n = 0;
        for (TypeObj *b = t; b; b = b->base) {
            mro->items[n++] = OBJ_VAL(b);
        }
        return OBJ_VAL(mro);
    }
    return UNDEF_VAL;
}

TypeObj type_type = {
    .name = "type",
    .base = &object_type,
    .instance_size = sizeof(TypeObj),
    .trace = type_trace,
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .new_ = type_call_new,
};

static Value object_repr(Value self) {
    StrBuf b = {0};
    TypeObj *t = type_of(self);
    strbuf_printf(&b, "<%s%s object at %p>", module_prefix(t), t->name, (void *)self.o);
    return OBJ_VAL(str_from_buf(&b));
}

static Value object_new(Value *args, int nargs, TupleObj *kwnames) {
    (void)args;
    if (nargs || (kwnames && kwnames->len)) {
        return exc_raise(&exc_TypeError, "object() takes no arguments");
    }
    return OBJ_VAL(gc_alloc(&object_type, sizeof(Obj)));
}

static bool object_hash(Value self, int64_t *out) {
    *out = (int64_t)((uintptr_t)self.o >> 4);
    return true;
}

TypeObj object_type = {
    .name = "object",
    .instance_size = sizeof(Obj),
    .repr = object_repr,
    .hash = object_hash,
    .new_ = object_new,
};

void type_init(TypeObj *t, const MethodDef *methods) {
    t->hdr.type = &type_type;
    if (!t->base && t != &object_type) {
        t->base = &object_type;
    }
    gc_add_root_obj(&t->hdr);
    if (!t->dict) {
        t->dict = dict_new();
    }
    t->dict->hdr.flags |= DICT_OF_TYPE;
    for (const MethodDef *m = methods; m && m->name; m++) {
        dict_set_str(t->dict, str_intern_cstr(m->name), OBJ_VAL(native_new(m->name, m->fn, t)));
    }
}

bool type_is_subtype(const TypeObj *t, const TypeObj *base) {
    for (; t; t = t->base) {
        if (t == base) {
            return true;
        }
    }
    return false;
}

// A cache of type_lookup results, valid while no type's dict has changed
// (dict_type_version): method calls and dunder lookups walk the base chain
// once per (type, name) instead of on every call.
#define LOOKUP_CACHE_SIZE 4096
typedef struct LookupEntry {
    const TypeObj *type;
    const StrObj *name;
    uint64_t version;
    Value value;
} LookupEntry;
static LookupEntry lookup_cache[LOOKUP_CACHE_SIZE];

Value type_lookup(const TypeObj *t, StrObj *name) {
    size_t h = (((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3) * 31) & (LOOKUP_CACHE_SIZE - 1);
    LookupEntry *e = &lookup_cache[h];
    if (e->type == t && e->name == name && e->version == dict_type_version) {
        return e->value;
    }
    Value found = UNDEF_VAL;
    for (const TypeObj *b = t; b; b = b->base) {
        if (b->dict) {
            Value v = dict_get_str(b->dict, name);
            if (!IS_UNDEF(v)) {
                found = v;
                break;
            }
        }
    }
    // Only interned names are cached: another string with the same text
    // would be a different key.
    if (name->hdr.flags & STR_INTERNED) {
        *e = (LookupEntry){t, name, dict_type_version, found};
    }
    return found;
}

const char *type_name(Value v) {
    return type_of(v)->name;
}

TypeObj *type_of(Value v) {
    switch (v.tag) {
    case VAL_BOOL:
        return &bool_type;
    case VAL_INT:
        return &int_type;
    case VAL_FLOAT:
        return &float_type;
    case VAL_OBJ:
        return v.o->type;
    default:
        return &none_type;
    }
}
