// signal.struct_siginfo, what sigwaitinfo and sigtimedwait return. A
// structseq, as in CPython: a subclass of tuple whose instances are
// TupleObjs of seven items, so tuple's slots and methods (and every IS_TUPLE
// check) apply; the type adds the field names, a read-only setattr and its
// own repr and constructor.
#include "runtime/siginfo.h"

#include <string.h>

#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/vm.h"


static const char *const siginfo_fields[] = {"si_signo", "si_code",   "si_errno", "si_pid",
                                             "si_uid",   "si_status", "si_band"};
enum { SIGINFO_N = 7 };

static TypeObj siginfo_type;

static int field_index(StrObj *name) {
    for (int i = 0; i < SIGINFO_N; i++) {
        if (strcmp(name->data, siginfo_fields[i]) == 0) {
            return i;
        }
    }
    return -1;
}

static Value siginfo_repr(Value self) {
    StrBuf b = {0};
    strbuf_puts(&b, "signal.struct_siginfo(");
    for (int i = 0; i < SIGINFO_N; i++) {
        strbuf_printf(&b, "%s%s=", i ? ", " : "", siginfo_fields[i]);
        if (!ops_repr_into(&b, AS_TUPLE(self)->items[i])) {
            strbuf_free(&b);
            return ERR_VAL;
        }
    }
    strbuf_putc(&b, ')');
    return OBJ_VAL(str_from_buf(&b));
}

static Value siginfo_getattr(Value self, StrObj *name) {
    int i = field_index(name);
    return i < 0 ? UNDEF_VAL : AS_TUPLE(self)->items[i];
}

// Fields are read-only members; anything else is missing or a read-only
// class attribute, worded as for any object without a __dict__.
static bool siginfo_setattr(Value self, StrObj *name, Value v) {
    (void)self;
    (void)v;
    if (field_index(name) >= 0) {
        exc_raise(&exc_AttributeError, "readonly attribute");
    } else if (!IS_UNDEF(type_lookup(&siginfo_type, name))) {
        exc_raise(&exc_AttributeError, "'%s' object attribute '%s' is read-only", siginfo_type.name,
                  name->data);
    } else {
        exc_raise(&exc_AttributeError, "'%s' object has no attribute '%s'", siginfo_type.name,
                  name->data);
    }
    return false;
}

// struct_siginfo(sequence, dict=None): from any iterable of exactly seven
// values; `dict` must be a dict and is unused (every field is in the sequence).
static Value siginfo_new(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"sequence", "dict", NULL};
    Value a[2];
    if (!args_parse("structseq", args, nargs, kw, params, 1, a)) {
        return ERR_VAL;
    }
    Value it = ops_iter(a[0]);
    if (IS_ERR(it)) {
        if (exc_pending_matches(&exc_TypeError)) {
            vm_take_exc();
            return exc_raise(&exc_TypeError, "constructor requires a sequence");
        }
        return ERR_VAL;
    }
    ListObj *items = list_new(0);
    if (!list_extend(items, it)) {
        return ERR_VAL;
    }
    if (!IS_UNDEF(a[1]) && !IS_DICT(a[1])) {
        return exc_raise(&exc_TypeError, "%s() takes a dict as second arg, if any",
                         siginfo_type.name);
    }
    if (items->len != SIGINFO_N) {
        return exc_raise(&exc_TypeError, "%s() takes a %d-sequence (%zu-sequence given)",
                         siginfo_type.name, SIGINFO_N, items->len);
    }
    return OBJ_VAL(tuple_new_of(&siginfo_type, items->items, SIGINFO_N));
}

static TypeObj siginfo_type = {
    .name = "signal.struct_siginfo",
    .repr = siginfo_repr,
    .getattr = siginfo_getattr,
    .setattr = siginfo_setattr,
    .new_ = siginfo_new,
};

// The structseq's class attributes, and tuple as its base.
static void init_type(void) {
    tuple_init_subtype(&siginfo_type, NULL);
    DictObj *d = siginfo_type.dict;
    dict_set_cstr(d, "n_fields", INT_VAL(SIGINFO_N));
    dict_set_cstr(d, "n_sequence_fields", INT_VAL(SIGINFO_N));
    dict_set_cstr(d, "n_unnamed_fields", INT_VAL(0));
    TupleObj *names = tuple_new(SIGINFO_N);
    for (int i = 0; i < SIGINFO_N; i++) {
        names->items[i] = OBJ_VAL(str_intern_cstr(siginfo_fields[i]));
    }
    dict_set_cstr(d, "__match_args__", OBJ_VAL(names));
}

TypeObj *siginfo_type_get(void) {
    if (!siginfo_type.dict) {
        init_type();
    }
    return &siginfo_type;
}

Value siginfo_from(const siginfo_t *si) {
    siginfo_type_get();
    Value v[SIGINFO_N] = {
        INT_VAL(si->si_signo), INT_VAL(si->si_code),   INT_VAL(si->si_errno), INT_VAL(si->si_pid),
        INT_VAL(si->si_uid),   INT_VAL(si->si_status), INT_VAL(si->si_band),
    };
    return OBJ_VAL(tuple_new_of(&siginfo_type, v, SIGINFO_N));
}
