// The eval loop. One function, eval_run, executes frames of bytecode; a call
// from Python to a Python function pushes a frame and continues in the same
// loop (no C recursion), a return pops it. Everything that can fail jumps
// to the single `error:` label, which records the traceback entry, looks up
// the code's exception table and either resumes at a handler or pops the
// frame and tries again in the caller.
//
// Check points: the eval breaker (vm.eval_breaker) is polled at function
// entry (RESUME), on every backward jump (loops) and after every call
// returns to this frame, the same places CPython 3.11 polls. Those are the
// only instructions at which a signal handler can run, and so the only
// places where its exception can appear "out of thin air". `vm dis` marks
// them with a `*`.
#include "vm/eval.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/gen.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/gc.h"
#include "vm/opcodes.h"
#include "vm/signal.h"
#include "vm/vm.h"

// ---- calls ---------------------------------------------------------------------------

static void join_names(StrBuf *b, StrObj **names, int n) {
    for (int i = 0; i < n; i++) {
        strbuf_printf(b, "'%s'", names[i]->data);
        if (n == 2 && i == 0) {
            strbuf_puts(b, " and ");
        } else if (i < n - 2) {
            strbuf_puts(b, ", ");
        } else if (i == n - 2) {
            strbuf_puts(b, ", and ");
        }
    }
}

static bool missing_args(CodeObj *co, Value *buf, int from, int to, const char *kind) {
    StrObj *names[256];
    int n = 0;
    for (int i = from; i < to && n < 256; i++) {
        if (IS_UNDEF(buf[i])) {
            names[n++] = co->localnames[i];
        }
    }
    if (n == 0) {
        return true;
    }
    StrBuf b = {0};
    join_names(&b, names, n);
    exc_raise(&exc_TypeError, "%s() missing %d required %s argument%s: %s", co->qualname->data,
              n, kind, n == 1 ? "" : "s", b.data);
    strbuf_free(&b);
    return false;
}

static bool too_many_positional(FuncObj *fn, int nargs, Value *buf) {
    CodeObj *co = fn->code;
    int ndefaults = fn->defaults ? (int)fn->defaults->len : 0;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
        kwonly_given += !IS_UNDEF(buf[i]);
    }
    StrBuf b = {0};
    if (ndefaults) {
        strbuf_printf(&b, "from %d to %d", co->argcount - ndefaults, co->argcount);
    } else {
        strbuf_printf(&b, "%d", co->argcount);
    }
    bool plural = ndefaults || co->argcount != 1;
    if (kwonly_given) {
        exc_raise(&exc_TypeError,
                  "%s() takes %s positional argument%s but %d positional argument%s (and %d "
                  "keyword-only argument%s) were given",
                  co->qualname->data, b.data, plural ? "s" : "", nargs, nargs == 1 ? "" : "s",
                  kwonly_given, kwonly_given == 1 ? "" : "s");
    } else {
        exc_raise(&exc_TypeError, "%s() takes %s positional argument%s but %d %s given",
                  co->qualname->data, b.data, plural ? "s" : "", nargs,
                  nargs == 1 ? "was" : "were");
    }
    strbuf_free(&b);
    return false;
}

// The general case of binding arguments to parameters: keywords, defaults,
// *args and **kwargs. Writes the bound locals over args[0..nlocals).
static bool bind_args(FuncObj *fn, Value *args, int nargs, TupleObj *kwnames) {
    CodeObj *co = fn->code;
    int nkw = kwnames ? (int)kwnames->len : 0;
    int argc = co->argcount, kwc = co->kwonlyargcount;
    Value small[64];
    Value *buf = co->nlocals <= 64 ? small : gc_realloc(NULL, 0, sizeof(Value) * co->nlocals);
    bool ok = false;
    for (int i = 0; i < co->nlocals; i++) {
        buf[i] = UNDEF_VAL;
    }
    int npos = nargs < argc ? nargs : argc;
    memcpy(buf, args, sizeof(Value) * (size_t)npos);
    int slot = argc + kwc;
    if (co->flags & CO_VARARGS) {
        buf[slot++] = OBJ_VAL(tuple_from(args + npos, (size_t)(nargs - npos)));
    }
    DictObj *kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = dict_new();
        buf[slot++] = OBJ_VAL(kwdict);
    }
    for (int k = 0; k < nkw; k++) {
        StrObj *name = AS_STR(kwnames->items[k]);
        int found = -1;
        for (int i = 0; i < argc + kwc; i++) {
            if (co->localnames[i] == name || str_eq(co->localnames[i], name)) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            if (!kwdict) {
                exc_raise(&exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                          co->qualname->data, name->data);
                goto done;
            }
            dict_set_str(kwdict, name, args[nargs + k]);
            continue;
        }
        if (!IS_UNDEF(buf[found])) {
            exc_raise(&exc_TypeError, "%s() got multiple values for argument '%s'",
                      co->qualname->data, name->data);
            goto done;
        }
        buf[found] = args[nargs + k];
    }
    if (nargs > argc && !(co->flags & CO_VARARGS)) {
        too_many_positional(fn, nargs, buf);
        goto done;
    }
    int ndefaults = fn->defaults ? (int)fn->defaults->len : 0;
    for (int i = argc - ndefaults; i < argc; i++) {
        if (IS_UNDEF(buf[i])) {
            buf[i] = fn->defaults->items[i - (argc - ndefaults)];
        }
    }
    if (!missing_args(co, buf, 0, argc, "positional")) {
        goto done;
    }
    for (int i = argc; i < argc + kwc; i++) {
        if (IS_UNDEF(buf[i]) && fn->kwdefaults) {
            buf[i] = dict_get_str(fn->kwdefaults, co->localnames[i]);
        }
    }
    if (!missing_args(co, buf, argc, argc + kwc, "keyword-only")) {
        goto done;
    }
    memcpy(args, buf, sizeof(Value) * (size_t)co->nlocals);
    ok = true;
done:
    if (buf != small) {
        gc_realloc(buf, sizeof(Value) * co->nlocals, 0);
    }
    return ok;
}

