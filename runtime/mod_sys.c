// The sys module: the script's arguments, the standard files, exit, the
// recursion limit and a few constants describing the interpreter. The module
// is made on first import (see module.c); the standard files themselves
// belong to file.c, and the recursion limit is enforced by the eval loop.
#include <limits.h>

#include "runtime/args.h"
#include "runtime/exc.h"
#include "runtime/file.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/frame.h"
#include "vm/vm.h"

ModuleObj *mod_sys_create(void);

// sys.exit([code]): raises SystemExit; the code (or message) is its argument.
static Value sys_exit(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("sys.exit", kw) || !args_count("exit", nargs, 0, 1)) {
        return ERR_VAL;
    }
    return exc_raise_value(exc_new(&exc_SystemExit, args, nargs));
}

static Value sys_getrecursionlimit(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    if (!args_no_kw("sys.getrecursionlimit", kw)) {
        return ERR_VAL;
    }
    if (nargs != 0) {
        return exc_raise(&exc_TypeError, "sys.getrecursionlimit() takes no arguments (%d given)",
                         nargs);
    }
    return INT_VAL(vm.recursion_limit);
}

static Value sys_setrecursionlimit(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("sys.setrecursionlimit", kw)) {
        return ERR_VAL;
    }
    if (nargs != 1) {
        return exc_raise(&exc_TypeError,
                         "sys.setrecursionlimit() takes exactly one argument (%d given)", nargs);
    }
    int64_t n;
    if (!ops_index(args[0], &n)) {
        return ERR_VAL;
    }
    if (n > INT_MAX || n < INT_MIN) {
        return exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
    }
    if (n < 1) {
        return exc_raise(&exc_ValueError, "recursion limit must be greater or equal than 1");
    }
    // CPython counts this call itself as one level on top of the Python frames.
    int depth = (int)(vm.frame - vm.frames) + 2;
    if (depth >= n) {
        return exc_raise(&exc_RecursionError,
                         "cannot set the recursion limit to %d at the recursion depth %d: the "
                         "limit is too low",
                         (int)n, depth);
    }
    vm.recursion_limit = (int)n;
    return NONE_VAL;
}

static Value sys_getdefaultencoding(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    if (!args_no_kw("sys.getdefaultencoding", kw)) {
        return ERR_VAL;
    }
    if (nargs != 0) {
        return exc_raise(&exc_TypeError, "sys.getdefaultencoding() takes no arguments (%d given)",
                         nargs);
    }
    return OBJ_VAL(str_intern_cstr("utf-8"));
}

static const MethodDef sys_functions[] = {
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"getdefaultencoding", sys_getdefaultencoding},
    {NULL, NULL},
};

static void set_str(ModuleObj *m, const char *name, const char *value) {
    dict_set_cstr(m->dict, name, OBJ_VAL(str_from_cstr(value)));
}

ModuleObj *mod_sys_create(void) {
    ModuleObj *m = module_new("sys");
    module_add_functions(m, sys_functions);
    DictObj *d = m->dict;
    dict_set_cstr(d, "argv", vm.argv);
    dict_set_cstr(d, "stdin", OBJ_VAL(file_stdin()));
    dict_set_cstr(d, "stdout", OBJ_VAL(file_stdout()));
    dict_set_cstr(d, "stderr", OBJ_VAL(file_stderr()));
    dict_set_cstr(d, "__stdin__", OBJ_VAL(file_stdin()));
    dict_set_cstr(d, "__stdout__", OBJ_VAL(file_stdout()));
    dict_set_cstr(d, "__stderr__", OBJ_VAL(file_stderr()));
    set_str(m, "platform", "linux");
    set_str(m, "byteorder", "little");
    set_str(m, "executable", "");
    set_str(m, "version", "3.11.7 (vm, bytecode VM for a Python subset) [GCC]");
    Value info[5] = {INT_VAL(3), INT_VAL(11), INT_VAL(7), OBJ_VAL(str_from_cstr("final")),
                     INT_VAL(0)};
    dict_set_cstr(d, "version_info", OBJ_VAL(tuple_from(info, 5)));
    dict_set_cstr(d, "hexversion", INT_VAL(0x030B07F0));
    dict_set_cstr(d, "maxsize", INT_VAL(INT64_MAX));
    dict_set_cstr(d, "path", OBJ_VAL(list_new(0)));
    dict_set_cstr(d, "modules", OBJ_VAL(vm.modules));
    return m;
}
