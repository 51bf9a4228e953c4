// `type`, `object`, and the machinery shared by all built-in types.
#include "runtime/type.h"

#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/gc.h"

static Value type_repr(Value self) {
    TypeObj *t = (TypeObj *)self.o;
    StrBuf b = {0};
    strbuf_printf(&b, "<class '%s'>", t->name);
    return OBJ_VAL(str_from_buf(&b));
}

static void type_trace(Obj *o) {
    TypeObj *t = (TypeObj *)o;
    gc_mark_obj((Obj *)t->dict);
    gc_mark_obj((Obj *)t->base);
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
    if (str_eq(name, str_intern_cstr("__name__"))) {
        return OBJ_VAL(str_from_cstr(t->name));
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
    .new_ = type_call_new,
};

static Value object_repr(Value self) {
    StrBuf b = {0};
    strbuf_printf(&b, "<%s object at %p>", type_of(self)->name, (void *)self.o);
    return OBJ_VAL(str_from_buf(&b));
}

static Value object_new(Value *args, int nargs, TupleObj *kwnames) {
    (void)args;
    if (nargs || kwnames) {
        return exc_raise(&exc_TypeError, "object() takes no arguments");
    }
    return exc_raise(&exc_TypeError, "cannot create 'object' instances yet");
}

TypeObj object_type = {
    .name = "object",
    .instance_size = sizeof(Obj),
    .repr = object_repr,
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

Value type_lookup(const TypeObj *t, StrObj *name) {
    for (; t; t = t->base) {
        if (t->dict) {
            Value v = dict_get_str(t->dict, name);
            if (!IS_UNDEF(v)) {
                return v;
            }
        }
    }
    return UNDEF_VAL;
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
