// Argument parsing for native functions: binds positional and keyword
// arguments to a fixed list of parameters and raises CPython's TypeErrors.
#ifndef VM_RUNTIME_ARGS_H
#define VM_RUNTIME_ARGS_H

#include <stdbool.h>

#include "runtime/tuple.h"
#include "vm/object.h"

// Binds args (nargs positional, then one value per name in kwnames) to the
// parameters named in `params` (a NULL-terminated list; a name starting with
// '$' is keyword-only, without the '$'). The first `required` parameters
// must be given; missing optional ones are set to UNDEF_VAL. `fname` is the
// name used in messages ("split"). false with TypeError pending when the
// arguments do not fit.
bool args_parse(const char *fname, Value *args, int nargs, TupleObj *kwnames,
                const char *const *params, int required, Value *out);

// Raises "f() takes no keyword arguments" when kwnames is set; false then.
bool args_no_kw(const char *fname, TupleObj *kwnames);
// f() and f(x) with CPython's messages for functions that take no argument
// ("f() takes no arguments (1 given)") or exactly one ("f() takes exactly
// one argument (0 given)"), and no keywords. false when raised.
bool args_none(const char *fname, int nargs, TupleObj *kwnames);
bool args_one(const char *fname, int nargs, TupleObj *kwnames);
// Checks the positional count is within [min, max]; raises CPython's
// "f expected at most 2 arguments, got 3" style messages.
bool args_count(const char *fname, int nargs, int min, int max);
// Converts an int argument (a file descriptor, a signal number) to a C int:
// TypeError for a non-integer, OverflowError "Python int too large to convert
// to C int" out of range. false when raised.
bool args_int(Value v, int *out);

#endif
