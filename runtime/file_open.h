// The open() builtin: checks its arguments as CPython's io.open does, opens
// the descriptor and wraps it in a text or binary file object (file.c).
#ifndef VM_RUNTIME_FILE_OPEN_H
#define VM_RUNTIME_FILE_OPEN_H

#include "vm/object.h"

// Stores `open` in builtins. Call after file_init.
void file_open_init(DictObj *builtins);

#endif
