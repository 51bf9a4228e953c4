// Generators: the lazy iterators that generator expressions make. A
// generator owns a saved copy of its frame's locals and stack; next() copies
// them back onto the VM stack, runs the frame until YIELD_VALUE (which saves
// them again) or until it returns (the generator is then exhausted).
#ifndef VM_RUNTIME_GEN_H
#define VM_RUNTIME_GEN_H

#include <stdbool.h>

#include "runtime/func.h"

typedef struct GenObj {
    Obj hdr;
    FuncObj *func;
    Value *saved;       // locals then stack, as they were at the last yield
    int nsaved;
    int capacity;       // room in `saved`: the code's locals plus its stack size
    uint32_t *ip;       // where to resume
    Obj *frame_obj;     // the frame object a signal handler saw, kept across yields
    bool started, running, finished, yielded;
} GenObj;

extern TypeObj gen_type;

void gen_init_type(void);
// A new, not yet started generator for a call of fn with these arguments.
Value gen_new(FuncObj *fn, const Value *args, int nargs);
// Called by YIELD_VALUE: saves the frame's state into the generator.
void gen_save(GenObj *g, const Value *base, int n, uint32_t *ip);

#endif
