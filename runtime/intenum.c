// Int-like enumerations (see intenum.h). The enum classes are types made at
// run time; their header's type is intenum_meta_type, whose slots give the
// class its behaviour as an object (call, subscript, iteration, len). The
// members' behaviour as ints lives in ops.c, which unboxes them.
#include "runtime/intenum.h"

#include <string.h>

#include "runtime/exc.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "vm/gc.h"
#include "vm/vm.h"

#define AS_MEMBER(v) ((IntEnumObj *)(v).o)
#define AS_CLASS(v) ((IntEnumClass *)(v).o)

// ---- members ------------------------------------------------------------------------

static void member_trace(Obj *o) {
    gc_mark_obj((Obj *)((IntEnumObj *)o)->name);
}

static Value member_repr(Value self) {
    IntEnumObj *m = AS_MEMBER(self);
    StrBuf b = {0};
    strbuf_printf(&b, "<%s.%s: %lld>", m->hdr.type->name, m->name->data, (long long)m->value);
    return OBJ_VAL(str_from_buf(&b));
}

// str() of an IntEnum member is the int's text (CPython 3.11's ReprEnum).
static Value member_str(Value self) {
    StrBuf b = {0};
    num_int_into(&b, AS_MEMBER(self)->value);
    return OBJ_VAL(str_from_buf(&b));
}

static bool member_hash(Value self, int64_t *out) {
    *out = num_hash_int(AS_MEMBER(self)->value);
    return true;
}

// name and value are the member's own; anything else is the int's, bound to
// the plain int so int methods never see a member as `self`.
static Value member_getattr(Value self, StrObj *name) {
    IntEnumObj *m = AS_MEMBER(self);
    if (strcmp(name->data, "name") == 0 || strcmp(name->data, "_name_") == 0) {
        return OBJ_VAL(m->name);
    }
    if (strcmp(name->data, "value") == 0 || strcmp(name->data, "_value_") == 0) {
        return INT_VAL(m->value);
    }
    if (strcmp(name->data, "__class__") == 0) {
        return OBJ_VAL(m->hdr.type);
    }
    return ops_getattr_opt(INT_VAL(m->value), name);
}

// ---- classes ------------------------------------------------------------------------

static void class_trace(Obj *o) {
    IntEnumClass *c = (IntEnumClass *)o;
    gc_mark_obj((Obj *)c->type.dict);
    gc_mark_obj((Obj *)c->members);
    gc_mark_obj((Obj *)c->by_value);
}

static Value class_repr(Value self) {
    StrBuf b = {0};
    strbuf_printf(&b, "<enum '%s'>", AS_CLASS(self)->type.name);
    return OBJ_VAL(str_from_buf(&b));
}

// Signals(2): the member with that value (a member of the class is its own
// answer); ValueError otherwise.
static Value class_call(Value self, Value *args, int nargs, TupleObj *kwnames) {
    IntEnumClass *c = AS_CLASS(self);
    if ((kwnames && kwnames->len) || nargs != 1) {
        return exc_raise(&exc_TypeError, nargs == 0
                                             ? "EnumType.__call__() missing 1 required positional "
                                               "argument: 'value'"
                                             : "EnumType.__call__() takes 1 positional argument");
    }
    Value v = args[0];
    if (IS_OBJ(v) && v.o->type == &c->type) {
        return v;
    }
    Value m;
    int r = dict_get(c->by_value, v, &m);
    if (r < 0) {
        vm_take_exc(); // unhashable: simply not a value of the enum
    }
    if (r > 0) {
        return m;
    }
    StrBuf b = {0};
    if (!ops_repr_into(&b, v)) {
        strbuf_free(&b);
        return ERR_VAL;
    }
    Value e = exc_raise(&exc_ValueError, "%s is not a valid %s", b.data, c->type.name);
    strbuf_free(&b);
    return e;
}

// Signals['SIGINT']: a member (or alias) by name.
static Value class_getitem(Value self, Value key) {
    IntEnumClass *c = AS_CLASS(self);
    if (IS_STR(key)) {
        Value m = dict_get_str(c->type.dict, AS_STR(key));
        if (intenum_is(m)) {
            return m;
        }
    }
    return exc_raise_arg(&exc_KeyError, key);
}

static Value class_iter(Value self) {
    return ops_iter(OBJ_VAL(AS_CLASS(self)->members));
}

static int64_t class_len(Value self) {
    return (int64_t)AS_CLASS(self)->members->len;
}

static int class_contains(Value self, Value item) {
    if (IS_OBJ(item) && item.o->type == &AS_CLASS(self)->type) {
        return 1;
    }
    if (intenum_is(item)) {
        return 0;
    }
    exc_raise(&exc_TypeError, "unsupported operand type(s) for 'in': '%s' and 'EnumType'",
              type_name(item));
    return -1;
}

// Attributes of the class are those of any type: members, __name__, ...
static Value class_getattr(Value self, StrObj *name) {
    return type_type.getattr(self, name);
}

TypeObj intenum_meta_type = {
    .name = "EnumType",
    .base = &type_type,
    .instance_size = sizeof(IntEnumClass),
    .trace = class_trace,
    .repr = class_repr,
    .call = class_call,
    .getattr = class_getattr,
    .getitem = class_getitem,
    .iter = class_iter,
    .len = class_len,
    .contains = class_contains,
};

void intenum_init_type(void) {
    if (!intenum_meta_type.hdr.type) {
        type_init(&intenum_meta_type, NULL);
    }
}

IntEnumClass *intenum_new_class(const char *name, const char *module) {
    intenum_init_type();
    IntEnumClass *c = (IntEnumClass *)gc_alloc(&intenum_meta_type, sizeof(IntEnumClass));
    c->type.name = name;
    c->type.base = &int_type;
    c->type.instance_size = sizeof(IntEnumObj);
    c->type.trace = member_trace;
    c->type.repr = member_repr;
    c->type.str = member_str;
    c->type.hash = member_hash;
    c->type.getattr = member_getattr;
    c->type.dict = dict_new();
    c->type.dict->hdr.flags |= DICT_OF_TYPE;
    c->module = module;
    c->members = list_new(0);
    c->by_value = dict_new();
    gc_add_root_obj(&c->type.hdr);
    return c;
}

Value intenum_add(IntEnumClass *c, const char *name, int64_t value) {
    Value m = intenum_member(c, value);
    if (IS_UNDEF(m)) {
        IntEnumObj *o = (IntEnumObj *)gc_alloc(&c->type, sizeof(IntEnumObj));
        o->value = value;
        o->name = str_intern_cstr(name);
        m = OBJ_VAL(o);
        list_append(c->members, m);
        dict_set(c->by_value, INT_VAL(value), m);
    }
    dict_set_cstr(c->type.dict, name, m);
    dict_bump(c->type.dict);
    return m;
}

Value intenum_member(IntEnumClass *c, int64_t value) {
    Value m;
    return dict_get(c->by_value, INT_VAL(value), &m) > 0 ? m : UNDEF_VAL;
}

Value intenum_or_int(IntEnumClass *c, Value v) {
    if (IS_INT(v)) {
        Value m = intenum_member(c, v.i);
        return IS_UNDEF(m) ? v : m;
    }
    if (intenum_is(v)) {
        Value m = intenum_member(c, AS_MEMBER(v)->value);
        return IS_UNDEF(m) ? intenum_unbox(v) : m;
    }
    return v;
}
