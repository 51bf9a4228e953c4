// Function, native function, bound method and cell objects.
#include "runtime/func.h"

#include "runtime/exc.h"
#include "runtime/type.h"
#include "vm/gc.h"
#include "vm/vm.h"

static void func_trace(Obj *o) {
    FuncObj *f = (FuncObj *)o;
    gc_mark_obj((Obj *)f->code);
    gc_mark_obj((Obj *)f->globals);
    gc_mark_obj((Obj *)f->defaults);
    gc_mark_obj((Obj *)f->kwdefaults);
    gc_mark_obj((Obj *)f->closure);
    gc_mark_obj((Obj *)f->name);
    gc_mark_obj((Obj *)f->qualname);
    gc_mark_obj((Obj *)f->dict);
    gc_mark_obj((Obj *)f->owner);
}

static Value func_repr(Value self) {
    FuncObj *f = AS_FUNC(self);
    StrBuf b = {0};
    strbuf_printf(&b, "<function %s at %p>", f->qualname->data, (void *)f);
    return OBJ_VAL(str_from_buf(&b));
}

static Value func_getattr(Value self, StrObj *name) {
    FuncObj *f = AS_FUNC(self);
    if (f->dict) {
        Value v = dict_get_str(f->dict, name);
        if (!IS_UNDEF(v)) {
            return v;
        }
    }
    if (str_eq(name, str_intern_cstr("__name__"))) {
        return OBJ_VAL(f->name);
    }
    if (str_eq(name, str_intern_cstr("__qualname__"))) {
        return OBJ_VAL(f->qualname);
    }
    if (str_eq(name, str_intern_cstr("__code__"))) {
        return OBJ_VAL(f->code);
    }
    return UNDEF_VAL;
}

static bool func_setattr(Value self, StrObj *name, Value v) {
    FuncObj *f = AS_FUNC(self);
    if (!f->dict) {
        f->dict = dict_new();
    }
    if (IS_UNDEF(v)) {
        return dict_del(f->dict, OBJ_VAL(name), NULL) >= 0;
    }
    dict_set_str(f->dict, name, v);
    return true;
}

static bool identity_hash(Value self, int64_t *out) {
    *out = (int64_t)((uintptr_t)self.o >> 4);
    return true;
}

TypeObj func_type = {
    .name = "function",
    .instance_size = sizeof(FuncObj),
    .trace = func_trace,
    .repr = func_repr,
    .hash = identity_hash,
    .getattr = func_getattr,
    .setattr = func_setattr,
};

FuncObj *func_new(CodeObj *code, DictObj *globals) {
    FuncObj *f = (FuncObj *)gc_alloc(&func_type, sizeof(FuncObj));
    f->code = code;
    f->globals = globals;
    f->name = code->name;
    f->qualname = code->qualname;
    return f;
}

static void native_trace(Obj *o) {
    gc_mark_value(((NativeObj *)o)->self);
}

static Value native_repr(Value self) {
    NativeObj *n = AS_NATIVE(self);
    StrBuf b = {0};
    if (IS_UNDEF(n->self) && n->owner) {
        strbuf_printf(&b, "<method '%s' of '%s' objects>", n->name, n->owner->name);
    } else if (IS_UNDEF(n->self)) {
        strbuf_printf(&b, "<built-in function %s>", n->name);
    } else {
        strbuf_printf(&b, "<built-in method %s of %s object at %p>", n->name, type_name(n->self),
                      (void *)n->self.o);
    }
    return OBJ_VAL(str_from_buf(&b));
}

static Value native_getattr(Value self, StrObj *name) {
    if (str_eq(name, str_intern_cstr("__name__"))) {
        return OBJ_VAL(str_from_cstr(AS_NATIVE(self)->name));
    }
    return UNDEF_VAL;
}

TypeObj native_type = {
    .name = "builtin_function_or_method",
    .instance_size = sizeof(NativeObj),
    .trace = native_trace,
    .repr = native_repr,
    .hash = identity_hash,
    .getattr = native_getattr,
};

NativeObj *native_new(const char *name, NativeFn fn, TypeObj *owner) {
    NativeObj *n = (NativeObj *)gc_alloc(&native_type, sizeof(NativeObj));
    n->name = name;
    n->fn = fn;
    n->self = UNDEF_VAL;
    n->owner = owner;
    return n;
}

Value native_bind(NativeObj *n, Value self) {
    NativeObj *b = native_new(n->name, n->fn, n->owner);
    b->self = self;
    return OBJ_VAL(b);
}

static void method_trace(Obj *o) {
    BoundMethodObj *m = (BoundMethodObj *)o;
    gc_mark_value(m->func);
    gc_mark_value(m->self);
}

static Value method_repr(Value self) {
    BoundMethodObj *m = AS_METHOD(self);
    StrBuf b = {0};
    const char *qual = IS_FUNC(m->func) ? AS_FUNC(m->func)->qualname->data : "?";
    strbuf_printf(&b, "<bound method %s of ", qual);
    Value r = type_of(m->self)->repr(m->self);
    if (IS_ERR(r)) {
        strbuf_free(&b);
        return r;
    }
    strbuf_puts(&b, AS_STR(r)->data);
    strbuf_putc(&b, '>');
    return OBJ_VAL(str_from_buf(&b));
}

static Value method_getattr(Value self, StrObj *name) {
    BoundMethodObj *m = AS_METHOD(self);
    if (str_eq(name, str_intern_cstr("__self__"))) {
        return m->self;
    }
    if (str_eq(name, str_intern_cstr("__func__"))) {
        return m->func;
    }
    // Everything else (__name__, __qualname__, ...) is the function's.
    return type_of(m->func)->getattr ? type_of(m->func)->getattr(m->func, name) : UNDEF_VAL;
}

TypeObj method_type = {
    .name = "method",
    .instance_size = sizeof(BoundMethodObj),
    .trace = method_trace,
    .repr = method_repr,
    .getattr = method_getattr,
};

Value method_new(Value func, Value self) {
    BoundMethodObj *m = (BoundMethodObj *)gc_alloc(&method_type, sizeof(BoundMethodObj));
    m->func = func;
    m->self = self;
    return OBJ_VAL(m);
}

static void cell_trace(Obj *o) {
    gc_mark_value(((CellObj *)o)->value);
}

TypeObj cell_type = {
    .name = "cell",
    .instance_size = sizeof(CellObj),
    .trace = cell_trace,
};

CellObj *cell_new(Value v) {
    CellObj *c = (CellObj *)gc_alloc(&cell_type, sizeof(CellObj));
    c->value = v;
    return c;
}

void func_init_types(void) {
    type_init(&func_type, NULL);
    type_init(&native_type, NULL);
    type_init(&method_type, NULL);
    type_init(&cell_type, NULL);
}
