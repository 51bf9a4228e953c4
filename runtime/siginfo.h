// signal.struct_siginfo: the seven fields of a siginfo_t as a tuple subtype
// with named fields (CPython's structseq).
#ifndef VM_RUNTIME_SIGINFO_H
#define VM_RUNTIME_SIGINFO_H

#include <signal.h>

#include "vm/object.h"
#include "vm/value.h"

// The type object, set up on first use.
TypeObj *siginfo_type_get(void);

// A new struct_siginfo holding si's fields.
Value siginfo_from(const siginfo_t *si);

#endif
