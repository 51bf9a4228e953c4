// The signal module: what CPython 3.11 offers on Linux, with its return
// values and messages. CPython splits it into the C module _signal and the
// Python wrappers of signal.py (which turn ints into enum members and take
// keyword arguments); here both are native, and the wrapped functions
// (signal, getsignal, pthread_sigmask, sigpending, sigwait, valid_signals)
// bind their arguments and word their errors as Python functions do.
// Delivery itself (the C handler, the handler table, running handlers) is
// vm/signal.c.
#include "runtime/mod_signal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/blocking.h"
#include "runtime/class.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/intenum.h"
#include "runtime/ops.h"
#include "runtime/set.h"
#include "runtime/siginfo.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/signal.h"
#include "vm/vm.h"

#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal 424
#endif

static IntEnumClass *signals_enum, *handlers_enum, *sigmasks_enum;
static TypeObj itimer_error; // signal.ItimerError, a subclass of OSError

// ---- argument helpers -------------------------------------------------------------------

// Binds arguments the way a Python function `def fname(names...)` would.
static bool py_args(const char *fname, Value *args, int nargs, TupleObj *kw,
                    const char *const *names, int n, Value *out) {
    if (nargs > n) {
        exc_raise(&exc_TypeError, "%s() takes %d positional argument%s but %d %s given", fname, n,
                  n == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
        return false;
    }
    for (int i = 0; i < n; i++) {
        out[i] = i < nargs ? args[i] : UNDEF_VAL;
    }
    for (size_t k = 0; kw && k < kw->len; k++) {
        const char *key = AS_STR(kw->items[k])->data;
        int i = 0;
        while (i < n && strcmp(names[i], key) != 0) {
            i++;
        }
        if (i == n) {
            exc_raise(&exc_TypeError, "%s() got an unexpected keyword argument '%s'", fname, key);
            return false;
        }
        if (!IS_UNDEF(out[i])) {
            exc_raise(&exc_TypeError, "%s() got multiple values for argument '%s'", fname, key);
            return false;
        }
        out[i] = args[nargs + k];
    }
    int missing = 0;
    StrBuf b = {0};
    for (int i = 0; i < n; i++) {
        if (IS_UNDEF(out[i])) {
            missing++;
            strbuf_printf(&b, "%s'%s'", missing == 1 ? "" : " and ", names[i]);
        }
    }
    if (missing) {
        exc_raise(&exc_TypeError, "%s() missing %d required positional argument%s: %s", fname,
                  missing, missing == 1 ? "" : "s", b.data);
        strbuf_free(&b);
        return false;
    }
    return true;
}

// The `i` converter: an int (or anything with __index__) that fits a C int.
static bool to_int(Value v, int *out) {
    int64_t n;
    if (IS_OBJ(v) && v.o->type == &int_type) {
        n = INT64_MAX; // a boxed int is beyond int64 and so beyond int
    } else if (!ops_index(v, &n)) {
        return false;
    }
    if (n < INT_MIN || n > INT_MAX) {
        exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = (int)n;
    return true;
}

// A signal number in [1, NSIG).
static bool to_signum(Value v, int *out) {
    if (!to_int(v, out)) {
        return false;
    }
    if (*out < 1 || *out >= NSIG) {
        exc_raise(&exc_ValueError, "signal number out of range");
        return false;
    }
    return true;
}

// signal.py's _enum_to_int: int(v), or v itself when int() refuses it.
static Value enum_to_int(Value v) {
    if (IS_INT(v)) {
        return v;
    }
    Value r = vm_call(OBJ_VAL(&int_type), &v, 1, NULL);
    if (IS_ERR(r) &&
        (exc_pending_matches(&exc_ValueError) || exc_pending_matches(&exc_TypeError))) {
        vm_take_exc();
        return v;
    }
    return r;
}

static bool is_callable(Value v) {
    if (!IS_OBJ(v)) {
        return false;
    }
    TypeObj *t = v.o->type;
    if (t->call || t == &type_type || t == &func_type || t == &native_type || t == &method_type) {
        return true;
    }
    return class_is_heap(t) && !IS_UNDEF(type_lookup(t, str_intern_cstr("__call__")));
}

static struct timeval ns_to_timeval(int64_t ns) {
    int64_t sec = ns / 1000000000, rem = ns % 1000000000;
    if (rem < 0) {
        rem += 1000000000;
        sec--;
    }
    int64_t usec = (rem + 999) / 1000; // rounded up
    if (usec == 1000000) {
        sec++;
        usec = 0;
    }
    return (struct timeval){.tv_sec = (time_t)sec, .tv_usec = (suseconds_t)usec};
}

// An iterable of signal numbers as a sigset_t (CPython's sigset converter).
static bool to_sigset(Value v, sigset_t *set) {
    Value it = ops_iter(v);
    if (IS_ERR(it)) {
        return false;
    }
    sigemptyset(set);
    for (;;) {
        Value item = ops_next(it);
        if (IS_UNDEF(item)) {
            return !vm_has_exc();
        }
        if (IS_ERR(item)) {
            return false;
        }
        int64_t n;
        if (IS_OBJ(item) && item.o->type == &int_type) {
            n = -1; // CPython reports an overflowing number as -1
        } else if (!ops_index(item, &n)) {
            return false;
        }
        if (n <= 0 || n >= NSIG) {
            exc_raise(&exc_ValueError, "signal number %lld out of range [1; %d]", (long long)n,
                      NSIG - 1);
            return false;
        }
        if (sigaddset(set, (int)n) != 0) {
            // glibc keeps 32 and 33 for itself; range(1, NSIG) is still allowed.
            const char *file = "sys";
            int line = 1;
            if (vm.frame >= vm.frames) {
                file = vm.frame->code->filename->data;
                line = frame_lineno(vm.frame);
            }
            fprintf(stderr,
                    "%s:%d: RuntimeWarning: invalid signal number %lld, please use "
                    "valid_signals()\n",
                    file, line, (long long)n);
        }
    }
}

// A sigset_t as a set of Signals members (plain ints for unnamed numbers).
static Value from_sigset(const sigset_t *set) {
    SetObj *s = set_new(&set_type);
    for (int i = 1; i < NSIG; i++) {
        if (sigismember(set, i) == 1) {
            set_add(s, intenum_or_int(signals_enum, INT_VAL(i)));
        }
    }
    return OBJ_VAL(s);
}

static Value raise_itimer_error(int err) {
    Value args[2] = {INT_VAL(err), OBJ_VAL(str_from_cstr(strerror(err)))};
    Value e = exc_call_type(&itimer_error, args, 2, NULL);
    return IS_ERR(e) ? e : exc_raise_value(e);
}

static Value handler_value(Value h) {
    return IS_INT(h) ? intenum_or_int(handlers_enum, h) : h;
}

// ---- handlers -----------------------------------------------------------------------------

// signal(signalnum, handler): installs a handler, returns the previous one.
static Value sig_signal(Value *args, int nargs, TupleObj *kw) {
    static const char *const names[] = {"signalnum", "handler"};
    Value a[2];
    int signum;
    if (!py_args("signal", args, nargs, kw, names, 2, a)) {
        return ERR_VAL;
    }
    Value num = enum_to_int(a[0]), handler = enum_to_int(a[1]);
    if (IS_ERR(num) || IS_ERR(handler) || !to_int(num, &signum)) {
        return ERR_VAL;
    }
    if (!signal_is_main_thread()) {
        return exc_raise(&exc_ValueError,
                         "signal only works in main thread of the main interpreter");
    }
    if (signum < 1 || signum >= NSIG) {
        return exc_raise(&exc_ValueError, "signal number out of range");
    }
    if (!is_callable(handler)) {
        if (!IS_INT(handler) || (handler.i != 0 && handler.i != 1)) {
            return exc_raise(&exc_TypeError, "signal handler must be signal.SIG_IGN, "
                                             "signal.SIG_DFL, or a callable object");
        }
    }
    // Signals that arrived under the old handler are handled by it.
    Value old;
    if (!signal_run_pending() || !signal_set_handler(signum, handler, &old)) {
        return ERR_VAL;
    }
    return handler_value(old);
}

static Value sig_getsignal(Value *args, int nargs, TupleObj *kw) {
    static const char *const names[] = {"signalnum"};
    Value a[1];
    int signum;
    if (!py_args("getsignal", args, nargs, kw, names, 1, a) || !to_signum(a[0], &signum)) {
        return ERR_VAL;
    }
    return handler_value(signal_get_handler(signum));
}

static Value sig_strsignal(Value *args, int nargs, TupleObj *kw) {
    int signum;
    if (!args_one("_signal.strsignal", nargs, kw) || !to_signum(args[0], &signum)) {
        return ERR_VAL;
    }
    const char *s = strsignal(signum);
    if (!s || strstr(s, "Unknown signal")) {
        return NONE_VAL;
    }
    return OBJ_VAL(str_from_cstr(s));
}

static Value sig_valid_signals(Value *args, int nargs, TupleObj *kw) {
    sigset_t set;
    if (!py_args("valid_signals", args, nargs, kw, NULL, 0, NULL)) {
        return ERR_VAL;
    }
    sigfillset(&set);
    return from_sigset(&set);
}

static Value sig_raise_signal(Value *args, int nargs, TupleObj *kw) {
    int signum;
    if (!args_one("_signal.raise_signal", nargs, kw) || !to_int(args[0], &signum)) {
        return ERR_VAL;
    }
    if (raise(signum) != 0) {
        return exc_raise_errno(errno, NULL);
    }
    // The handler runs before raise_signal returns, as in CPython.
    return signal_run_pending() ? NONE_VAL : ERR_VAL;
}

// ---- waiting ------------------------------------------------------------------------------

static Value sig_pause(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    if (!args_no_kw("_signal.pause", kw)) {
        return ERR_VAL;
    }
    if (nargs != 0) {
        return exc_raise(&exc_TypeError, "_signal.pause() takes no arguments (%d given)", nargs);
    }
    signal_sleep(-1);
    return signal_run_pending() ? NONE_VAL : ERR_VAL;
}

static Value sig_sigpending(Value *args, int nargs, TupleObj *kw) {
    sigset_t set;
    if (!py_args("sigpending", args, nargs, kw, NULL, 0, NULL)) {
        return ERR_VAL;
    }
    if (sigpending(&set) != 0) {
        return exc_raise_errno(errno, NULL);
    }
    return from_sigset(&set);
}

static Value sig_sigwait(Value *args, int nargs, TupleObj *kw) {
    static const char *const names[] = {"sigset"};
    Value a[1];
    sigset_t set;
    int signum;
    if (!py_args("sigwait", args, nargs, kw, names, 1, a) || !to_sigset(a[0], &set)) {
        return ERR_VAL;
    }
    int err = sigwait(&set, &signum);
    if (err != 0) {
        return exc_raise_errno(err, NULL);
    }
    return intenum_or_int(signals_enum, INT_VAL(signum));
}

// One attempt of sigwaitinfo/sigtimedwait through blocking_call (PEP 475: a
// handled signal interrupting the wait runs its handler, then the wait
// resumes with what is left of the timeout).
typedef struct SigwaitCall {
    sigset_t set;
    siginfo_t info;
} SigwaitCall;

static int64_t sigwait_once(void *ctx, int64_t timeout_ns) {
    SigwaitCall *c = ctx;
    return signal_timedwait(&c->set, &c->info, timeout_ns);
}

static Value sig_sigwaitinfo(Value *args, int nargs, TupleObj *kw) {
    SigwaitCall c;
    if (!args_one("_signal.sigwaitinfo", nargs, kw) || !to_sigset(args[0], &c.set)) {
        return ERR_VAL;
    }
    if (blocking_call(sigwait_once, &c, -1) < 0) {
        return blocking_error(UNDEF_VAL);
    }
    return siginfo_from(&c.info);
}

static Value sig_sigtimedwait(Value *args, int nargs, TupleObj *kw) {
    SigwaitCall c;
    int64_t timeout;
    if (!args_no_kw("_signal.sigtimedwait", kw) || !args_count("sigtimedwait", nargs, 2, 2) ||
        !to_sigset(args[0], &c.set) || !blocking_timeout_ns(args[1], ROUND_CEILING, &timeout)) {
        return ERR_VAL;
    }
    if (timeout < 0) {
        return exc_raise(&exc_ValueError, "timeout must be non-negative");
    }
    int64_t r = blocking_call(sigwait_once, &c, timeout);
    if (r > 0) {
        return siginfo_from(&c.info);
    }
    if (r == 0 || errno == EAGAIN) {
        return NONE_VAL; // the timeout passed
    }
    return blocking_error(UNDEF_VAL);
}

// ---- masks and delivery -------------------------------------------------------------------

static Value sig_pthread_sigmask(Value *args, int nargs, TupleObj *kw) {
    static const char *const names[] = {"how", "mask"};
    Value a[2];
    int how;
    sigset_t set, previous;
    if (!py_args("pthread_sigmask", args, nargs, kw, names, 2, a) || !to_int(a[0], &how) ||
        !to_sigset(a[1], &set)) {
        return ERR_VAL;
    }
    int err = pthread_sigmask(how, &set, &previous);
    if (err != 0) {
        return exc_raise_errno(err, NULL);
    }
    // Signals just unblocked were delivered: their handlers run now.
    if (!signal_run_pending()) {
        return ERR_VAL;
    }
    return from_sigset(&previous);
}

static Value sig_pthread_kill(Value *args, int nargs, TupleObj *kw) {
    int signum;
    if (!args_no_kw("_signal.pthread_kill", kw) || !args_count("pthread_kill", nargs, 2, 2)) {
        return ERR_VAL;
    }
    // The `k` converter: any int, taken modulo 2**64.
    Value tid = args[0];
    unsigned long id;
    if (IS_INT(tid) || IS_BOOL(tid) || intenum_is(tid)) {
        int64_t n;
        ops_index(tid, &n);
        id = (unsigned long)n;
    } else if (IS_OBJ(tid) && tid.o->type == &int_type) {
        return exc_raise(&exc_OverflowError, "Python int too large to convert to C unsigned long");
    } else {
        return exc_raise(&exc_TypeError, "pthread_kill() argument 1 must be int, not %s",
                         type_name(tid));
    }
    if (!to_int(args[1], &signum)) {
        return ERR_VAL;
    }
    int err = pthread_kill((pthread_t)id, signum);
    if (err != 0) {
        return exc_raise_errno(err, NULL);
    }
    return signal_run_pending() ? NONE_VAL : ERR_VAL;
}

static Value sig_pidfd_send_signal(Value *args, int nargs, TupleObj *kw) {
    int pidfd, signum, flags = 0;
    if (!args_no_kw("_signal.pidfd_send_signal", kw) ||
        !args_count("pidfd_send_signal", nargs, 2, 4) || !to_int(args[0], &pidfd) ||
        !to_int(args[1], &signum) || (nargs > 3 && !to_int(args[3], &flags))) {
        return ERR_VAL;
    }
    if (nargs > 2 && !IS_NONE(args[2])) {
        return exc_raise(&exc_TypeError, "siginfo must be None");
    }
    if (syscall(SYS_pidfd_send_signal, pidfd, signum, NULL, flags) < 0) {
        return exc_raise_errno(errno, NULL);
    }
    return NONE_VAL;
}

static Value sig_siginterrupt(Value *args, int nargs, TupleObj *kw) {
    int signum, flag;
    if (!args_no_kw("_signal.siginterrupt", kw) || !args_count("siginterrupt", nargs, 2, 2) ||
        !to_int(args[0], &signum) || !to_int(args[1], &flag)) {
        return ERR_VAL;
    }
    if (signum < 1 || signum >= NSIG) {
        return exc_raise(&exc_ValueError, "signal number out of range");
    }
    // Only SA_RESTART changes: whether the interrupted system call resumes.
    if (!signal_set_restart(signum, !flag)) {
        return exc_raise_errno(errno, NULL);
    }
    return NONE_VAL;
}

static Value sig_set_wakeup_fd(Value *args, int nargs, TupleObj *kw) {
    bool warn = true;
    int fd;
    if (nargs != 1) {
        return exc_raise(&exc_TypeError,
                         "set_wakeup_fd() takes %s 1 positional argument (%d given)",
                         nargs ? "at most" : "exactly", nargs);
    }
    for (size_t k = 0; kw && k < kw->len; k++) {
        const char *key = AS_STR(kw->items[k])->data;
        if (strcmp(key, "warn_on_full_buffer") != 0) {
            return exc_raise(&exc_TypeError,
                             "'%s' is an invalid keyword argument for set_wakeup_fd()", key);
        }
        int t = ops_truthy(args[nargs + k]);
        if (t < 0) {
            return ERR_VAL;
        }
        warn = t;
    }
    // fd goes through the old `i` format, which words overflow its own way.
    int64_t n;
    if (IS_OBJ(args[0]) && args[0].o->type == &int_type) {
        return exc_raise(&exc_OverflowError, "Python int too large to convert to C long");
    }
    if (!ops_index(args[0], &n)) {
        return ERR_VAL;
    }
    if (n > INT_MAX || n < INT_MIN) {
        return exc_raise(&exc_OverflowError, "signed integer is %s",
                         n > 0 ? "greater than maximum" : "less than minimum");
    }
    fd = (int)n;
    if (!signal_is_main_thread()) {
        return exc_raise(&exc_ValueError,
                         "set_wakeup_fd only works in main thread of the main interpreter");
    }
    if (fd != -1) {
        struct stat st;
        if (fstat(fd, &st) != 0) {
            return exc_raise_errno(errno, NULL);
        }
        int fl = fcntl(fd, F_GETFL);
        if (fl < 0) {
            return exc_raise_errno(errno, NULL);
        }
        if (!(fl & O_NONBLOCK)) {
            return exc_raise(&exc_ValueError, "the fd %d must be in non-blocking mode", fd);
        }
    }
    return INT_VAL(signal_set_wakeup_fd(fd, warn));
}

// ---- timers ------------------------------------------------------------------------------

static Value sig_alarm(Value *args, int nargs, TupleObj *kw) {
    int seconds;
    if (!args_one("_signal.alarm", nargs, kw) || !to_int(args[0], &seconds)) {
        return ERR_VAL;
    }
    return INT_VAL(alarm((unsigned)seconds));
}

static Value timer_tuple(const struct itimerval *v) {
    Value t[2] = {
        FLOAT_VAL((double)v->it_value.tv_sec + (double)v->it_value.tv_usec / 1000000.0),
        FLOAT_VAL((double)v->it_interval.tv_sec + (double)v->it_interval.tv_usec / 1000000.0),
    };
    return OBJ_VAL(tuple_from(t, 2));
}

static Value sig_setitimer(Value *args, int nargs, TupleObj *kw) {
    int which;
    int64_t value, interval = 0;
    if (!args_no_kw("_signal.setitimer", kw) || !args_count("setitimer", nargs, 2, 3) ||
        !to_int(args[0], &which) || !blocking_timeout_ns(args[1], ROUND_CEILING, &value) ||
        (nargs > 2 && !blocking_timeout_ns(args[2], ROUND_CEILING, &interval))) {
        return ERR_VAL;
    }
    struct itimerval nv = {.it_interval = ns_to_timeval(interval),
                           .it_value = ns_to_timeval(value)};
    struct itimerval old;
    if (setitimer(which, &nv, &old) != 0) {
        return raise_itimer_error(errno);
    }
    return timer_tuple(&old);
}

static Value sig_getitimer(Value *args, int nargs, TupleObj *kw) {
    int which;
    struct itimerval old;
    if (!args_one("_signal.getitimer", nargs, kw) || !to_int(args[0], &which)) {
        return ERR_VAL;
    }
    if (getitimer(which, &old) != 0) {
        return raise_itimer_error(errno);
    }
    return timer_tuple(&old);
}

// ---- the module ------------------------------------------------------------------------------

static const MethodDef signal_functions[] = {
    {"signal", sig_signal},
    {"getsignal", sig_getsignal},
    {"strsignal", sig_strsignal},
    {"valid_signals", sig_valid_signals},
    {"raise_signal", sig_raise_signal},
    {"alarm", sig_alarm},
    {"pause", sig_pause},
    {"setitimer", sig_setitimer},
    {"getitimer", sig_getitimer},
    {"set_wakeup_fd", sig_set_wakeup_fd},
    {"siginterrupt", sig_siginterrupt},
    {"pthread_kill", sig_pthread_kill},
    {"pthread_sigmask", sig_pthread_sigmask},
    {"sigpending", sig_sigpending},
    {"sigwait", sig_sigwait},
    {"sigwaitinfo", sig_sigwaitinfo},
    {"sigtimedwait", sig_sigtimedwait},
    {"pidfd_send_signal", sig_pidfd_send_signal},
    {NULL, NULL},
};

typedef struct NamedInt {
    const char *name;
    int value;
} NamedInt;

// Every signal name Linux defines, sorted by value and then name as
// CPython's enum conversion sorts them, so the first of equal values is the
// canonical member and the others (SIGIOT, SIGCLD, SIGPOLL) are aliases.
static const NamedInt signal_names[] = {
    {"SIGHUP", SIGHUP},       {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},
    {"SIGILL", SIGILL},       {"SIGTRAP", SIGTRAP},     {"SIGABRT", SIGABRT},
    {"SIGIOT", SIGIOT},       {"SIGBUS", SIGBUS},       {"SIGFPE", SIGFPE},
    {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1},     {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2},     {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},
    {"SIGTERM", SIGTERM},     {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD},
    {"SIGCLD", SIGCHLD},      {"SIGCONT", SIGCONT},     {"SIGSTOP", SIGSTOP},
    {"SIGTSTP", SIGTSTP},     {"SIGTTIN", SIGTTIN},     {"SIGTTOU", SIGTTOU},
    {"SIGURG", SIGURG},       {"SIGXCPU", SIGXCPU},     {"SIGXFSZ", SIGXFSZ},
    {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},     {"SIGWINCH", SIGWINCH},
    {"SIGIO", SIGIO},         {"SIGPOLL", SIGPOLL},     {"SIGPWR", SIGPWR},
    {"SIGSYS", SIGSYS},
};

static void make_types(void) {
    signals_enum = intenum_new_class("Signals", "signal");
    for (size_t i = 0; i < sizeof signal_names / sizeof signal_names[0]; i++) {
        intenum_add(signals_enum, signal_names[i].name, signal_names[i].value);
    }
    intenum_add(signals_enum, "SIGRTMIN", SIGRTMIN);
    intenum_add(signals_enum, "SIGRTMAX", SIGRTMAX);
    handlers_enum = intenum_new_class("Handlers", "signal");
    intenum_add(handlers_enum, "SIG_DFL", 0);
    intenum_add(handlers_enum, "SIG_IGN", 1);
    sigmasks_enum = intenum_new_class("Sigmasks", "signal");
    intenum_add(sigmasks_enum, "SIG_BLOCK", SIG_BLOCK);
    intenum_add(sigmasks_enum, "SIG_UNBLOCK", SIG_UNBLOCK);
    intenum_add(sigmasks_enum, "SIG_SETMASK", SIG_SETMASK);

    // ItimerError is OSError's twin under CPython's old name.
    exc_init_subtype(&itimer_error, &exc_OSError, "signal.itimer_error");
}

// Copies an enum class's members (aliases included) into the module.
static void export_members(DictObj *d, IntEnumClass *c) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(c->type.dict, &pos, &k, &v)) {
        if (intenum_is(v)) {
            dict_set(d, k, v);
        }
    }
}