Frame *eval_push_frame(FuncObj *fn, Value *args, int nargs, TupleObj *kwnames, Value *ret) {
    CodeObj *co = fn->code;
    Frame *f = vm.frame + 1;
    if (f - vm.frames >= vm.recursion_limit || f >= vm.frames_limit) {
        exc_raise(&exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    int nkw = kwnames ? (int)kwnames->len : 0;
    Value *top = args + (nargs + nkw > co->nlocals ? nargs + nkw : co->nlocals);
    if (top + co->stacksize >= vm.stack_limit) {
        exc_raise(&exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    if (nargs == co->argcount && nkw == 0 && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
        co->kwonlyargcount == 0) {
        for (int i = nargs; i < co->nlocals; i++) {
            args[i] = UNDEF_VAL;
        }
    } else if (!bind_args(fn, args, nargs, kwnames)) {
        return NULL;
    }
    f->code = co;
    f->func = fn;
    f->globals = fn->globals;
    f->locals = NULL;
    f->ip = co->code;
    f->base = args;
    f->sp = args + co->nlocals;
    f->ret = ret;
    f->is_entry = false;
    f->frame_obj = NULL;
    vm.frame = f;
    return f;
}

// The arguments with `self` in front: in `small` when it fits (16 values),
// else in a new array that release() frees. args may be NULL when n is 0.
static Value *prepend(Value self, const Value *args, int n, Value *small) {
    Value *all = n + 1 <= 16 ? small : gc_realloc(NULL, 0, sizeof(Value) * (size_t)(n + 1));
    all[0] = self;
    if (n > 0) {
        memcpy(all + 1, args, sizeof(Value) * (size_t)n);
    }
    return all;
}

static void release(Value *all, const Value *small, int n) {
    if (all != small) {
        gc_realloc(all, sizeof(Value) * (size_t)(n + 1), 0);
    }
}

Value vm_call_self(Value callable, Value self, Value *args, int nargs, TupleObj *kwnames) {
    int n = nargs + (kwnames ? (int)kwnames->len : 0);
    Value small[16];
    Value *all = prepend(self, args, n, small);
    Value r = vm_call(callable, all, nargs + 1, kwnames);
    release(all, small, n);
    return r;
}

Value vm_call(Value callable, Value *args, int nargs, TupleObj *kwnames) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (IS_FUNC(callable) || IS_METHOD(callable)) {
        Value self = UNDEF_VAL;
        if (IS_METHOD(callable)) {
            self = AS_METHOD(callable)->self;
            callable = AS_METHOD(callable)->func;
            if (!IS_FUNC(callable)) {
                return vm_call_self(callable, self, args, nargs, kwnames);
            }
        }
        if (AS_FUNC(callable)->code->flags & CO_GENERATOR) {
            return gen_new(AS_FUNC(callable), args, nargs);
        }
        // Each nested eval loop uses C stack: bound them whatever the
        // recursion limit says, so deep recursion through natives raises.
        if (vm.native_depth >= VM_MAX_NATIVE_DEPTH) {
            return exc_raise(&exc_RecursionError, "maximum recursion depth exceeded");
        }
        Value *saved = vm.sp;
        Value *base = saved;
        int extra = IS_UNDEF(self) ? 0 : 1;
        if (base + 1 + extra + nargs + nkw >= vm.stack_limit) {
            return exc_raise(&exc_RecursionError, "maximum recursion depth exceeded");
        }
        base[0] = callable;
        if (extra) {
            base[1] = self;
        }
        if (nargs + nkw > 0) {
            memmove(base + 1 + extra, args, sizeof(Value) * (size_t)(nargs + nkw));
        }
        vm.sp = base + 1 + extra + nargs + nkw;
        Frame *f = eval_push_frame(AS_FUNC(callable), base + 1, nargs + extra, kwnames, base);
        if (!f) {
            vm.sp = saved;
            return ERR_VAL;
        }
        f->is_entry = true;
        vm.native_depth++;
        Value r = eval_run(f);
        vm.native_depth--;
        vm.sp = saved;
        return r;
    }
    if (!IS_OBJ(callable)) {
        return exc_raise(&exc_TypeError, "'%s' object is not callable", type_name(callable));
    }
    TypeObj *t = callable.o->type;
    if (t == &native_type) {
        NativeObj *n = AS_NATIVE(callable);
        if (IS_UNDEF(n->self)) {
            return n->fn(args, nargs, kwnames);
        }
        Value small[16];
        Value *all = prepend(n->self, args, nargs + nkw, small);
        Value r = n->fn(all, nargs + 1, kwnames);
        release(all, small, nargs + nkw);
        return r;
    }
    if (t == &type_type) {
        TypeObj *cls = (TypeObj *)callable.o;
        if (class_is_heap(cls)) {
            return class_instantiate(cls, args, nargs, kwnames);
        }
        if (cls->flags & TF_EXCEPTION) {
            return exc_call_type(cls, args, nargs, kwnames);
        }
        if (cls->new_) {
            return cls->new_(args, nargs, kwnames);
        }
        return exc_raise(&exc_TypeError, "cannot create '%s' instances", cls->name);
    }
    if (t->call) {
        return t->call(callable, args, nargs, kwnames);
    }
    return exc_raise(&exc_TypeError, "'%s' object is not callable", t->name);
}

Value vm_call_body(FuncObj *fn, DictObj *locals) {
    Value *saved = vm.sp;
    if (saved + 1 + fn->code->nlocals + fn->code->stacksize >= vm.stack_limit) {
        return exc_raise(&exc_RecursionError, "maximum recursion depth exceeded");
    }
    saved[0] = OBJ_VAL(fn);
    vm.sp = saved + 1;
    Frame *f = eval_push_frame(fn, saved + 1, 0, NULL, saved);
    if (!f) {
        vm.sp = saved;
        return ERR_VAL;
    }
    f->is_entry = true;
    f->locals = locals;
    vm.native_depth++;
    Value r = eval_run(f);
    vm.native_depth--;
    vm.sp = saved;
    return r;
}

// ---- check points ----------------------------------------------------------------------

bool eval_breaker_slow(void) {
    uint32_t bits = atomic_load_explicit(&vm.eval_breaker, memory_order_relaxed);
    if ((bits & EB_GC) && vm.native_depth == 0) {
        atomic_fetch_and_explicit(&vm.eval_breaker, ~(uint32_t)EB_GC, memory_order_relaxed);
        gc_collect();
    }
    // Tripped signals: the script's handlers run here, between two
    // instructions. One that raises makes this check point raise, so the
    // exception appears at the interrupted instruction "out of thin air".
    if ((bits & EB_SIGNALS) && !signal_run_pending()) {
        return false;
    }
    return true;
}

// ---- helpers for the longer instructions ----------------------------------------------

static bool not_iterable(Value seq) {
    exc_raise(&exc_TypeError, "cannot unpack non-iterable %s object", type_name(seq));
    return false;
}

// a, b = seq: exactly n items, the first ending on top of the stack so the
// stores that follow assign left to right. Lists and tuples are read
// directly; anything else is iterated, stopping one item past n.
static bool unpack(Value seq, int n, Value *out) {
    if (IS_TUPLE(seq) || IS_LIST(seq)) {
        const Value *items = IS_TUPLE(seq) ? AS_TUPLE(seq)->items : AS_LIST(seq)->items;
        size_t len = IS_TUPLE(seq) ? AS_TUPLE(seq)->len : AS_LIST(seq)->len;
        if ((int64_t)len != n) {
            if ((int64_t)len < n) {
                exc_raise(&exc_ValueError, "not enough values to unpack (expected %d, got %zu)",
                          n, len);
            } else {
                exc_raise(&exc_ValueError, "too many values to unpack (expected %d)", n);
            }
            return false;
        }
        for (int i = 0; i < n; i++) {
            out[n - 1 - i] = items[i];
        }
        return true;
    }
    if (!type_of(seq)->iter) {
        return not_iterable(seq);
    }
    Value it = ops_iter(seq);
    if (IS_ERR(it)) {
        return false;
    }
    for (int i = 0; i <= n; i++) {
        Value v = ops_next(it);
        if (IS_ERR(v)) {
            return false;
        }
        if (IS_UNDEF(v)) {
            if (i == n) {
                return true;
            }
            exc_raise(&exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
            return false;
        }
        if (i == n) {
            exc_raise(&exc_ValueError, "too many values to unpack (expected %d)", n);
            return false;
        }
        out[n - 1 - i] = v;
    }
    return true;
}

// a, *b, c = seq: `before` items, a list, `after` items. As in CPython the
// starred part is list(iterator), so the iterator itself must be iterable.
static bool unpack_ex(Value seq, int before, int after, Value *out) {
    if (!type_of(seq)->iter) {
        return not_iterable(seq);
    }
    Value it = ops_iter(seq);
    if (IS_ERR(it)) {
        return false;
    }
    int total = before + 1 + after;
    for (int i = 0; i < before; i++) {
        Value v = ops_next(it);
        if (IS_ERR(v)) {
            return false;
        }
        if (IS_UNDEF(v)) {
            exc_raise(&exc_ValueError,
                      "not enough values to unpack (expected at least %d, got %d)",
                      before + after, i);
            return false;
        }
        out[total - 1 - i] = v;
    }
    ListObj *rest = list_new(0);
    if (!list_extend(rest, it)) {
        return false;
    }
    if ((int)rest->len < after) {
        exc_raise(&exc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                  before + after, before + (int)rest->len);
        return false;
    }
    for (int i = 0; i < after; i++) {
        out[after - 1 - i] = rest->items[rest->len - (size_t)after + (size_t)i];
    }
    rest->len -= (size_t)after;
    out[after] = OBJ_VAL(rest);
    return true;
}

static Value format_value(Value v, int flags, Value spec) {
    int conv = flags & 3;
    if (conv == 1) {
        v = ops_str(v);
    } else if (conv >= 2) {
        v = ops_repr(v);
    }
    if (IS_ERR(v)) {
        return v;
    }
    if (flags & 4) {
        return str_format_value(v, AS_STR(spec));
    }
    return IS_STR(v) ? v : ops_str(v);
}

static Value build_string(Value *items, int n) {
    return str_build(items, n);
}

// `raise` with 0, 1 or 2 operands. Sets *reraise when the traceback must be
// kept as it is (a bare `raise`).
static void do_raise(int n, Value exc, Value cause, bool *reraise) {
    if (n == 0) {
        if (IS_UNDEF(vm.handled)) {
            exc_raise(&exc_RuntimeError, "No active exception to reraise");
            return;
        }
        vm.exc = vm.handled;
        *reraise = true;
        return;
    }
    if (IS_ERR(exc_raise_value(exc)) && n == 2 && !vm_has_exc()) {
        return;
    }
    if (n == 2) {
        Value e = vm.exc;
        if (!type_is_subtype(type_of(e), &exc_BaseException)) {
            return; // exc_raise_value already raised a TypeError
        }
        Value c = cause;
        if (IS_OBJ(c) && c.o->type == &type_type && (((TypeObj *)c.o)->flags & TF_EXCEPTION)) {
            vm.exc = UNDEF_VAL;
            c = vm_call(c, NULL, 0, NULL);
            if (IS_ERR(c)) {
                return;
            }
            vm.exc = e;
        } else if (!IS_NONE(c) && !IS_EXC(c)) {
            exc_raise(&exc_TypeError, "exception causes must derive from BaseException");
            return;
        }
        AS_EXC(e)->cause = c;
        AS_EXC(e)->suppress_context = true;
    }
}

static Value name_error(StrObj *name) {
    Value r = exc_raise(&exc_NameError, "name '%s' is not defined", name->data);
    exc_set_attr(vm.exc, "name", OBJ_VAL(name));
    return r;
}

// The bound __enter__ or __exit__ of a context manager, or UNDEF_VAL.
static Value with_method(Value mgr, const char *name) {
    Value m = type_lookup(type_of(mgr), str_intern_cstr(name));
    if (IS_FUNC(m)) {
        return method_new(m, mgr);
    }
    if (IS_NATIVE(m) && IS_UNDEF(AS_NATIVE(m)->self)) {
        return native_bind(AS_NATIVE(m), mgr);
    }
    return m;
}

static const ExcEntry *find_handler(const CodeObj *co, int instr) {
    for (int i = 0; i < co->nexc; i++) {
        const ExcEntry *e = &co->exctable[i];
        if ((uint32_t)instr >= e->start && (uint32_t)instr < e->end) {
            return e;
        }
    }
    return NULL;
}

static Value make_function(CodeObj *code, Value *sp, int flags, DictObj *globals) {
    FuncObj *fn = func_new(code, globals);
    // Operands sit below the code object in the order defaults, kwdefaults, closure.
    int i = -__builtin_popcount((unsigned)flags);
    if (flags & 1) {
        fn->defaults = AS_TUPLE(sp[i++]);
    }
    if (flags & 2) {
        fn->kwdefaults = AS_DICT(sp[i++]);
    }
    if (flags & 8) {
        fn->closure = AS_TUPLE(sp[i++]);
    }
    return OBJ_VAL(fn);
}

// Lays the operands of CALL_EX out as positional arguments and keyword
// values starting at `at`; returns the count of positional ones or -1.
static int spread_call(Value callable, Value argseq, Value kwmap, Value *at, TupleObj **kwnames) {
    *kwnames = NULL;
    ListObj *pos = NULL;
    if (!IS_TUPLE(argseq)) {
        pos = list_new(0);
        if (!list_extend(pos, argseq)) {
            if (exc_pending_matches(&exc_TypeError)) {
                vm_take_exc();
                Value r = ops_repr(callable);
                exc_raise(&exc_TypeError, "%s argument after * must be an iterable, not %s",
                          IS_FUNC(callable) ? AS_FUNC(callable)->qualname->data
                                            : (IS_STR(r) ? AS_STR(r)->data : "function"),
                          type_name(argseq));
            }
            return -1;
        }
    }
    const Value *items = pos ? pos->items : AS_TUPLE(argseq)->items;
    size_t n = pos ? pos->len : AS_TUPLE(argseq)->len;
    size_t nkw = IS_UNDEF(kwmap) ? 0 : AS_DICT(kwmap)->len;
    if (at + n + nkw + 64 >= vm.stack_limit) {
        exc_raise(&exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    memmove(at, items, n * sizeof(Value));
    if (nkw) {
        TupleObj *names = tuple_new(nkw);
        size_t pos_i = 0, k = 0;
        Value key, val;
        while (dict_next(AS_DICT(kwmap), &pos_i, &key, &val)) {
            if (!IS_STR(key)) {
                exc_raise(&exc_TypeError, "keywords must be strings");
                return -1;
            }
            names->items[k] = OBJ_VAL(str_intern_obj(AS_STR(key)));
            at[n + k] = val;
            k++;
        }
        *kwnames = names;
    }
    return (int)n;
}

// ---- the loop ----------------------------------------------------------------------------

#if defined(__GNUC__) && !defined(VM_NO_COMPUTED_GOTO)
#define USE_COMPUTED_GOTO 1
#endif

#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        code = frame->code;                                                                        \
        ip = frame->ip;                                                                            \
        sp = frame->sp;                                                                            \
        locals = frame->base;                                                                      \
        consts = code->consts;                                                                     \
    } while (0)
#define SAVE_FRAME() (frame->ip = ip, frame->sp = sp, vm.sp = sp)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define NAME(i) (code->names[i])
#define RAISE() goto error

#ifdef VM_NOPOLL
#define CHECK_POINT() ((void)0)
#else
// The check point: one relaxed load and a branch when nothing is pending.
#define CHECK_POINT()                                                                              \
    do {                                                                                           \
        if (atomic_load_explicit(&vm.eval_breaker, memory_order_relaxed)) {                        \
            SAVE_FRAME();                                                                          \
            if (!eval_breaker_slow()) {                                                            \
                RAISE();                                                                           \
            }                                                                                      \
        }                                                                                          \
    } while (0)
#endif

#ifdef USE_COMPUTED_GOTO
#define TARGET(name) L_##name:
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        word = *ip++;                                                                              \
        arg = INSTR_ARG(word);                                                                     \
        goto *labels[INSTR_OP(word)];                                                              \
    } while (0)
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif

// Counting instructions, for `vm run --trace-signals` and `--inject`: the
// dispatch table `labels` below is rewritten so that every opcode leads to
// one stub, which counts, injects a signal when its instruction is due, and
// jumps on through `uncounted`, a copy of the table as it was. The loop
// itself is the same with counting or without it, so it costs nothing
// unless asked for.
#ifdef USE_COMPUTED_GOTO
static void *uncounted[OP__COUNT];
#endif

bool eval_count_instructions(void) {
#ifdef USE_COMPUTED_GOTO
    eval_run(NULL); // only eval_run can see its labels
    return true;
#else
    return false;
#endif
}

Value eval_run(Frame *frame) {
    CodeObj *code;
    uint32_t *ip;
    Value *sp;
    Value *locals;
    Value *consts;
    uint32_t word, arg;
    bool reraise = false;
    bool inplace = false; // BINARY_OP and INPLACE_OP share their body

#ifdef USE_COMPUTED_GOTO
    static void *labels[OP__COUNT] = {
#define OP(name, operand, effect, flags, doc) [OP_##name] = &&L_##name,
#include "vm/opcodes.def"
#undef OP
    };
    if (!frame) { // from eval_count_instructions
        if (labels[0] == &&count) {
            return NONE_VAL; // counting already
        }
        memcpy(uncounted, labels, sizeof labels);
        for (int op = 0; op < OP__COUNT; op++) {
            labels[op] = &&count;
        }
        return NONE_VAL;
    }
#endif

    LOAD_FRAME();

#ifdef USE_COMPUTED_GOTO
    DISPATCH();

count: {
    // Instruction n is about to start; a signal injected "before n" is
    // delivered now, through the real C handler.
    uint64_t n = atomic_load_explicit(&vm.instructions, memory_order_relaxed) + 1;
    if (n == signal_inject_at) {
        signal_inject();
    }
    atomic_store_explicit(&vm.instructions, n, memory_order_relaxed);
    goto *uncounted[INSTR_OP(ip[-1])];
}
#else
dispatch:
    word = *ip++;
    arg = INSTR_ARG(word);
    switch ((Opcode)INSTR_OP(word)) {
#endif

    TARGET(NOP) {
        DISPATCH();
    }

    TARGET(RESUME) {
        CHECK_POINT();
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        PUSH(consts[arg]);
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        Value v = locals[arg];
        if (IS_UNDEF(v)) {
            exc_raise(&exc_UnboundLocalError,
                      "cannot access local variable '%s' where it is not associated with a value",
                      code->localnames[arg]->data);
            RAISE();
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        locals[arg] = POP();
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        if (IS_UNDEF(locals[arg])) {
            exc_raise(&exc_UnboundLocalError,
                      "cannot access local variable '%s' where it is not associated with a value",
                      code->localnames[arg]->data);
            RAISE();
        }
        locals[arg] = UNDEF_VAL;
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        Value v = AS_CELL(locals[arg])->value;
        if (IS_UNDEF(v)) {
            if (code->localkinds[arg] & LK_FREE) {
                exc_raise(&exc_NameError,
                          "cannot access free variable '%s' where it is not associated with a "
                          "value in enclosing scope",
                          code->localnames[arg]->data);
            } else {
                exc_raise(&exc_UnboundLocalError,
                          "cannot access local variable '%s' where it is not associated with a "
                          "value",
                          code->localnames[arg]->data);
            }
            RAISE();
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        AS_CELL(locals[arg])->value = POP();
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        CellObj *c = AS_CELL(locals[arg]);
        if (IS_UNDEF(c->value)) {
            exc_raise(&exc_UnboundLocalError,
                      "cannot access local variable '%s' where it is not associated with a value",
                      code->localnames[arg]->data);
            RAISE();
        }
        c->value = UNDEF_VAL;
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        Value v = dict_get_str(frame->locals, code->localnames[arg]);
        if (IS_UNDEF(v)) {
            v = AS_CELL(locals[arg])->value;
            if (IS_UNDEF(v)) {
                exc_raise(&exc_NameError,
                          "cannot access free variable '%s' where it is not associated with a "
                          "value in enclosing scope",
                          code->localnames[arg]->data);
                RAISE();
            }
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        PUSH(locals[arg]);
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        locals[arg] = OBJ_VAL(cell_new(locals[arg]));
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
        // The free variables occupy the last `arg` local slots.
        TupleObj *closure = frame->func->closure;
        memcpy(locals + code->nlocals - arg, closure->items, sizeof(Value) * arg);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        // A per-instruction cache remembers where the entry is.
        GlobalCache *gc = code->gcache ? &code->gcache[ip - code->code - 1] : NULL;
        if (gc && gc->globals_keys == frame->globals->keys_version &&
            gc->builtins_keys == vm.builtins->keys_version) {
            PUSH(gc->dict->entries[gc->index].value);
            DISPATCH();
        }
        DictObj *d = frame->globals;
        int64_t ix = dict_index_str(d, NAME(arg));
        if (ix < 0) {
            d = vm.builtins;
            ix = dict_index_str(d, NAME(arg));
            if (ix < 0) {
                name_error(NAME(arg));
                RAISE();
            }
        }
        if (!gc) {
            code->gcache = calloc((size_t)code->ncode, sizeof(GlobalCache));
            gc = &code->gcache[ip - code->code - 1];
        }
        *gc = (GlobalCache){frame->globals->keys_version, vm.builtins->keys_version, d, ix};
        PUSH(d->entries[ix].value);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        dict_set_str(frame->globals, NAME(arg), POP());
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        if (dict_del(frame->globals, OBJ_VAL(NAME(arg)), NULL) != 1) {
            name_error(NAME(arg));
            RAISE();
        }
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        Value v = dict_get_str(frame->locals, NAME(arg));
        if (IS_UNDEF(v)) {
            v = dict_get_str(frame->globals, NAME(arg));
        }
        if (IS_UNDEF(v)) {
            v = dict_get_str(vm.builtins, NAME(arg));
        }
        if (IS_UNDEF(v)) {
            name_error(NAME(arg));
            RAISE();
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        dict_set_str(frame->locals, NAME(arg), POP());
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        if (dict_del(frame->locals, OBJ_VAL(NAME(arg)), NULL) != 1) {
            name_error(NAME(arg));
            RAISE();
        }
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        Value obj = TOP();
        if (IS_OBJ(obj) && class_is_instance(obj.o->type)) {
            // obj.x on an instance: its own dict first, as instance_getattr would.
            DictObj *d = ((InstanceObj *)obj.o)->dict;
            Value v = d ? dict_get_str(d, NAME(arg)) : UNDEF_VAL;
            if (!IS_UNDEF(v)) {
                TOP() = v;
                DISPATCH();
            }
        }
        SAVE_FRAME();
        Value v = ops_getattr(TOP(), NAME(arg));
        if (IS_ERR(v)) {
            RAISE();
        }
        TOP() = v;
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        Value obj = POP(), v = POP();
        if (IS_OBJ(obj) && class_is_instance(obj.o->type) && ((InstanceObj *)obj.o)->dict) {
            dict_set_str(((InstanceObj *)obj.o)->dict, NAME(arg), v);
            DISPATCH();
        }
        SAVE_FRAME();
        if (!ops_setattr(obj, NAME(arg), v)) {
            RAISE();
        }
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        SAVE_FRAME();
        Value obj = POP();
        if (!ops_setattr(obj, NAME(arg), UNDEF_VAL)) {
            RAISE();
        }
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        // For a method defined by the object's type, push the function and
        // the object so CALL_METHOD passes it as `self` without allocating
        // a bound method; otherwise push UNDEF and the attribute.
        Value obj = TOP();
        TypeObj *t = type_of(obj);
        if (!t->getattr) {
            Value m = type_lookup(t, NAME(arg));
            if (IS_NATIVE(m) || IS_FUNC(m)) {
                TOP() = m;
                PUSH(obj);
                DISPATCH();
            }
        } else if (class_is_heap(t)) {
            Value m = class_method_of(obj, NAME(arg));
            if (!IS_UNDEF(m)) {
                TOP() = m;
                PUSH(obj);
                DISPATCH();
            }
        }
        SAVE_FRAME();
        Value v = ops_getattr(obj, NAME(arg));
        if (IS_ERR(v)) {
            RAISE();
        }
        TOP() = UNDEF_VAL;
        PUSH(v);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        Value key = POP(), obj = TOP();
        Value v;
        if (IS_LIST(obj) && IS_INT(key) && key.i >= 0 && (uint64_t)key.i < AS_LIST(obj)->len) {
            v = AS_LIST(obj)->items[key.i];
        } else {
            SAVE_FRAME();
            v = ops_getitem(obj, key);
            if (IS_ERR(v)) {
                RAISE();
            }
        }
        TOP() = v;
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        Value key = POP(), obj = POP(), v = POP();
        if (IS_LIST(obj) && IS_INT(key) && key.i >= 0 && (uint64_t)key.i < AS_LIST(obj)->len) {
            AS_LIST(obj)->items[key.i] = v;
            DISPATCH();
        }
        SAVE_FRAME();
        if (!ops_setitem(obj, key, v)) {
            RAISE();
        }
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        Value key = POP(), obj = POP();
        SAVE_FRAME();
        if (!ops_setitem(obj, key, UNDEF_VAL)) {
            RAISE();
        }
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        Value step = arg == 3 ? POP() : NONE_VAL;
        Value stop = POP(), start = POP();
        PUSH(OBJ_VAL(slice_new(start, stop, step)));
        DISPATCH();
    }

    TARGET(INPLACE_OP) {
        // For numbers `a += b` is `a = a + b`: only the slow path differs.
        inplace = true;
        goto arith;
    }

    TARGET(BINARY_OP) {
        inplace = false;
    arith: {
        Value b = POP(), a = TOP();
        int64_t r;
        if (IS_INT(a) && IS_INT(b)) {
            switch ((BinOp)arg) {
            case OP_ADD:
                if (!__builtin_add_overflow(a.i, b.i, &r)) {
                    TOP() = INT_VAL(r);
                    DISPATCH();
                }
                break;
            case OP_SUB:
                if (!__builtin_sub_overflow(a.i, b.i, &r)) {
                    TOP() = INT_VAL(r);
                    DISPATCH();
                }
                break;
            case OP_MUL:
                if (!__builtin_mul_overflow(a.i, b.i, &r)) {
                    TOP() = INT_VAL(r);
                    DISPATCH();
                }
                break;
            case OP_MOD:
                if (b.i > 0) {
                    TOP() = INT_VAL(num_mod(a.i, b.i));
                    DISPATCH();
                }
                break;
            case OP_FLOORDIV:
                if (b.i > 0) {
                    TOP() = INT_VAL(num_floordiv(a.i, b.i));
                    DISPATCH();
                }
                break;
            case OP_AND:
                TOP() = INT_VAL(a.i & b.i);
                DISPATCH();
            case OP_OR:
                TOP() = INT_VAL(a.i | b.i);
                DISPATCH();
            case OP_XOR:
                TOP() = INT_VAL(a.i ^ b.i);
                DISPATCH();
            case OP_RSHIFT:
                if (b.i >= 0 && b.i < 64) {
                    TOP() = INT_VAL(a.i >> b.i);
                    DISPATCH();
                }
                break;
            default:
                break;
            }
        } else if (IS_FLOAT(a) && (IS_FLOAT(b) || IS_INT(b))) {
            double y = IS_FLOAT(b) ? b.f : (double)b.i;
            switch ((BinOp)arg) {
            case OP_ADD:
                TOP() = FLOAT_VAL(a.f + y);
                DISPATCH();
            case OP_SUB:
                TOP() = FLOAT_VAL(a.f - y);
                DISPATCH();
            case OP_MUL:
                TOP() = FLOAT_VAL(a.f * y);
                DISPATCH();
            case OP_TRUEDIV:
                if (y != 0.0) {
                    TOP() = FLOAT_VAL(a.f / y);
                    DISPATCH();
                }
                break;
            default:
                break;
            }
        }
        SAVE_FRAME();
        Value v = inplace ? ops_inplace((BinOp)arg, a, b) : ops_binary((BinOp)arg, a, b);
        if (IS_ERR(v)) {
            RAISE();
        }
        TOP() = v;
        DISPATCH();
    }
    }

    TARGET(UNARY_OP) {
        SAVE_FRAME();
        Value v = ops_unary((BinOp)arg, TOP());
        if (IS_ERR(v)) {
            RAISE();
        }
        TOP() = v;
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        Value a = TOP();
        if (IS_BOOL(a)) {
            TOP() = BOOL_VAL(!a.b);
            DISPATCH();
        }
        SAVE_FRAME();
        int t = ops_truthy(a);
        if (t < 0) {
            RAISE();
        }
        TOP() = BOOL_VAL(!t);
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        Value b = POP(), a = TOP();
        if (IS_INT(a) && IS_INT(b)) {
            bool r;
            switch ((CmpOp)arg) {
            case CMP_LT:
                r = a.i < b.i;
                break;
            case CMP_LE:
                r = a.i <= b.i;
                break;
            case CMP_EQ:
            case CMP_IS:
                r = a.i == b.i;
                break;
            case CMP_NE:
            case CMP_IS_NOT:
                r = a.i != b.i;
                break;
            case CMP_GT:
                r = a.i > b.i;
                break;
            case CMP_GE:
                r = a.i >= b.i;
                break;
            default:
                goto compare_slow;
            }
            TOP() = BOOL_VAL(r);
            DISPATCH();
        }
    compare_slow:
        SAVE_FRAME();
        Value v = ops_compare(a, b, (CmpOp)arg);
        if (IS_ERR(v)) {
            RAISE();
        }
        TOP() = v;
        DISPATCH();
    }

    TARGET(POP_TOP) {
        sp--;
        DISPATCH();
    }

    TARGET(COPY) {
        Value v = PEEK(arg);
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP) {
        Value t = TOP();
        TOP() = PEEK(arg);
        PEEK(arg) = t;
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        TupleObj *t = tuple_from(sp - arg, arg);
        sp -= arg;
        PUSH(OBJ_VAL(t));
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        ListObj *l = list_from(sp - arg, arg);
        sp -= arg;
        PUSH(OBJ_VAL(l));
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        SAVE_FRAME();
        SetObj *s = set_new(&set_type);
        Value *items = sp - arg;
        for (uint32_t i = 0; i < arg; i++) {
            if (!set_add(s, items[i])) {
                RAISE();
            }
        }
        sp = items;
        PUSH(OBJ_VAL(s));
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        SAVE_FRAME();
        DictObj *d = dict_new();
        Value *items = sp - 2 * arg;
        for (uint32_t i = 0; i < arg; i++) {
            if (!dict_set(d, items[2 * i], items[2 * i + 1])) {
                RAISE();
            }
        }
        sp = items;
        PUSH(OBJ_VAL(d));
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        Value s = build_string(sp - arg, (int)arg);
        sp -= arg;
        PUSH(s);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        Value v = POP();
        list_append(AS_LIST(PEEK(arg)), v);
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        Value it = POP();
        SAVE_FRAME();
        if (!list_extend(AS_LIST(PEEK(arg)), it)) {
            if (exc_pending_matches(&exc_TypeError) && !type_of(it)->iter) {
                vm_take_exc();
                exc_raise(&exc_TypeError, "Value after * must be an iterable, not %s",
                          type_name(it));
            }
            RAISE();
        }
        DISPATCH();
    }

    TARGET(SET_ADD) {
        Value v = POP();
        SAVE_FRAME();
        if (!set_add(AS_SET(PEEK(arg)), v)) {
            RAISE();
        }
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        Value it = POP();
        SAVE_FRAME();
        if (!set_update(AS_SET(PEEK(arg)), it)) {
            RAISE();
        }
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        Value v = POP(), k = POP();
        SAVE_FRAME();
        if (!dict_set(AS_DICT(PEEK(arg)), k, v)) {
            RAISE();
        }
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        // **m in a call: keys must be strings and must not repeat.
        Value m = POP();
        DictObj *d = AS_DICT(PEEK(arg));
        SAVE_FRAME();
        if (!IS_DICT(m)) {
            exc_raise(&exc_TypeError, "argument after ** must be a mapping, not %s",
                      type_name(m));
            RAISE();
        }
        size_t pos = 0;
        Value k, v, old;
        while (dict_next(AS_DICT(m), &pos, &k, &v)) {
            if (!IS_STR(k)) {
                exc_raise(&exc_TypeError, "keywords must be strings");
                RAISE();
            }
            if (dict_get(d, k, &old) == 1) {
                Value fn = PEEK(arg + 2);
                exc_raise(&exc_TypeError, "%s() got multiple values for keyword argument '%s'",
                          IS_FUNC(fn) ? AS_FUNC(fn)->qualname->data : "function",
                          AS_STR(k)->data);
                RAISE();
            }
            dict_set(d, k, v);
        }
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        Value m = POP();
        SAVE_FRAME();
        if (!IS_DICT(m)) {
            exc_raise(&exc_TypeError, "'%s' object is not a mapping", type_name(m));
            RAISE();
        }
        size_t pos = 0;
        Value k, v;
        while (dict_next(AS_DICT(m), &pos, &k, &v)) {
            if (!dict_set(AS_DICT(PEEK(arg)), k, v)) {
                RAISE();
            }
        }
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        ListObj *l = AS_LIST(TOP());
        TOP() = OBJ_VAL(tuple_from(l->items, l->len));
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        Value seq = POP();
        SAVE_FRAME();
        vm.sp = sp + arg; // Python code run by iteration must not overwrite the results
        if (!unpack(seq, (int)arg, sp)) {
            RAISE();
        }
        sp += arg;
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        Value seq = POP();
        int before = (int)(arg & 0xFF), after = (int)(arg >> 8);
        SAVE_FRAME();
        vm.sp = sp + before + 1 + after; // see UNPACK_SEQUENCE
        if (!unpack_ex(seq, before, after, sp)) {
            RAISE();
        }
        sp += before + 1 + after;
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        Value spec = (arg & 4) ? POP() : NONE_VAL;
        SAVE_FRAME();
        Value s = format_value(TOP(), (int)arg, spec);
        if (IS_ERR(s)) {
            RAISE();
        }
        TOP() = s;
        DISPATCH();
    }

    TARGET(JUMP) {
        ip = code->code + arg;
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD) {
        // Poll before jumping, so a handler's frame, and its exception's
        // traceback and handler lookup, see this instruction, not the target.
        CHECK_POINT();
        ip = code->code + arg;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (IS_BOOL(v)) {
            if (!v.b) {
                ip = code->code + arg;
            }
            DISPATCH();
        }
        SAVE_FRAME();
        int t = ops_truthy(v);
        if (t < 0) {
            RAISE();
        }
        if (!t) {
            ip = code->code + arg;
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (IS_BOOL(v)) {
            if (v.b) {
                ip = code->code + arg;
            }
            DISPATCH();
        }
        SAVE_FRAME();
        int t = ops_truthy(v);
        if (t < 0) {
            RAISE();
        }
        if (t) {
            ip = code->code + arg;
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        SAVE_FRAME();
        int t = ops_truthy(TOP());
        if (t < 0) {
            RAISE();
        }
        if (!t) {
            ip = code->code + arg;
        } else {
            sp--;
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        SAVE_FRAME();
        int t = ops_truthy(TOP());
        if (t < 0) {
            RAISE();
        }
        if (t) {
            ip = code->code + arg;
        } else {
            sp--;
        }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        SAVE_FRAME();
        Value it = ops_iter(TOP());
        if (IS_ERR(it)) {
            RAISE();
        }
        TOP() = it;
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        Value it = TOP();
        if (it.o->type == &range_iter_type) {
            RangeIterObj *r = (RangeIterObj *)it.o;
            if (r->step > 0 ? r->next < r->stop : r->next > r->stop) {
                PUSH(INT_VAL(r->next));
                if (__builtin_add_overflow(r->next, r->step, &r->next)) {
                    r->next = r->stop; // past the end: the next call stops
                }
                DISPATCH();
            }
            sp--;
            ip = code->code + arg;
            DISPATCH();
        }
        SAVE_FRAME();
        Value v = it.o->type->next(it);
        if (IS_UNDEF(v)) {
            sp--;
            ip = code->code + arg;
            DISPATCH();
        }
        if (IS_ERR(v)) {
            RAISE();
        }
        PUSH(v);
        DISPATCH();
    }

    {
        Value *args;     // the first argument
        Value *ret;      // where the result goes
        Value callable;
        int nargs;
        TupleObj *kwnames;

    TARGET(CALL) {
        args = sp - arg;
        ret = args - 1;
        callable = *ret;
        nargs = (int)arg;
        kwnames = NULL;
        goto do_call;
    }

    TARGET(CALL_METHOD) {
        args = sp - arg;
        ret = args - 2;
        nargs = (int)arg;
        kwnames = NULL;
        if (IS_UNDEF(*ret)) {
            callable = args[-1];
        } else {
            callable = *ret;
            args--;
            nargs++;
        }
        goto do_call;
    }

    TARGET(CALL_KW) {
        kwnames = AS_TUPLE(POP());
        args = sp - arg;
        ret = args - 1;
        callable = *ret;
        nargs = (int)(arg - kwnames->len);
        goto do_call;
    }

    TARGET(CALL_EX) {
        Value kwmap = arg & 1 ? POP() : UNDEF_VAL;
        Value argseq = POP();
        ret = sp - 1;
        callable = *ret;
        args = sp;
        SAVE_FRAME();
        nargs = spread_call(callable, argseq, kwmap, args, &kwnames);
        if (nargs < 0) {
            RAISE();
        }
        sp = args + nargs + (kwnames ? kwnames->len : 0);
        goto do_call;
    }

    do_call:
        if (IS_METHOD(callable) && IS_FUNC(AS_METHOD(callable)->func)) {
            // A bound Python method: put self in front of the arguments.
            // The callable's own slot (ret) is free for it only when it sits
            // right below the arguments, which is the case for CALL and CALL_KW.
            if (ret == args - 1) {
                *ret = AS_METHOD(callable)->self;
                callable = AS_METHOD(callable)->func;
                args = ret;
                nargs++;
            }
        }
        SAVE_FRAME();
        if (IS_FUNC(callable) && (AS_FUNC(callable)->code->flags & CO_GENERATOR)) {
            Value g = gen_new(AS_FUNC(callable), args, nargs);
            sp = ret;
            PUSH(g);
            DISPATCH();
        }
        if (IS_FUNC(callable)) {
            FuncObj *fn = AS_FUNC(callable);
            CodeObj *co = fn->code;
            Frame *f = frame + 1;
            // The common case inline: positional arguments that match the
            // parameters exactly; the new locals start at args.
            if ((co->flags & CO_SIMPLE) && nargs == co->argcount && !kwnames &&
                f - vm.frames < vm.recursion_limit &&
                args + co->nlocals + co->stacksize < vm.stack_limit) {
                for (int i = nargs; i < co->nlocals; i++) {
                    args[i] = UNDEF_VAL;
                }
                f->code = co;
                f->func = fn;
                f->globals = fn->globals;
                f->locals = NULL;
                f->base = args;
                f->ret = ret;
                f->is_entry = false;
                f->frame_obj = NULL;
                vm.frame = frame = f;
                code = co;
                ip = co->code;
                locals = args;
                sp = args + co->nlocals;
                consts = co->consts;
                DISPATCH();
            }
            f = eval_push_frame(fn, args, nargs, kwnames, ret);
            if (!f) {
                RAISE();
            }
            frame = f;
            LOAD_FRAME();
            DISPATCH();
        }
        {
            // Natives that are not bound to an object are called directly.
            Value r = IS_NATIVE(callable) && IS_UNDEF(AS_NATIVE(callable)->self)
                          ? AS_NATIVE(callable)->fn(args, nargs, kwnames)
                          : vm_call(callable, args, nargs, kwnames);
            sp = ret;
            if (IS_ERR(r)) {
                RAISE();
            }
            PUSH(r);
        }
        CHECK_POINT();
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        Value codev = POP();
        Value fn = make_function((CodeObj *)codev.o, sp, (int)arg, frame->globals);
        sp -= __builtin_popcount(arg);
        PUSH(fn);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        Value r = POP();
        Frame *done = frame;
        *done->ret = r;
        if (done->frame_obj) { // a handler kept its frame: freeze it
            done->ip = ip;
            frame_detach(done);
        }
        vm.frame = done - 1;
        if (done->is_entry) {
            return r;
        }
        frame = vm.frame;
        LOAD_FRAME();
        sp = done->ret + 1;
        CHECK_POINT();
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        // A generator's frame is always an entry frame (see gen.c): save it
        // and return the value to the next() that resumed it.
        Value v = POP();
        if (frame->frame_obj) {
            frame->ip = ip;
            ((GenObj *)frame->ret->o)->frame_obj = frame->frame_obj;
            frame_detach(frame);
        }
        gen_save((GenObj *)frame->ret->o, locals, (int)(sp - locals), ip);
        vm.frame = frame - 1;
        return v;
    }

    TARGET(RAISE_VARARGS) {
        Value cause = arg == 2 ? POP() : NONE_VAL;
        Value exc = arg >= 1 ? POP() : NONE_VAL;
        SAVE_FRAME();
        do_raise((int)arg, exc, cause, &reraise);
        RAISE();
    }

    TARGET(RERAISE) {
        vm.exc = POP();
        reraise = true;
        RAISE();
    }

    TARGET(PUSH_EXC_INFO) {
        Value exc = POP();
        PUSH(IS_UNDEF(vm.handled) ? NONE_VAL : vm.handled);
        vm.handled = exc;
        PUSH(exc);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        Value prev = POP();
        vm.handled = IS_NONE(prev) ? UNDEF_VAL : prev;
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        Value clause = POP();
        SAVE_FRAME();
        int m = exc_matches(TOP(), clause);
        if (m < 0) {
            RAISE();
        }
        PUSH(BOOL_VAL(m));
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(OBJ_VAL(&exc_AssertionError));
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        SAVE_FRAME();
        Value m = module_import(NAME(arg));
        if (IS_ERR(m)) {
            RAISE();
        }
        PUSH(m);
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        SAVE_FRAME();
        Value m = TOP();
        Value v = ops_getattr_opt(m, NAME(arg));
        if (IS_UNDEF(v)) {
            exc_raise(&exc_ImportError, "cannot import name '%s' from '%s' (unknown location)",
                      NAME(arg)->data, IS_MODULE(m) ? AS_MODULE(m)->name->data : "?");
            RAISE();
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        PUSH(dict_get_str(vm.builtins, str_intern_cstr("__build_class__")));
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        Value mgr = TOP();
        SAVE_FRAME();
        Value enter = with_method(mgr, "__enter__"), exit = UNDEF_VAL;
        if (!IS_UNDEF(enter)) {
            exit = with_method(mgr, "__exit__");
        }
        if (IS_UNDEF(enter) || IS_UNDEF(exit)) {
            exc_raise(&exc_TypeError,
                      "'%s' object does not support the context manager protocol",
                      type_name(mgr));
            RAISE();
        }
        TOP() = exit;
        Value r = vm_call(enter, NULL, 0, NULL);
        if (IS_ERR(r)) {
            RAISE();
        }
        PUSH(r);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        Value exc = TOP();
        ExcObj *e = AS_EXC(exc);
        Value args[3] = {OBJ_VAL(e->hdr.type), exc, e->traceback ? OBJ_VAL(e->traceback) : NONE_VAL};
        SAVE_FRAME();
        Value r = vm_call(PEEK(3), args, 3, NULL);
        if (IS_ERR(r)) {
            RAISE();
        }
        PUSH(r);
        DISPATCH();
    }

#ifndef USE_COMPUTED_GOTO
    default:
        break;
    }
#endif

error:
    // An exception is pending in vm.exc. Record where it passed through this
    // frame (unless it is being re-raised here), then find a handler.
    for (;;) {
        int instr = (int)(ip - code->code) - 1;
        if (!reraise) {
            ExcObj *e = AS_EXC(vm.exc);
            e->traceback = tb_new(e->traceback, code, instr);
            e->traceback->globals = frame->globals;
        }
        reraise = false;
        const ExcEntry *h = find_handler(code, instr);
        if (h) {
            sp = locals + code->nlocals + h->depth;
            PUSH(vm_take_exc());
            ip = code->code + h->target;
            DISPATCH();
        }
        Frame *done = frame;
        if (done->frame_obj) {
            done->ip = ip;
            frame_detach(done);
        }
        vm.frame = done - 1;
        if (done->is_entry) {
            return ERR_VAL;
        }
        frame = vm.frame;
        LOAD_FRAME();
    }
}
