// The builtins namespace: the built-in functions (print, len, min, ...) and
// the built-in types and exception classes under their Python names.
#ifndef VM_RUNTIME_BUILTINS_H
#define VM_RUNTIME_BUILTINS_H

#include "vm/object.h"

// Fills `builtins` with every built-in name. Call once, after all types are
// initialised (their type objects are stored as they are).
void builtins_init(DictObj *builtins);

#endif
