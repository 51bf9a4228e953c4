// Frames: one per running call of a code object. Frames live in one array
// (vm.frames), so the caller of a frame is the one just below it, and a
// frame's locals and temporaries live in the shared value stack starting at
// `base`. Arguments are pushed by the caller exactly where the callee's
// locals begin, so a call copies nothing.
#ifndef VM_VM_FRAME_H
#define VM_VM_FRAME_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/dict.h"
#include "runtime/func.h"
#include "vm/code.h"
#include "vm/vm.h"

struct Frame {
    CodeObj *code;
    FuncObj *func;      // NULL for module code
    DictObj *globals;
    DictObj *locals;    // class bodies only: the namespace being built
    uint32_t *ip;       // the next instruction (saved while another frame runs)
    Value *base;        // first local slot
    Value *sp;          // top of this frame's stack (saved while another frame runs)
    Value *ret;         // where the caller wants the result
    bool is_entry;      // returning from this frame returns from vm_eval
    Obj *frame_obj;     // the Python-visible frame, made on demand
};

// The index of the instruction the frame is executing (or last executed).
static inline int frame_instr(const Frame *f) {
    int i = (int)(f->ip - f->code->code) - 1;
    return i < 0 ? 0 : i;
}

// The current line of the frame.
int frame_lineno(const Frame *f);

// The type of Python-visible frames (f_lineno, f_code, f_back, f_locals,
// f_globals), defined in frame.c.
extern TypeObj frame_type;

// The Python-visible frame object of f, or None when f is not a running
// frame. Made on first request and cached in f->frame_obj, together with
// those of its callers (f_back). Never raises.
Value frame_get_obj(Frame *f);

// For the eval loop, when a frame that has a frame object (f->frame_obj not
// NULL) returns or unwinds, with f->ip saved: the object keeps the frame's
// final line and locals (as CPython's does). Without this call it keeps
// those it saw at its last access while the call ran.
void frame_detach(Frame *f);

// For a generator being resumed in slot f: the frame object it had at its
// last yield becomes f's again, so a handler sees one object per generator.
void frame_attach(Frame *f, Obj *frame_obj);

#endif
