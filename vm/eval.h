// The eval loop: runs frames until the entry frame returns.
#ifndef VM_VM_EVAL_H
#define VM_VM_EVAL_H

#include "vm/frame.h"

// Runs from `entry` (already pushed on the frame stack) until it returns.
// Returns its result, or ERR_VAL with the exception pending in vm.exc.
Value eval_run(Frame *entry);

// From now on, counts every instruction started in vm.instructions and
// delivers the signals injected with signal_inject_before. false when this
// build cannot count (its loop is a switch, not computed goto).
bool eval_count_instructions(void);

// Pushes a frame for a call of fn with args laid out at `args` (which become
// its locals), binding keywords and defaults. `ret` is where the result
// will be stored. NULL with the exception pending when binding fails.
Frame *eval_push_frame(FuncObj *fn, Value *args, int nargs, TupleObj *kwnames, Value *ret);

// Runs a class body: calls fn with no arguments, its names stored into
// `locals` (LOAD_NAME/STORE_NAME). Returns None or ERR_VAL.
Value vm_call_body(FuncObj *fn, DictObj *locals);

// Runs whatever the eval breaker asks for (a collection, pending signal
// handlers). false when a handler raised.
bool eval_breaker_slow(void);

#endif
