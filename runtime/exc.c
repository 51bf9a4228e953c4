// Exception classes and instances, and raising them from C.
#include "runtime/exc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "vm/code.h"
#include "vm/gc.h"
#include "vm/vm.h"

static void exc_trace(Obj *o) {
    ExcObj *e = (ExcObj *)o;
    gc_mark_obj((Obj *)e->args);
    gc_mark_obj((Obj *)e->traceback);
    gc_mark_value(e->cause);
    gc_mark_value(e->context);
    gc_mark_obj((Obj *)e->dict);
}

Value exc_new(TypeObj *t, const Value *args, int nargs) {
    size_t size = t->instance_size > sizeof(ExcObj) ? t->instance_size : sizeof(ExcObj);
    ExcObj *e = (ExcObj *)gc_alloc(t, size);
    e->args = tuple_from(args, (size_t)nargs);
    e->cause = NONE_VAL;
    e->context = NONE_VAL;
    return OBJ_VAL(e);
}

static void set_attr(ExcObj *e, const char *name, Value v) {
    if (!e->dict) {
        e->dict = dict_new();
    }
    dict_set_cstr(e->dict, name, v);
}

void exc_set_attr(Value e, const char *name, Value v) {
    set_attr(AS_EXC(e), name, v);
}

Value exc_get_attr(Value ev, const char *name) {
    ExcObj *e = AS_EXC(ev);
    if (e->dict) {
        Value v = dict_get_str(e->dict, str_intern_cstr(name));
        if (!IS_UNDEF(v)) {
            return v;
        }
    }
    return UNDEF_VAL;
}

// Which OSError subclass an errno selects, as CPython's constructor does.
static TypeObj *oserror_subclass(int err) {
    switch (err) {
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS:
        return &exc_BlockingIOError;
    case ECHILD:
        return &exc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
        return &exc_BrokenPipeError;
    case ECONNABORTED:
        return &exc_ConnectionAbortedError;
    case ECONNREFUSED:
        return &exc_ConnectionRefusedError;
    case ECONNRESET:
        return &exc_ConnectionResetError;
    case EEXIST:
        return &exc_FileExistsError;
    case ENOENT:
        return &exc_FileNotFoundError;
    case EINTR:
        return &exc_InterruptedError;
    case EISDIR:
        return &exc_IsADirectoryError;
    case ENOTDIR:
        return &exc_NotADirectoryError;
    case EACCES:
    case EPERM:
        return &exc_PermissionError;
    case ESRCH:
        return &exc_ProcessLookupError;
    case ETIMEDOUT:
        return &exc_TimeoutError;
    default:
        return &exc_OSError;
    }
}

// Fills errno/strerror/filename of an OSError made with (errno, strerror[, filename]).
static void oserror_fill(ExcObj *e) {
    TupleObj *a = e->args;
    if (a->len >= 2 && a->len <= 5) {
        set_attr(e, "errno", a->items[0]);
        set_attr(e, "strerror", a->items[1]);
        set_attr(e, "filename", a->len >= 3 ? a->items[2] : NONE_VAL);
        if (a->len >= 3) {
            e->args = tuple_from(a->items, 2);
        }
    } else {
        set_attr(e, "errno", NONE_VAL);
        set_attr(e, "strerror", NONE_VAL);
        set_attr(e, "filename", NONE_VAL);
    }
}

static Value exc_new_fn_for(TypeObj *t, Value *args, int nargs, TupleObj *kwnames) {
    if (kwnames && kwnames->len) {
        return exc_raise(&exc_TypeError, "%s() takes no keyword arguments", t->name);
    }
    if (t == &exc_OSError && nargs >= 2 && IS_INT(args[0])) {
        t = oserror_subclass((int)args[0].i);
    }
    Value v = exc_new(t, args, nargs);
    if (type_is_subtype(t, &exc_OSError)) {
        oserror_fill(AS_EXC(v));
    }
    return v;
}

// Exception classes share one `new_` that needs to know the class, so the
// type's call goes through the `call` slot of type objects (see ops.c); this
// native is what the class's `new_` slot holds and what vm_call uses.
Value exc_call_type(TypeObj *t, Value *args, int nargs, TupleObj *kwnames) {
    return exc_new_fn_for(t, args, nargs, kwnames);
}

