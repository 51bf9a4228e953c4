// Binding arguments of native functions.
#include "runtime/args.h"

#include <limits.h>
#include <string.h>

#include "runtime/exc.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/type.h"

bool args_no_kw(const char *fname, TupleObj *kwnames) {
    if (kwnames && kwnames->len > 0) {
        exc_raise(&exc_TypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    return true;
}

bool args_none(const char *fname, int nargs, TupleObj *kwnames) {
    if (!args_no_kw(fname, kwnames)) {
        return false;
    }
    if (nargs != 0) {
        exc_raise(&exc_TypeError, "%s() takes no arguments (%d given)", fname, nargs);
        return false;
    }
    return true;
}

bool args_one(const char *fname, int nargs, TupleObj *kwnames) {
    if (!args_no_kw(fname, kwnames)) {
        return false;
    }
    if (nargs != 1) {
        exc_raise(&exc_TypeError, "%s() takes exactly one argument (%d given)", fname, nargs);
        return false;
    }
    return true;
}

bool args_count(const char *fname, int nargs, int min, int max) {
    if (nargs < min) {
        if (min == max) {
            exc_raise(&exc_TypeError, "%s expected %d argument%s, got %d", fname, min,
                      min == 1 ? "" : "s", nargs);
        } else {
            exc_raise(&exc_TypeError, "%s expected at least %d argument%s, got %d", fname, min,
                      min == 1 ? "" : "s", nargs);
        }
        return false;
    }
    if (nargs > max) {
        exc_raise(&exc_TypeError, "%s expected %s%d argument%s, got %d", fname,
                  min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

bool args_parse(const char *fname, Value *args, int nargs, TupleObj *kwnames,
                const char *const *params, int required, Value *out) {
    int nparams = 0;
    int npositional = 0;
    while (params[nparams]) {
        if (params[nparams][0] != '$') {
            npositional = nparams + 1;
        }
        nparams++;
    }
    for (int i = 0; i < nparams; i++) {
        out[i] = UNDEF_VAL;
    }
    // CPython checks the total first, then the positional part (which only
    // differs when there are keyword-only parameters).
    if (nargs > nparams) {
        exc_raise(&exc_TypeError, "%s() takes at most %d argument%s (%d given)", fname, nparams,
                  nparams == 1 ? "" : "s", nargs);
        return false;
    }
    if (nargs > npositional) {
        if (npositional == 0) {
            exc_raise(&exc_TypeError, "%s() takes no positional arguments", fname);
        } else {
            exc_raise(&exc_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                      required < npositional ? "at most" : "exactly", npositional,
                      npositional == 1 ? "" : "s", nargs);
        }
        return false;
    }
    for (int i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    int nkw = kwnames ? (int)kwnames->len : 0;
    for (int k = 0; k < nkw; k++) {
        StrObj *name = AS_STR(kwnames->items[k]);
        int found = -1;
        for (int i = 0; i < nparams; i++) {
            const char *p = params[i][0] == '$' ? params[i] + 1 : params[i];
            if (strcmp(p, name->data) == 0) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            exc_raise(&exc_TypeError, "'%s' is an invalid keyword argument for %s()", name->data,
                      fname);
            return false;
        }
        if (!IS_UNDEF(out[found])) {
            exc_raise(&exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                      fname, name->data, found + 1);
            return false;
        }
        out[found] = args[nargs + k];
    }
    for (int i = 0; i < required; i++) {
        if (IS_UNDEF(out[i])) {
            const char *p = params[i][0] == '$' ? params[i] + 1 : params[i];
            exc_raise(&exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, p,
                      i + 1);
            return false;
        }
    }
    return true;
}

bool args_int(Value v, int *out) {
    int64_t n;
    if (IS_OBJ(v) && v.o->type == &int_type) {
        // A boxed int is always beyond the int64 range.
        exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    if (!ops_index(v, &n)) {
        return false;
    }
    if (n < INT_MIN || n > INT_MAX) {
        exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = (int)n;
    return true;
}
