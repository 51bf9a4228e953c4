// The `signal` module as Python code sees it: constants, the Signals,
// Handlers and Sigmasks enums, and every function of CPython 3.11's module
// on Linux. The delivery machinery it sits on is vm/signal.c.
#ifndef VM_RUNTIME_MOD_SIGNAL_H
#define VM_RUNTIME_MOD_SIGNAL_H

#include "runtime/module.h"

// Makes the module (called by `import signal`, once).
ModuleObj *mod_signal_create(void);

#endif
