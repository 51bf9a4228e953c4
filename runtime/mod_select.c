// The select module: select.select(rlist, wlist, xlist[, timeout]) over file
// descriptors or objects with a fileno() method, on top of select(2). The
// wait goes through blocking_call, so a signal handler that returns lets the
// wait resume with what is left of the timeout (PEP 475).
#include <errno.h>
#include <stdlib.h>
#include <sys/select.h>
#include <sys/syscall.h>

#include "runtime/args.h"
#include "runtime/blocking.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/signal.h"
#include "vm/vm.h"

ModuleObj *mod_select_create(void);

// One of the three arguments: the caller's objects and their descriptors.
typedef struct FdList {
    ListObj *objs;
    int *fds;
} FdList;

// The descriptor behind an int or an object with fileno(); -1 when raised.
static int fd_of(Value v) {
    int fd;
    if (!(IS_INT(v) || IS_BOOL(v) || (IS_OBJ(v) && v.o->type == &int_type))) {
        Value method = ops_getattr_opt(v, str_intern_cstr("fileno"));
        if (IS_UNDEF(method)) {
            exc_raise(&exc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        v = vm_call(method, NULL, 0, NULL);
        if (IS_ERR(v)) {
            return -1;
        }
        if (!(IS_INT(v) || IS_BOOL(v) || (IS_OBJ(v) && v.o->type == &int_type))) {
            exc_raise(&exc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    if (!args_int(v, &fd)) {
        return -1;
    }
    if (fd < 0) {
        exc_raise(&exc_ValueError, "file descriptor cannot be a negative integer (%d)", fd);
        return -1;
    }
    if (fd >= FD_SETSIZE) {
        exc_raise(&exc_ValueError, "filedescriptor out of range in select()");
        return -1;
    }
    return fd;
}

// Takes the items of one argument (any iterable, as CPython accepts) and
// adds their descriptors to `set`; false when raised.
static bool fill(FdList *l, Value arg, fd_set *set, int *nfds) {
    l->objs = list_new(0);
    if (!list_extend(l->objs, arg)) {
        if (exc_pending_matches(&exc_TypeError)) {
            vm_take_exc();
            exc_raise(&exc_TypeError, "arguments 1-3 must be sequences");
        }
        return false;
    }
    l->fds = malloc((l->objs->len + 1) * sizeof(int));
    for (size_t i = 0; i < l->objs->len; i++) {
        int fd = fd_of(l->objs->items[i]);
        if (fd < 0) {
            return false;
        }
        l->fds[i] = fd;
        FD_SET(fd, set);
        if (fd >= *nfds) {
            *nfds = fd + 1;
        }
    }
    return true;
}

// The objects of l whose descriptor is in `ready`, in their given order.
static ListObj *ready_list(FdList *l, fd_set *ready) {
    ListObj *out = list_new(0);
    for (size_t i = 0; i < l->objs->len; i++) {
        if (FD_ISSET(l->fds[i], ready)) {
            list_append(out, l->objs->items[i]);
        }
    }
    return out;
}

// What one attempt needs: select(2) overwrites its sets, so every retry
// starts again from the sets the caller asked for.
typedef struct SelectCall {
    int nfds;
    fd_set want[3];
    fd_set got[3];
} SelectCall;

static int64_t select_once(void *ctx, int64_t timeout_ns) {
    SelectCall *c = ctx;
    for (int i = 0; i < 3; i++) {
        c->got[i] = c->want[i];
    }
    // Rounded up to whole microseconds (select's unit), so a tiny timeout
    // still waits.
    struct timespec ts, *tsp = NULL;
    if (timeout_ns >= 0) {
        int64_t us = (timeout_ns + 999) / 1000;
        ts.tv_sec = us / 1000000;
        ts.tv_nsec = us % 1000000 * 1000;
        tsp = &ts;
    }
    // With a signal tripped already, a select that does not wait goes first.
    if (signal_cancels(false)) {
        struct timeval zero = {0, 0};
        int n = select(c->nfds, &c->got[0], &c->got[1], &c->got[2], &zero);
        if (n != 0 || timeout_ns == 0) {
            return n;
        }
        for (int i = 0; i < 3; i++) {
            c->got[i] = c->want[i];
        }
    }
    // Through signal_syscall (vm/signal.h): a signal that arrives just
    // before the wait still ends it. The kernel's pselect6 is select with a
    // timespec; its last argument (a signal mask to wait with) is not used.
    return signal_syscall(false, SYS_pselect6, c->nfds, (long)&c->got[0], (long)&c->got[1],
                          (long)&c->got[2], (long)tsp, 0);
}

static Value select_select(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("select.select", kw) || !args_count("select", nargs, 3, 4)) {
        return ERR_VAL;
    }
    int64_t timeout = -1;
    if (nargs == 4 && !IS_NONE(args[3])) {
        Value t = args[3];
        if (!(IS_FLOAT(t) || IS_INT(t) || IS_BOOL(t) || (IS_OBJ(t) && t.o->type == &int_type))) {
            return exc_raise(&exc_TypeError, "timeout must be a float or None");
        }
        if (!blocking_timeout_ns(t, ROUND_AWAY_FROM_ZERO, &timeout)) {
            return ERR_VAL;
        }
        if (timeout < 0) {
            return exc_raise(&exc_ValueError, "timeout must be non-negative");
        }
    }
    SelectCall call = {.nfds = 0};
    FdList lists[3] = {{0}};
    Value result = ERR_VAL;
    for (int i = 0; i < 3; i++) {
        FD_ZERO(&call.want[i]);
    }
    for (int i = 0; i < 3; i++) {
        if (!fill(&lists[i], args[i], &call.want[i], &call.nfds)) {
            goto done;
        }
    }
    int64_t n = blocking_call(select_once, &call, timeout);
    if (n < 0) {
        result = blocking_error(UNDEF_VAL);
        goto done;
    }
    if (n == 0) {
        // A timeout (or a deadline that passed while handlers ran): the sets
        // hold nothing useful.
        for (int i = 0; i < 3; i++) {
            FD_ZERO(&call.got[i]);
        }
    }
    Value out[3];
    for (int i = 0; i < 3; i++) {
        out[i] = OBJ_VAL(ready_list(&lists[i], &call.got[i]));
    }
    result = OBJ_VAL(tuple_from(out, 3));
done:
    for (int i = 0; i < 3; i++) {
        free(lists[i].fds);
    }
    return result;
}

static const MethodDef select_functions[] = {
    {"select", select_select},
    {NULL, NULL},
};

ModuleObj *mod_select_create(void) {
    ModuleObj *m = module_new("select");
    module_add_functions(m, select_functions);
    dict_set_cstr(m->dict, "error", OBJ_VAL(&exc_OSError));
    return m;
}
