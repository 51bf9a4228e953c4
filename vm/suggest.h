// "Did you mean": the closest name to a misspelt one, found the way
// CPython 3.11 finds it for NameError and AttributeError messages (an edit
// distance where a change of case costs half a typo).
#ifndef VM_VM_SUGGEST_H
#define VM_VM_SUGGEST_H

#include <stddef.h>

#include "runtime/str.h"

// The best of `n` candidate names (str values; others are skipped) for
// `name`, or NULL when none is close enough.
StrObj *suggest_best(const StrObj *name, const Value *candidates, size_t n);

// The best suggestion for exception `exc` (a NameError or AttributeError
// carrying a `name`), or NULL.
StrObj *suggest_for_exception(Value exc);

#endif