ModuleObj *mod_signal_create(void) {
    if (!signals_enum) {
        make_types();
    }
    ModuleObj *m = module_new("signal");
    module_add_functions(m, signal_functions);
    DictObj *d = m->dict;
    dict_set_cstr(d, "default_int_handler", signal_default_int_handler());
    dict_set_cstr(d, "Signals", OBJ_VAL(signals_enum));
    dict_set_cstr(d, "Handlers", OBJ_VAL(handlers_enum));
    dict_set_cstr(d, "Sigmasks", OBJ_VAL(sigmasks_enum));
    export_members(d, signals_enum);
    export_members(d, handlers_enum);
    export_members(d, sigmasks_enum);
    dict_set_cstr(d, "NSIG", INT_VAL(NSIG));
    dict_set_cstr(d, "ITIMER_REAL", INT_VAL(ITIMER_REAL));
    dict_set_cstr(d, "ITIMER_VIRTUAL", INT_VAL(ITIMER_VIRTUAL));
    dict_set_cstr(d, "ITIMER_PROF", INT_VAL(ITIMER_PROF));
    dict_set_cstr(d, "ItimerError", OBJ_VAL(&itimer_error));
    dict_set_cstr(d, "struct_siginfo", OBJ_VAL(siginfo_type_get()));
    return m;
}
