// The interpreter state: start-up, the roots of the heap, and running a
// module.
#include "vm/vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "runtime/builtins.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/file.h"
#include "runtime/file_open.h"
#include "runtime/func.h"
#include "runtime/gen.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/code.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/signal.h"

VM vm;

// Room for deep recursion: reserved address space, committed only when used.
#define STACK_VALUES (8u << 20)
#define MAX_FRAMES (1u << 20)

static void *reserve(size_t bytes) {
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED) {
        fputs("Fatal Python error: cannot reserve the VM stack\n", stderr);
        exit(1);
    }
    return p;
}

void vm_init(int argc, char **argv) {
    vm.stack = reserve(STACK_VALUES * sizeof(Value));
    vm.stack_limit = vm.stack + STACK_VALUES;
    vm.sp = vm.stack;
    vm.frames = reserve(MAX_FRAMES * sizeof(Frame));
    vm.frames_limit = vm.frames + MAX_FRAMES;
    vm.frame = vm.frames - 1; // no frame yet
    vm.exc = UNDEF_VAL;
    vm.handled = UNDEF_VAL;
    vm.recursion_limit = 1000;

    // Strings first: every other type interns its method names.
    vm.interned = dict_new();
    type_init(&type_type, NULL);
    type_init(&object_type, NULL);
    dict_init_type();
    str_init_type();
    tuple_init_type();
    list_init_type();
    slice_init_type();
    num_init_types();
    func_init_types();
    module_init_type();
    code_init_type();
    exc_init_types();
    iter_init_types();
    gen_init_type();
    file_init();

    vm.modules = dict_new();
    vm.builtins = dict_new();
    builtins_init(vm.builtins);
    class_init(vm.builtins);
    set_init(vm.builtins);
    bytes_init(vm.builtins);
    file_open_init(vm.builtins);
    // SIGINT raises KeyboardInterrupt from here on (SIGNALS.md section 2).
    signal_init();

    ListObj *args = list_new((size_t)argc);
    for (int i = 0; i < argc; i++) {
        list_append(args, OBJ_VAL(str_from_cstr(argv[i])));
    }
    vm.argv = OBJ_VAL(args);
}

void vm_finish(void) {
    // Memory is returned to the system at exit; nothing to do but flush,
    // which the caller does so it can report a failed flush.
}

Value vm_take_exc(void) {
    Value e = vm.exc;
    vm.exc = UNDEF_VAL;
    return e;
}

Value vm_run_module(CodeObj *code, DictObj *globals) {
    Frame *f = vm.frame + 1;
    Value *base = vm.sp;
    f->code = code;
    f->func = NULL;
    f->globals = globals;
    f->locals = NULL;
    f->ip = code->code;
    f->base = base + 1; // base[0] receives the result
    f->sp = f->base + code->nlocals;
    f->ret = base;
    f->is_entry = true;
    f->frame_obj = NULL;
    for (int i = 0; i < code->nlocals; i++) {
        f->base[i] = UNDEF_VAL;
    }
    vm.frame = f;
    Value saved = OBJ_VAL(code);
    base[0] = saved; // keeps the code object reachable while it runs
    vm.sp = f->sp;
    Value r = eval_run(f);
    vm.sp = base;
    return r;
}

void vm_mark_roots(void) {
    for (Frame *f = vm.frames; f <= vm.frame; f++) {
        gc_mark_obj((Obj *)f->code);
        gc_mark_obj((Obj *)f->func);
        gc_mark_obj((Obj *)f->globals);
        gc_mark_obj((Obj *)f->locals);
        gc_mark_obj(f->frame_obj);
        if (f->base < f->sp) {
            gc_mark_values(f->base, (size_t)(f->sp - f->base));
        }
        // The slot the result goes to (below the locals) may hold the callable.
        gc_mark_value(*f->ret);
    }
    gc_mark_value(vm.exc);
    gc_mark_value(vm.handled);
    gc_mark_obj((Obj *)vm.builtins);
    gc_mark_obj((Obj *)vm.modules);
    gc_mark_obj((Obj *)vm.interned);
    gc_mark_value(vm.argv);
}
