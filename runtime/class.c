// Classes and instances. A class is a TypeObj made at run time: it starts
// as a copy of its base's slots, and every dunder method its body defines
// replaces the matching slot with a function that calls the method. So the
// eval loop and ops.c treat instances like any other object, through slots,
// and only arithmetic and comparisons look dunders up by name.
#include "runtime/class.h"

#include <string.h>

#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/vm.h"

// The dunder names, interned once.
enum {
    D_INIT, D_REPR, D_STR, D_HASH, D_EQ, D_NE, D_LT, D_LE, D_GT, D_GE, D_ITER, D_NEXT, D_CALL,
    D_LEN, D_GETITEM, D_SETITEM, D_DELITEM, D_CONTAINS, D_BOOL, D_NEG, D_POS, D_INVERT,
    D_COUNT
};
static const char *const dunder_names[D_COUNT] = {
    "__init__", "__repr__", "__str__", "__hash__", "__eq__", "__ne__", "__lt__", "__le__",
    "__gt__", "__ge__", "__iter__", "__next__", "__call__", "__len__", "__getitem__",
    "__setitem__", "__delitem__", "__contains__", "__bool__", "__neg__", "__pos__", "__invert__",
};
static StrObj *dunder[D_COUNT];

// Arithmetic: the method, its reflected form and its in-place form, by BinOp.
static const char *const binop_names[][3] = {
    [OP_ADD] = {"__add__", "__radd__", "__iadd__"},
    [OP_SUB] = {"__sub__", "__rsub__", "__isub__"},
    [OP_MUL] = {"__mul__", "__rmul__", "__imul__"},
    [OP_TRUEDIV] = {"__truediv__", "__rtruediv__", "__itruediv__"},
    [OP_FLOORDIV] = {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    [OP_MOD] = {"__mod__", "__rmod__", "__imod__"},
    [OP_POW] = {"__pow__", "__rpow__", "__ipow__"},
    [OP_LSHIFT] = {"__lshift__", "__rlshift__", "__ilshift__"},
    [OP_RSHIFT] = {"__rshift__", "__rrshift__", "__irshift__"},
    [OP_AND] = {"__and__", "__rand__", "__iand__"},
    [OP_OR] = {"__or__", "__ror__", "__ior__"},
    [OP_XOR] = {"__xor__", "__rxor__", "__ixor__"},
    [OP_MATMUL] = {"__matmul__", "__rmatmul__", "__imatmul__"},
};

Obj notimpl_obj;

// The method `name` of v's class, if the class (not a built-in base) defines it.
static Value find(Value v, StrObj *name) {
    TypeObj *t = type_of(v);
    if (!class_is_heap(t)) {
        return UNDEF_VAL;
    }
    return type_lookup(t, name);
}

// Calls method m with self and up to two more arguments.
static Value call_method(Value m, Value self, const Value *args, int n) {
    Value all[3] = {self, n > 0 ? args[0] : NONE_VAL, n > 1 ? args[1] : NONE_VAL};
    if (IS_FUNC(m) || IS_NATIVE(m)) {
        return vm_call(m, all, n + 1, NULL);
    }
    return vm_call(m, all + 1, n, NULL); // a plain callable stored on the class
}

static Value call_dunder(Value self, int which, const Value *args, int n) {
    Value m = find(self, dunder[which]);
    if (IS_UNDEF(m)) {
        return exc_raise(&exc_TypeError, "'%s' object has no %s", type_name(self),
                         dunder[which]->data);
    }
    return call_method(m, self, args, n);
}

// ---- slots that call dunders ----------------------------------------------------------

static Value must_be_str(Value r, const char *method) {
    if (!IS_ERR(r) && !IS_STR(r)) {
        return exc_raise(&exc_TypeError, "%s returned non-string (type %s)", method,
                         type_name(r));
    }
    return r;
}

static Value slot_repr(Value self) {
    return must_be_str(call_dunder(self, D_REPR, NULL, 0), "__repr__");
}

static Value slot_str(Value self) {
    return must_be_str(call_dunder(self, D_STR, NULL, 0), "__str__");
}

static bool slot_hash(Value self, int64_t *out) {
    Value r = call_dunder(self, D_HASH, NULL, 0);
    if (IS_ERR(r)) {
        return false;
    }
    if (!IS_INT(r) && !IS_BOOL(r)) {
        exc_raise(&exc_TypeError, "__hash__ method should return an integer");
        return false;
    }
    *out = IS_INT(r) ? r.i : r.b;
    if (*out == -1) {
        *out = -2;
    }
    return true;
}

static bool identity_hash(Value self, int64_t *out) {
    *out = (int64_t)((uintptr_t)self.o >> 4);
    return true;
}

static bool unhashable(Value self, int64_t *out) {
    (void)out;
    exc_raise(&exc_TypeError, "unhashable type: '%s'", type_name(self));
    return false;
}

static Value slot_iter(Value self) {
    Value r = call_dunder(self, D_ITER, NULL, 0);
    if (!IS_ERR(r) && !type_of(r)->next) {
        return exc_raise(&exc_TypeError, "iter() returned non-iterator of type '%s'",
                         type_name(r));
    }
    return r;
}

// __next__ raising StopIteration means "exhausted".
static Value slot_next(Value self) {
    Value r = call_dunder(self, D_NEXT, NULL, 0);
    if (IS_ERR(r) && exc_pending_matches(&exc_StopIteration)) {
        vm_take_exc();
        return UNDEF_VAL;
    }
    return r;
}

static Value slot_call(Value self, Value *args, int nargs, TupleObj *kwnames) {
    return vm_call_self(find(self, dunder[D_CALL]), self, args, nargs, kwnames);
}

static int64_t slot_len(Value self) {
    Value r = call_dunder(self, D_LEN, NULL, 0);
    if (IS_ERR(r)) {
        return -1;
    }
    if (!IS_INT(r) && !IS_BOOL(r)) {
        exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  type_name(r));
        return -1;
    }
    int64_t n = IS_INT(r) ? r.i : r.b;
    if (n < 0) {
        exc_raise(&exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static Value slot_getitem(Value self, Value key) {
    return call_dunder(self, D_GETITEM, &key, 1);
}

static bool slot_setitem(Value self, Value key, Value v) {
    Value args[2] = {key, v};
    Value r = IS_UNDEF(v) ? call_dunder(self, D_DELITEM, args, 1) : call_dunder(self, D_SETITEM, args, 2);
    return !IS_ERR(r);
}

static int slot_contains(Value self, Value item) {
    Value r = call_dunder(self, D_CONTAINS, &item, 1);
    return IS_ERR(r) ? -1 : ops_truthy(r);
}

// An object with __getitem__ but no __iter__ is iterated by index until
// IndexError, as the old sequence protocol says.
typedef struct IndexIterObj {
    Obj hdr;
    Value seq;
    int64_t next;
} IndexIterObj;

static void index_iter_trace(Obj *o) {
    gc_mark_value(((IndexIterObj *)o)->seq);
}

static Value index_iter_next(Value self) {
    IndexIterObj *it = (IndexIterObj *)self.o;
    if (it->next < 0) {
        return UNDEF_VAL;
    }
    Value r = slot_getitem(it->seq, INT_VAL(it->next));
    if (IS_ERR(r) && (exc_pending_matches(&exc_IndexError) || exc_pending_matches(&exc_StopIteration))) {
        vm_take_exc();
        it->next = -1;
        return UNDEF_VAL;
    }
    it->next++;
    return r;
}

static Value iter_self(Value self) {
    return self;
}

static TypeObj index_iter_type = {
    .name = "iterator",
    .instance_size = sizeof(IndexIterObj),
    .trace = index_iter_trace,
    .iter = iter_self,
    .next = index_iter_next,
};

static Value slot_index_iter(Value self) {
    IndexIterObj *it = (IndexIterObj *)gc_alloc(&index_iter_type, sizeof(IndexIterObj));
    it->seq = self;
    return OBJ_VAL(it);
}

// ---- instances -------------------------------------------------------------------------

static void instance_trace(Obj *o) {
    gc_mark_obj((Obj *)((InstanceObj *)o)->dict);
}

static DictObj **dict_slot(Value self) {
    if (IS_EXC(self)) {
        return &AS_EXC(self)->dict;
    }
    return &((InstanceObj *)self.o)->dict;
}

// Instance attributes first; class attributes are found by ops.c after this.
static Value instance_getattr(Value self, StrObj *name) {
    DictObj *d = *dict_slot(self);
    if (d) {
        Value v = dict_get_str(d, name);
        if (!IS_UNDEF(v)) {
            return v;
        }
    }
    if (strcmp(name->data, "__class__") == 0) {
        return OBJ_VAL(type_of(self));
    }
    if (strcmp(name->data, "__dict__") == 0) {
        if (!*dict_slot(self)) {
            *dict_slot(self) = dict_new();
        }
        return OBJ_VAL(*dict_slot(self));
    }
    return UNDEF_VAL;
}

static bool instance_setattr(Value self, StrObj *name, Value v) {
    DictObj **d = dict_slot(self);
    if (!*d) {
        *d = dict_new();
    }
    if (IS_UNDEF(v)) {
        int r = dict_del(*d, OBJ_VAL(name), NULL);
        if (r == 0) {
            exc_raise(&exc_AttributeError, "'%s' object has no attribute '%s'", type_name(self),
                      name->data);
        }
        return r == 1;
    }
    dict_set_str(*d, name, v);
    return true;
}

Value class_method_of(Value obj, StrObj *name) {
    TypeObj *t = obj.o->type;
    if (!class_is_heap(t) || (t->flags & TF_EXCEPTION)) {
        return UNDEF_VAL;
    }
    DictObj *d = ((InstanceObj *)obj.o)->dict;
    if (d && !IS_UNDEF(dict_get_str(d, name))) {
        return UNDEF_VAL;
    }
    Value m = type_lookup(t, name);
    return IS_FUNC(m) ? m : UNDEF_VAL;
}

static Value object_init(Value *args, int nargs, TupleObj *kwnames) {
    (void)args;
    if (nargs > 1 || (kwnames && kwnames->len)) {
        return exc_raise(&exc_TypeError,
                         "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    return NONE_VAL;
}

static Value exception_init(Value *args, int nargs, TupleObj *kwnames) {
    if (kwnames && kwnames->len) {
        return exc_raise(&exc_TypeError, "%s() takes no keyword arguments", type_name(args[0]));
    }
    if (!IS_EXC(args[0])) {
        return exc_raise(&exc_TypeError, "descriptor '__init__' requires a 'BaseException' object");
    }
    AS_EXC(args[0])->args = tuple_from(args + 1, (size_t)(nargs - 1));
    return NONE_VAL;
}

static NativeObj *object_init_fn, *exception_init_fn;

Value class_instantiate(TypeObj *cls, Value *args, int nargs, TupleObj *kwnames) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    Value self;
    if (cls->flags & TF_EXCEPTION) {
        self = exc_new(cls, args, nargs);
    } else {
        InstanceObj *o = (InstanceObj *)gc_alloc(cls, sizeof(InstanceObj));
        self = OBJ_VAL(o);
    }
    Value init = type_lookup(cls, dunder[D_INIT]);
    if (IS_NATIVE(init) && (AS_NATIVE(init) == object_init_fn || AS_NATIVE(init) == exception_init_fn)) {
        if (AS_NATIVE(init) == object_init_fn && (nargs || nkw)) {
            return exc_raise(&exc_TypeError, "%s() takes no arguments", cls->name);
        }
        return self;
    }
    Value r = vm_call_self(init, self, args, nargs, kwnames);
    if (IS_ERR(r)) {
        return r;
    }
    if (!IS_NONE(r)) {
        return exc_raise(&exc_TypeError, "__init__() should return None, not '%s'", type_name(r));
    }
    return self;
}

// ---- operators ---------------------------------------------------------------------------

static Value try_method(Value self, StrObj *name, Value other) {
    Value m = find(self, name);
    if (IS_UNDEF(m)) {
        return NOTIMPL_VAL;
    }
    return call_method(m, self, &other, 1);
}

Value class_binary(BinOp op, Value a, Value b, bool inplace) {
    if (op > OP_MATMUL) {
        return UNDEF_VAL;
    }
    if (inplace) {
        Value r = try_method(a, str_intern_cstr(binop_names[op][2]), b);
        if (IS_ERR(r) || !IS_NOTIMPL(r)) {
            return r;
        }
    }
    Value r = try_method(a, str_intern_cstr(binop_names[op][0]), b);
    if (IS_ERR(r) || !IS_NOTIMPL(r)) {
        return r;
    }
    if (type_of(a) != type_of(b)) {
        r = try_method(b, str_intern_cstr(binop_names[op][1]), a);
        if (IS_ERR(r) || !IS_NOTIMPL(r)) {
            return r;
        }
    }
    return UNDEF_VAL;
}

Value class_unary(BinOp op, Value a) {
    int which = op == OP_NEG ? D_NEG : op == OP_POS ? D_POS : D_INVERT;
    Value m = find(a, dunder[which]);
    return IS_UNDEF(m) ? m : call_method(m, a, NULL, 0);
}

Value class_compare(Value a, Value b, CmpOp op) {
    static const int method[] = {[CMP_LT] = D_LT, [CMP_LE] = D_LE, [CMP_EQ] = D_EQ,
                                 [CMP_NE] = D_NE, [CMP_GT] = D_GT, [CMP_GE] = D_GE};
    static const int reflected[] = {[CMP_LT] = D_GT, [CMP_LE] = D_GE, [CMP_EQ] = D_EQ,
                                    [CMP_NE] = D_NE, [CMP_GT] = D_LT, [CMP_GE] = D_LE};
    Value r = try_method(a, dunder[method[op]], b);
    if (IS_NOTIMPL(r) && op == CMP_NE) {
        // Without __ne__, != is the negation of __eq__.
        r = try_method(a, dunder[D_EQ], b);
        if (!IS_ERR(r) && !IS_NOTIMPL(r)) {
            int t = ops_truthy(r);
            return t < 0 ? ERR_VAL : BOOL_VAL(!t);
        }
    }
    if (IS_ERR(r) || !IS_NOTIMPL(r)) {
        return r;
    }
    r = try_method(b, dunder[reflected[op]], a);
    if (IS_ERR(r) || !IS_NOTIMPL(r)) {
        return r;
    }
    return UNDEF_VAL;
}

int class_truthy(Value v) {
    Value m = find(v, dunder[D_BOOL]);
    if (!IS_UNDEF(m)) {
        Value r = call_method(m, v, NULL, 0);
        if (IS_ERR(r)) {
            return -1;
        }
        if (!IS_BOOL(r)) {
            exc_raise(&exc_TypeError, "__bool__ should return bool, returned %s", type_name(r));
            return -1;
        }
        return r.b;
    }
    if (!IS_UNDEF(find(v, dunder[D_LEN]))) {
        int64_t n = slot_len(v);
        return n < 0 ? -1 : n != 0;
    }
    return 2;
}

// ---- building a class -------------------------------------------------------------------

static bool defines(TypeObj *t, int which) {
    return !IS_UNDEF(type_lookup(t, dunder[which])) && !IS_NATIVE(type_lookup(t, dunder[which]));
}

static void set_slots(TypeObj *t) {
    if (defines(t, D_REPR)) {
        t->repr = slot_repr;
    }
    if (defines(t, D_STR)) {
        t->str = slot_str;
    }
    if (defines(t, D_HASH)) {
        t->hash = slot_hash;
    } else if (IS_NONE(dict_get_str(t->dict, dunder[D_HASH])) || defines(t, D_EQ)) {
        t->hash = unhashable;
    } else if (!t->hash) {
        t->hash = identity_hash;
    }
    if (defines(t, D_ITER)) {
        t->iter = slot_iter;
    } else if (defines(t, D_GETITEM)) {
        t->iter = slot_index_iter;
    }
    if (defines(t, D_NEXT)) {
        t->next = slot_next;
    }
    if (defines(t, D_CALL)) {
        t->call = slot_call;
    }
    if (defines(t, D_LEN)) {
        t->len = slot_len;
    }
    if (defines(t, D_GETITEM)) {
        t->getitem = slot_getitem;
    }
    if (defines(t, D_SETITEM) || defines(t, D_DELITEM)) {
        t->setitem = slot_setitem;
    }
    if (defines(t, D_CONTAINS)) {
        t->contains = slot_contains;
    }
}

static Value build_class(Value *args, int nargs, TupleObj *kwnames) {
    if (kwnames && kwnames->len) {
        return exc_raise(&exc_TypeError, "class keyword arguments are not supported");
    }
    if (nargs < 2 || !IS_FUNC(args[0]) || !IS_STR(args[1])) {
        return exc_raise(&exc_TypeError, "__build_class__: bad arguments");
    }
    FuncObj *body = AS_FUNC(args[0]);
    StrObj *name = AS_STR(args[1]);
    TypeObj *base = &object_type;
    if (nargs > 3) {
        return exc_raise(&exc_TypeError, "multiple inheritance is not supported");
    }
    if (nargs == 3) {
        Value b = args[2];
        if (!IS_OBJ(b) || b.o->type != &type_type) {
            return exc_raise(&exc_TypeError, "bases must be types");
        }
        base = (TypeObj *)b.o;
        if (!(base->flags & (TF_BASETYPE | TF_HEAPTYPE))) {
            return exc_raise(&exc_TypeError, "type '%s' is not an acceptable base type",
                             base->name);
        }
        if (!class_is_heap(base) && base != &object_type && !(base->flags & TF_EXCEPTION)) {
            return exc_raise(&exc_TypeError, "subclassing the built-in type '%s' is not supported",
                             base->name);
        }
    }
    DictObj *ns = dict_new();
    Value module = dict_get_str(body->globals, str_intern_cstr("__name__"));
    dict_set_cstr(ns, "__module__", IS_UNDEF(module) ? OBJ_VAL(str_intern_cstr("__main__")) : module);
    dict_set_cstr(ns, "__qualname__", OBJ_VAL(body->code->qualname));
    Value r = vm_call_body(body, ns);
    if (IS_ERR(r)) {
        return r;
    }
    TypeObj *t = (TypeObj *)gc_alloc(&type_type, sizeof(TypeObj));
    // Start from the base's slots; set_slots then installs the class's dunders.
    Obj hdr = t->hdr;
    *t = *base;
    t->hdr = hdr;
    t->name_obj = name;
    t->name = name->data;
    t->base = base;
    t->dict = ns;
    ns->hdr.flags |= DICT_OF_TYPE;
    dict_type_version++;
    t->flags = TF_HEAPTYPE | TF_BASETYPE | (base->flags & TF_EXCEPTION);
    if (!(t->flags & TF_EXCEPTION)) {
        // Exceptions keep their own layout and attribute slots (args, ...).
        t->instance_size = sizeof(InstanceObj);
        t->trace = instance_trace;
        t->destroy = NULL;
        t->getattr = instance_getattr;
        t->setattr = instance_setattr;
    }
    if (!class_is_heap(base)) {
        t->hash = (t->flags & TF_EXCEPTION) ? identity_hash : NULL;
        t->new_ = NULL;
    }
    set_slots(t);
    // Methods remember their class, which is how super() finds it.
    size_t pos = 0;
    Value k, v;
    while (dict_next(ns, &pos, &k, &v)) {
        if (IS_FUNC(v) && !AS_FUNC(v)->owner) {
            AS_FUNC(v)->owner = t;
        }
    }
    return OBJ_VAL(t);
}

// ---- super ------------------------------------------------------------------------------

typedef struct SuperObj {
    Obj hdr;
    TypeObj *owner;
    Value self;
} SuperObj;

static void super_trace(Obj *o) {
    gc_mark_obj((Obj *)((SuperObj *)o)->owner);
    gc_mark_value(((SuperObj *)o)->self);
}

static Value super_getattr(Value self, StrObj *name) {
    SuperObj *s = (SuperObj *)self.o;
    for (TypeObj *t = s->owner->base; t; t = t->base) {
        Value v = t->dict ? dict_get_str(t->dict, name) : UNDEF_VAL;
        if (IS_UNDEF(v)) {
            continue;
        }
        if (IS_FUNC(v)) {
            return method_new(v, s->self);
        }
        if (IS_NATIVE(v) && IS_UNDEF(AS_NATIVE(v)->self)) {
            return native_bind(AS_NATIVE(v), s->self);
        }
        return v;
    }
    return UNDEF_VAL;
}

static Value super_new(Value *args, int nargs, TupleObj *kwnames) {
    if (kwnames && kwnames->len) {
        return exc_raise(&exc_TypeError, "super() takes no keyword arguments");
    }
    SuperObj *s;
    if (nargs == 2) {
        if (!IS_OBJ(args[0]) || args[0].o->type != &type_type) {
            return exc_raise(&exc_TypeError, "super() argument 1 must be a type, not %s",
                             type_name(args[0]));
        }
        s = (SuperObj *)gc_alloc(&super_type, sizeof(SuperObj));
        s->owner = (TypeObj *)args[0].o;
        s->self = args[1];
        return OBJ_VAL(s);
    }
    if (nargs != 0) {
        return exc_raise(&exc_TypeError, "super() takes 0 or 2 arguments");
    }
    // super() with no arguments: the class of the running method, and its
    // first argument.
    Frame *f = vm.frame;
    if (!f || f < vm.frames || !f->func || !f->func->owner) {
        return exc_raise(&exc_RuntimeError, "super(): __class__ cell not found");
    }
    if (f->code->argcount == 0 && !(f->code->flags & CO_VARARGS)) {
        return exc_raise(&exc_RuntimeError, "super(): no arguments");
    }
    Value first = f->base[0];
    if (f->code->localkinds[0] & LK_CELL) {
        first = AS_CELL(first)->value;
    }
    s = (SuperObj *)gc_alloc(&super_type, sizeof(SuperObj));
    s->owner = f->func->owner;
    s->self = first;
    return OBJ_VAL(s);
}

TypeObj super_type = {
    .name = "super",
    .instance_size = sizeof(SuperObj),
    .trace = super_trace,
    .getattr = super_getattr,
    .new_ = super_new,
};

static Value notimpl_repr(Value self) {
    (void)self;
    return OBJ_VAL(str_intern_cstr("NotImplemented"));
}

TypeObj notimpl_type = {
    .name = "NotImplementedType",
    .instance_size = sizeof(Obj),
    .repr = notimpl_repr,
};

void class_init(DictObj *builtins) {
    for (int i = 0; i < D_COUNT; i++) {
        dunder[i] = str_intern_cstr(dunder_names[i]);
    }
    type_init(&super_type, NULL);
    type_init(&index_iter_type, NULL);
    type_init(&notimpl_type, NULL);
    notimpl_obj.type = &notimpl_type;
    gc_add_root_obj(&notimpl_obj);
    object_init_fn = native_new("__init__", object_init, &object_type);
    exception_init_fn = native_new("__init__", exception_init, &exc_BaseException);
    dict_set_str(object_type.dict, dunder[D_INIT], OBJ_VAL(object_init_fn));
    dict_set_str(exc_BaseException.dict, dunder[D_INIT], OBJ_VAL(exception_init_fn));
    dict_set_cstr(builtins, "__build_class__", OBJ_VAL(native_new("__build_class__", build_class, NULL)));
    dict_set_cstr(builtins, "super", OBJ_VAL(&super_type));
    dict_set_cstr(builtins, "NotImplemented", NOTIMPL_VAL);
    dict_set_cstr(builtins, "object", OBJ_VAL(&object_type));
}
