// Generator objects (see gen.h).
#include "runtime/gen.h"

#include <string.h>

#include "runtime/exc.h"
#include "runtime/type.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/vm.h"

static void gen_trace(Obj *o) {
    GenObj *g = (GenObj *)o;
    gc_mark_obj((Obj *)g->func);
    gc_mark_values(g->saved, (size_t)g->nsaved);
    gc_mark_obj(g->frame_obj);
}

static size_t gen_destroy(Obj *o) {
    GenObj *g = (GenObj *)o;
    gc_realloc(g->saved, sizeof(Value) * (size_t)g->capacity, 0);
    return sizeof(GenObj);
}

static Value gen_repr(Value self) {
    GenObj *g = (GenObj *)self.o;
    StrBuf b = {0};
    strbuf_printf(&b, "<generator object %s at %p>", g->func->qualname->data, (void *)g);
    return OBJ_VAL(str_from_buf(&b));
}

static Value iter_self(Value self) {
    return self;
}

static Value gen_next(Value self) {
    GenObj *g = (GenObj *)self.o;
    if (g->finished) {
        return UNDEF_VAL;
    }
    if (g->running) {
        return exc_raise(&exc_ValueError, "generator already executing");
    }
    CodeObj *co = g->func->code;
    Value *base = vm.sp;
    Frame *f = vm.frame + 1;
    if (base + 2 + g->capacity >= vm.stack_limit || f - vm.frames >= vm.recursion_limit) {
        return exc_raise(&exc_RecursionError, "maximum recursion depth exceeded");
    }
    // The frame's result slot holds the generator, which is how YIELD_VALUE finds it.
    base[0] = self;
    memcpy(base + 1, g->saved, sizeof(Value) * (size_t)g->nsaved);
    f->code = co;
    f->func = g->func;
    f->globals = g->func->globals;
    f->locals = NULL;
    f->ip = g->ip;
    f->base = base + 1;
    f->sp = base + 1 + g->nsaved;
    if (g->started) {
        *f->sp++ = NONE_VAL; // what the yield expression evaluates to
    }
    f->ret = base;
    f->is_entry = true;
    f->frame_obj = NULL;
    vm.frame = f;
    vm.sp = f->sp;
    if (g->frame_obj) {
        frame_attach(f, g->frame_obj); // one frame object for the generator's whole life
    }
    g->started = true;
    g->running = true;
    g->yielded = false;
    vm.native_depth++;
    Value r = eval_run(f);
    vm.native_depth--;
    vm.sp = base;
    g->running = false;
    if (IS_ERR(r) || !g->yielded) {
        g->finished = true;
        g->nsaved = 0;
        return IS_ERR(r) ? r : UNDEF_VAL;
    }
    return r;
}

TypeObj gen_type = {
    .name = "generator",
    .instance_size = sizeof(GenObj),
    .trace = gen_trace,
    .destroy = gen_destroy,
    .repr = gen_repr,
    .iter = iter_self,
    .next = gen_next,
};

void gen_init_type(void) {
    type_init(&gen_type, NULL);
}

Value gen_new(FuncObj *fn, const Value *args, int nargs) {
    CodeObj *co = fn->code;
    GenObj *g = (GenObj *)gc_alloc(&gen_type, sizeof(GenObj));
    g->func = fn;
    g->capacity = co->nlocals + co->stacksize + 1;
    g->saved = gc_realloc(NULL, 0, sizeof(Value) * (size_t)g->capacity);
    for (int i = 0; i < co->nlocals; i++) {
        g->saved[i] = i < nargs ? args[i] : UNDEF_VAL;
    }
    g->nsaved = co->nlocals;
    g->ip = co->code;
    return OBJ_VAL(g);
}

void gen_save(GenObj *g, const Value *base, int n, uint32_t *ip) {
    memcpy(g->saved, base, sizeof(Value) * (size_t)n);
    g->nsaved = n;
    g->ip = ip;
    g->yielded = true;
}