Value exc_str(Value ev) {
    ExcObj *e = AS_EXC(ev);
    TupleObj *a = e->args;
    TypeObj *t = e->hdr.type;
    if (type_is_subtype(t, &exc_OSError)) {
        Value no = exc_get_attr(ev, "errno"), msg = exc_get_attr(ev, "strerror"),
              fname = exc_get_attr(ev, "filename");
        if (!IS_UNDEF(no) && !IS_NONE(no) && !IS_UNDEF(msg) && !IS_NONE(msg)) {
            StrBuf b = {0};
            strbuf_puts(&b, "[Errno ");
            bool ok = ops_str_into(&b, no);
            strbuf_puts(&b, "] ");
            ok = ok && ops_str_into(&b, msg);
            if (ok && !IS_UNDEF(fname) && !IS_NONE(fname)) {
                strbuf_puts(&b, ": ");
                ok = ops_repr_into(&b, fname);
            }
            if (!ok) {
                strbuf_free(&b);
                return ERR_VAL;
            }
            return OBJ_VAL(str_from_buf(&b));
        }
    }
    if (a->len == 0) {
        return OBJ_VAL(str_new("", 0));
    }
    if (a->len == 1) {
        if (type_is_subtype(t, &exc_KeyError)) {
            return ops_repr(a->items[0]);
        }
        return ops_str(a->items[0]);
    }
    return ops_str(OBJ_VAL(a));
}

static Value exc_str_slot(Value self) {
    return exc_str(self);
}

static Value exc_repr_slot(Value self) {
    ExcObj *e = AS_EXC(self);
    StrBuf b = {0};
    strbuf_puts(&b, e->hdr.type->name);
    if (e->args->len == 1) {
        strbuf_putc(&b, '(');
        if (!ops_repr_into(&b, e->args->items[0])) {
            strbuf_free(&b);
            return ERR_VAL;
        }
        strbuf_putc(&b, ')');
    } else if (!ops_repr_into(&b, OBJ_VAL(e->args))) {
        strbuf_free(&b);
        return ERR_VAL;
    }
    return OBJ_VAL(str_from_buf(&b));
}

static Value exc_getattr_slot(Value self, StrObj *name) {
    ExcObj *e = AS_EXC(self);
    const char *n = name->data;
    Value v = exc_get_attr(self, n);
    if (!IS_UNDEF(v)) {
        return v;
    }
    if (strcmp(n, "args") == 0) {
        return OBJ_VAL(e->args);
    }
    if (strcmp(n, "__cause__") == 0) {
        return e->cause;
    }
    if (strcmp(n, "__context__") == 0) {
        return e->context;
    }
    if (strcmp(n, "__suppress_context__") == 0) {
        return BOOL_VAL(e->suppress_context);
    }
    if (strcmp(n, "__traceback__") == 0) {
        return e->traceback ? OBJ_VAL(e->traceback) : NONE_VAL;
    }
    TypeObj *t = e->hdr.type;
    if ((type_is_subtype(t, &exc_SystemExit) && strcmp(n, "code") == 0) ||
        (type_is_subtype(t, &exc_StopIteration) && strcmp(n, "value") == 0)) {
        if (e->args->len == 0) {
            return NONE_VAL;
        }
        return e->args->len == 1 ? e->args->items[0] : OBJ_VAL(e->args);
    }
    if (strcmp(n, "__class__") == 0) {
        return OBJ_VAL(t);
    }
    return UNDEF_VAL; // methods and class attributes: ops.c looks in the class
}

static bool exc_setattr_slot(Value self, StrObj *name, Value v) {
    ExcObj *e = AS_EXC(self);
    if (strcmp(name->data, "__cause__") == 0) {
        if (!IS_NONE(v) && !IS_EXC(v)) {
            exc_raise(&exc_TypeError, "exception cause must be None or derive from BaseException");
            return false;
        }
        e->cause = v;
        e->suppress_context = true;
        return true;
    }
    if (strcmp(name->data, "__context__") == 0) {
        e->context = v;
        return true;
    }
    if (strcmp(name->data, "__suppress_context__") == 0) {
        e->suppress_context = ops_truthy(v) == 1;
        return true;
    }
    if (strcmp(name->data, "args") == 0) {
        Value t = ops_binary(OP_ADD, OBJ_VAL(tuple_empty()), v);
        if (IS_ERR(t)) {
            return false;
        }
        e->args = AS_TUPLE(t);
        return true;
    }
    if (!e->dict) {
        e->dict = dict_new();
    }
    dict_set_str(e->dict, name, v);
    return true;
}

#define X(cls, parent)                                                                             \
    TypeObj exc_##cls = {                                                                          \
        .name = #cls,                                                                              \
        .base = &parent,                                                                           \
        .flags = TF_EXCEPTION | TF_BASETYPE,                                                       \
        .instance_size = sizeof(ExcObj),                                                           \
        .trace = exc_trace,                                                                        \
        .repr = exc_repr_slot,                                                                     \
        .str = exc_str_slot,                                                                       \
        .getattr = exc_getattr_slot,                                                               \
        .setattr = exc_setattr_slot,                                                               \
    };
