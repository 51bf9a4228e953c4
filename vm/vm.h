// The interpreter state. There is one VM per process (signals are
// per-process too), so it is a global, `vm`. It owns the value stack, the
// frame stack, the eval breaker, the pending and the handled exception, and
// the tables every module looks things up in (builtins, modules, interned
// strings).
#ifndef VM_VM_VM_H
#define VM_VM_VM_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "vm/object.h"

typedef struct CodeObj CodeObj;
typedef struct FuncObj FuncObj;
typedef struct Frame Frame;

// Bits of the eval breaker. The eval loop polls the whole word at each check
// point; any bit set sends it to the slow path.
enum {
    EB_SIGNALS = 1 << 0, // a signal was tripped by the C handler
    EB_GC = 1 << 1,      // the allocator asks for a collection
};

typedef struct VM {
    // The eval breaker: written by the C signal handler, so it is atomic.
    _Atomic uint32_t eval_breaker;

    // Instructions started so far, counted only while signals are traced or
    // injected (eval_count_instructions); the C handler reads it.
    _Atomic uint64_t instructions;

    Value *stack;        // the value stack: locals and temporaries of all frames
    Value *stack_limit;  // one past the last usable slot
    Value *sp;           // top of the stack while native code runs
    Frame *frames;       // frames[0] is the bottom frame
    Frame *frames_limit;
    Frame *frame;        // the innermost frame, NULL before the first call

    Value exc;           // the pending exception (UNDEF_VAL when none)
    Value handled;       // the exception being handled by `except` (UNDEF_VAL: none)

    DictObj *builtins;   // the builtins module's dict
    DictObj *modules;    // imported modules by name
    DictObj *interned;   // every interned string, as key and value

    int recursion_limit;
    int native_depth;    // eval loops entered from C that are still running
    int c_depth;         // C recursion of repr/eq/... on nested containers

    Value argv;          // sys.argv as a list
} VM;

extern VM vm;

// How many eval loops may be nested through native code (each costs C stack).
#define VM_MAX_NATIVE_DEPTH 3000

// Sets up the heap, the built-in types and modules. argv becomes sys.argv.
void vm_init(int argc, char **argv);
// Flushes sys.stdout/sys.stderr and releases everything.
void vm_finish(void);

// Calls any callable with positional args (and optional keyword names, whose
// values follow the positional ones). Returns the result or ERR_VAL.
Value vm_call(Value callable, Value *args, int nargs, TupleObj *kwnames);

// Calls callable(self, *args, **kwargs): a method with its object in front.
Value vm_call_self(Value callable, Value self, Value *args, int nargs, TupleObj *kwnames);

// Runs a module's code object in `globals` and returns None or ERR_VAL.
Value vm_run_module(CodeObj *code, DictObj *globals);

// Whether an exception is pending, and taking it out (for the caller to handle).
static inline bool vm_has_exc(void) { return !IS_UNDEF(vm.exc); }
Value vm_take_exc(void);

// Marks every root for the collector.
void vm_mark_roots(void);

#endif