#include "runtime/exc.def"
#undef X

static void tb_trace(Obj *o) {
    TbObj *t = (TbObj *)o;
    gc_mark_obj((Obj *)t->next);
    gc_mark_obj((Obj *)t->code);
    gc_mark_obj((Obj *)t->globals);
    gc_mark_obj(t->frame);
}

static Value tb_getattr(Value self, StrObj *name) {
    TbObj *t = (TbObj *)self.o;
    if (strcmp(name->data, "tb_lineno") == 0) {
        return INT_VAL(code_line_of(t->code, t->instr));
    }
    if (strcmp(name->data, "tb_next") == 0) {
        return t->next ? OBJ_VAL(t->next) : NONE_VAL;
    }
    return UNDEF_VAL;
}

TypeObj tb_type = {
    .name = "traceback",
    .instance_size = sizeof(TbObj),
    .trace = tb_trace,
    .getattr = tb_getattr,
};

TbObj *tb_new(TbObj *next, CodeObj *code, int instr) {
    TbObj *t = (TbObj *)gc_alloc(&tb_type, sizeof(TbObj));
    t->next = next;
    t->code = code;
    t->instr = instr;
    return t;
}

void exc_init_types(void) {
#define X(name, base) type_init(&exc_##name, NULL);
#include "runtime/exc.def"
#undef X
    type_init(&tb_type, NULL);
}

void exc_init_subtype(TypeObj *t, TypeObj *base, const char *name) {
    *t = *base; // the slots (construction, str, attributes) are base's
    t->hdr = (Obj){0};
    t->name = name;
    t->base = base;
    t->dict = NULL;
    type_init(t, NULL);
}

// Makes e the pending exception, chaining the exception being handled as
// its __context__ (cutting any cycle that would create, as CPython does).
static void set_pending(Value ev) {
    if (!IS_UNDEF(vm.handled) && !value_is(vm.handled, ev)) {
        ExcObj *e = AS_EXC(ev);
        // Walk the handled exception's context chain; if ev is on it, unlink it.
        ExcObj *o = AS_EXC(vm.handled);
        while (IS_EXC(o->context)) {
            if (value_is(o->context, ev)) {
                o->context = NONE_VAL;
                break;
            }
            o = AS_EXC(o->context);
        }
        e->context = vm.handled;
    }
    vm.exc = ev;
}

Value exc_raise(TypeObj *t, const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    Value msg = OBJ_VAL(str_from_cstr(buf));
    set_pending(exc_new(t, &msg, 1));
    return ERR_VAL;
}

Value exc_raise_arg(TypeObj *t, Value arg) {
    set_pending(exc_new(t, &arg, 1));
    return ERR_VAL;
}

Value exc_raise_value(Value v) {
    if (IS_OBJ(v) && v.o->type == &type_type && (((TypeObj *)v.o)->flags & TF_EXCEPTION)) {
        v = vm_call(v, NULL, 0, NULL);
        if (IS_ERR(v)) {
            return v;
        }
        if (!IS_EXC(v)) {
            return exc_raise(&exc_TypeError,
                             "calling %s should have returned an instance of BaseException, not %s",
                             type_name(v), type_name(v));
        }
    }
    if (!IS_EXC(v)) {
        return exc_raise(&exc_TypeError, "exceptions must derive from BaseException");
    }
    set_pending(v);
    return ERR_VAL;
}

Value exc_raise_errno(int err, const char *filename) {
    Value args[3] = {INT_VAL(err), OBJ_VAL(str_from_cstr(strerror(err))), NONE_VAL};
    int n = 2;
    if (filename) {
        args[2] = OBJ_VAL(str_from_cstr(filename));
        n = 3;
    }
    Value e = exc_new_fn_for(oserror_subclass(err), args, n, NULL);
    set_pending(e);
    return ERR_VAL;
}

bool exc_pending_matches(TypeObj *t) {
    return IS_EXC(vm.exc) && type_is_subtype(vm.exc.o->type, t);
}

int exc_matches(Value e, Value clause) {
    if (IS_TUPLE(clause)) {
        TupleObj *t = AS_TUPLE(clause);
        for (size_t i = 0; i < t->len; i++) {
            int r = exc_matches(e, t->items[i]);
            if (r) {
                return r;
            }
        }
        return 0;
    }
    if (!(IS_OBJ(clause) && clause.o->type == &type_type &&
          (((TypeObj *)clause.o)->flags & TF_EXCEPTION))) {
        exc_raise(&exc_TypeError,
                  "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return type_is_subtype(e.o->type, (TypeObj *)clause.o);
}
