// The faulthandler module (CPython 3.11's, without threads and register()):
// on a fatal signal (SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL) it prints the
// script's traceback and then lets the process die of that signal as it
// would have without it; dump_traceback() prints the traceback now, and
// dump_traceback_later() from a watchdog thread when a timeout expires.
// The text comes from vm/stackdump.c (async-signal-safe); this file owns the
// dispositions of the fatal signals, the watchdog thread and the functions
// Python code calls. As in CPython, faulthandler and the signal module both
// call sigaction and neither knows of the other: signal.signal(SIGSEGV, h)
// after enable() replaces faulthandler's handler, and disable() puts back
// what was there before enable().
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/bigint.h"
#include "runtime/blocking.h"
#include "runtime/exc.h"
#include "runtime/intenum.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "vm/gc.h"
#include "vm/signal.h"
#include "vm/stackdump.h"
#include "vm/vm.h"

ModuleObj *mod_faulthandler_create(void);

// The fatal signal's handler reads these; they must be lock-free (a lock
// taken by the interrupted code would deadlock the handler).
_Static_assert(ATOMIC_BOOL_LOCK_FREE == 2, "atomic bool must be lock-free");
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "atomic int must be lock-free");

// pthread_self() of the main thread, the one thread running Python code,
// as the thread headers print it. Set at import, which runs on that thread.
static unsigned long main_thread_id;

// The file objects whose descriptors the dumps write to, kept alive as
// CPython keeps them: [0] enable()'s, [1] dump_traceback_later()'s.
static ListObj *files;

// ---- the fatal signals ---------------------------------------------------------------------

typedef struct FatalSignal {
    int signum;
    const char *name;          // as "Fatal Python error: <name>" says it
    _Atomic bool enabled;      // our handler is installed, `previous` is what it replaced
    struct sigaction previous;
} FatalSignal;

// CPython's list and order.
static FatalSignal fatal_signals[] = {
    {.signum = SIGBUS, .name = "Bus error"},
    {.signum = SIGILL, .name = "Illegal instruction"},
    {.signum = SIGFPE, .name = "Floating point exception"},
    {.signum = SIGABRT, .name = "Aborted"},
    {.signum = SIGSEGV, .name = "Segmentation fault"},
};
#define N_FATAL (sizeof fatal_signals / sizeof fatal_signals[0])

static _Atomic bool fatal_enabled;        // enable() was called, disable() was not
static _Atomic int fatal_fd = 2;          // where the handler writes
static _Atomic bool fatal_all_threads = true;
static _Atomic bool fatal_dumping;        // a dump in progress (a second fatal signal skips it)

// Whether the caller is the main thread. gettid and getpid are plain system
// calls (async-signal-safe); the main thread's id is the process id.
static bool on_main_thread(void) {
    return (pid_t)syscall(SYS_gettid) == getpid();
}

// The traceback part of a fatal error report, as CPython writes it: every
// thread under its header, or the faulting thread's stack alone (nothing
// when that thread does not run Python code, as the watchdog does not).
static void dump_fatal(int fd) {
    bool current = on_main_thread();
    if (atomic_load_explicit(&fatal_all_threads, memory_order_relaxed)) {
        stackdump_threads(fd, main_thread_id, current);
    } else if (current) {
        stackdump_traceback(fd, true);
    }
}

// The one C handler of the five fatal signals. Every step is
// async-signal-safe; the comments say why.
static void on_fatal_signal(int signum) {
    // errno belongs to the interrupted code; write() below may change it.
    int saved_errno = errno;
    // A lock-free atomic load. disable() clears it before it restores the
    // old handlers: returning re-runs the faulting instruction, which then
    // meets the restored handler.
    if (!atomic_load_explicit(&fatal_enabled, memory_order_relaxed)) {
        return;
    }
    // A bounded loop over a static table, reading constants.
    FatalSignal *fs = NULL;
    for (size_t i = 0; i < N_FATAL; i++) {
        if (fatal_signals[i].signum == signum) {
            fs = &fatal_signals[i];
        }
    }
    // Comparing a local.
    if (!fs) {
        return;
    }
    // A lock-free atomic store, then sigaction (on POSIX's list of
    // async-signal-safe functions) with the disposition saved by enable():
    // the re-raise below goes to it.
    atomic_store_explicit(&fs->enabled, false, memory_order_relaxed);
    sigaction(signum, &fs->previous, NULL);
    // A lock-free atomic load of a plain int.
    int fd = atomic_load_explicit(&fatal_fd, memory_order_relaxed);
    // A lock-free exchange: a fatal signal taken during a dump (another
    // thread's, or a second one here) does not start a second dump.
    if (!atomic_exchange_explicit(&fatal_dumping, true, memory_order_acquire)) {
        // write() only, from string constants (see stackdump.h).
        stackdump_puts(fd, "Fatal Python error: ");
        stackdump_puts(fd, fs->name);
        stackdump_puts(fd, "\n\n");
        // write(), process_vm_readv() and reads of the frame stack that
        // cannot fault (see vm/stackdump.c).
        dump_fatal(fd);
        // A lock-free atomic store.
        atomic_store_explicit(&fatal_dumping, false, memory_order_release);
    }
    // The previous handler finds errno as the fault left it.
    errno = saved_errno;
    // raise() is async-signal-safe. SA_NODEFER leaves the signal unblocked
    // here, so with SIG_DFL restored the process dies of it now, as it would
    // have without faulthandler. A script handler restored instead only
    // trips its flag and returns; after a real fault the instruction then
    // faults again, forever, exactly as in CPython.
    raise(signum);
}

// Restores the disposition our handler replaced (main thread).
static void restore_previous(FatalSignal *fs) {
    if (atomic_exchange_explicit(&fs->enabled, false, memory_order_relaxed)) {
        sigaction(fs->signum, &fs->previous, NULL);
    }
}

// The handler runs on an alternate stack, so that a fault caused by a
// C stack overflow can still be reported. One set up by someone else (the
// sanitizers make their own) is kept.
static bool ensure_alt_stack(void) {
    static void *alt_stack;
    stack_t cur;
    if (alt_stack || (sigaltstack(NULL, &cur) == 0 && !(cur.ss_flags & SS_DISABLE))) {
        return true;
    }
    size_t size = (size_t)SIGSTKSZ + 64 * 1024;
    void *p = malloc(size);
    stack_t ss = {.ss_sp = p, .ss_flags = 0, .ss_size = size};
    if (!p || sigaltstack(&ss, NULL) < 0) {
        free(p);
        exc_raise_errno(p ? errno : ENOMEM, NULL);
        return false;
    }
    alt_stack = p;
    return true;
}

// Installs the handler for the five signals, once (CPython's
// faulthandler_enable: a second enable() only changes file and all_threads).
static bool install_fatal(void) {
    if (atomic_load(&fatal_enabled)) {
        return true;
    }
    atomic_store(&fatal_enabled, true);
    if (!ensure_alt_stack()) {
        return false;
    }
    for (size_t i = 0; i < N_FATAL; i++) {
        FatalSignal *fs = &fatal_signals[i];
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_fatal_signal;
        sigemptyset(&sa.sa_mask);
        // SA_NODEFER: the re-raise in the handler is delivered at once.
        sa.sa_flags = SA_NODEFER | SA_ONSTACK;
        if (sigaction(fs->signum, &sa, &fs->previous) < 0) {
            exc_raise(&exc_RuntimeError, "[Errno %d] %s", errno, strerror(errno));
            return false;
        }
        atomic_store(&fs->enabled, true);
    }
    return true;
}

// ---- the watchdog thread -------------------------------------------------------------------

// dump_traceback_later's thread waits on `cond` until the deadline passes
// or cancel_dump_traceback_later() sets `cancel`. It is an internal C
// thread, never runs Python code and blocks every signal. Everything but
// `cancel` is written before the thread starts and only read by it.
typedef struct Watchdog {
    pthread_mutex_t lock;
    pthread_cond_t cond; // timed on CLOCK_MONOTONIC
    bool running;        // started and not joined yet (main thread only)
    bool cancel;         // under `lock`
    pthread_t thread;
    int fd;
    bool repeat;
    bool exit;
    int64_t timeout_ns;
    char header[80]; // "Timeout (0:00:00.500000)!\n"
} Watchdog;

static Watchdog watchdog = {.lock = PTHREAD_MUTEX_INITIALIZER};

static void *watchdog_main(void *arg) {
    (void)arg;
    pthread_mutex_lock(&watchdog.lock);
    while (!watchdog.cancel) {
        struct timespec deadline;
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        int64_t ns = deadline.tv_nsec + watchdog.timeout_ns % 1000000000;
        deadline.tv_sec += (time_t)(watchdog.timeout_ns / 1000000000 + ns / 1000000000);
        deadline.tv_nsec = (long)(ns % 1000000000);
        int rc = 0;
        while (!watchdog.cancel && rc != ETIMEDOUT) {
            rc = pthread_cond_timedwait(&watchdog.cond, &watchdog.lock, &deadline);
        }
        if (watchdog.cancel) {
            break;
        }
        // The dump reads the main thread's frames while it runs: see
        // vm/stackdump.c for why that cannot crash.
        pthread_mutex_unlock(&watchdog.lock);
        stackdump_puts(watchdog.fd, watchdog.header);
        stackdump_threads(watchdog.fd, main_thread_id, false);
        if (watchdog.exit) {
            _exit(1);
        }
        pthread_mutex_lock(&watchdog.lock);
        if (!watchdog.repeat) {
            break;
        }
    }
    pthread_mutex_unlock(&watchdog.lock);
    return NULL;
}

// Stops the watchdog and waits for its thread (main thread).
static void watchdog_cancel(void) {
    if (!watchdog.running) {
        return;
    }
    pthread_mutex_lock(&watchdog.lock);
    watchdog.cancel = true;
    pthread_cond_signal(&watchdog.cond);
    pthread_mutex_unlock(&watchdog.lock);
    pthread_join(watchdog.thread, NULL);
    watchdog.running = false;
}

static bool watchdog_start(void) {
    watchdog.cancel = false;
    // The thread inherits a mask that blocks every signal, so no signal
    // meant for the script is ever delivered to it.
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    int err = pthread_create(&watchdog.thread, NULL, watchdog_main, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (err != 0) {
        exc_raise(&exc_RuntimeError, "unable to start watchdog thread");
        return false;
    }
    watchdog.running = true;
    return true;
}

// A forked child has no watchdog thread, and its copy of the lock may be
// held by the parent's: start afresh.
static void watchdog_after_fork(void) {
    pthread_mutex_init(&watchdog.lock, NULL);
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&watchdog.cond, &attr);
    pthread_condattr_destroy(&attr);
    watchdog.running = false;
}

// CPython's "Timeout (H:MM:SS[.ffffff])!" line.
static void format_timeout(char *buf, size_t size, int64_t us) {
    int64_t sec = us / 1000000, frac = us % 1000000;
    int64_t min = sec / 60, hour = min / 60;
    if (frac) {
        snprintf(buf, size, "Timeout (%lld:%02lld:%02lld.%06lld)!\n", (long long)hour,
                 (long long)(min % 60), (long long)(sec % 60), (long long)frac);
    } else {
        snprintf(buf, size, "Timeout (%lld:%02lld:%02lld)!\n", (long long)hour,
                 (long long)(min % 60), (long long)(sec % 60));
    }
}

// ---- arguments ---------------------------------------------------------------------------

static bool is_int(Value v) {
    return bigint_is_int(v) || intenum_is(v);
}

// An "i" argument of PyArg_Parse (all_threads, repeat, exit), with its
// messages; `dflt` when not given.
static bool int_arg(Value v, int dflt, int *out) {
    int64_t n = dflt;
    if (bigint_is(v)) {
        exc_raise(&exc_OverflowError, "Python int too large to convert to C long");
        return false;
    }
    if (!IS_UNDEF(v) && !ops_index(v, &n)) {
        return false;
    }
    if (n > INT_MAX || n < INT_MIN) {
        exc_raise(&exc_OverflowError, "signed integer is %s",
                  n > INT_MAX ? "greater than maximum" : "less than minimum");
        return false;
    }
    *out = (int)n;
    return true;
}

// The descriptor behind `*file`, as CPython's faulthandler_get_fileno: an
// int is the fd itself; None or not given means sys.stderr; anything else
// must have fileno(), and is flushed (errors ignored) so what it buffered
// comes out before the dump. *file becomes what to keep alive (None for an
// int). -1 when raised.
static int file_fd(Value *file) {
    Value f = *file;
    if (IS_UNDEF(f) || IS_NONE(f)) {
        Value sys = module_import(str_intern_cstr("sys"));
        if (IS_ERR(sys)) {
            return -1;
        }
        f = dict_get_str(AS_MODULE(sys)->dict, str_intern_cstr("stderr"));
        if (IS_UNDEF(f)) {
            exc_raise(&exc_RuntimeError, "unable to get sys.stderr");
            return -1;
        }
        if (IS_NONE(f)) {
            exc_raise(&exc_RuntimeError, "sys.stderr is None");
            return -1;
        }
    } else if (is_int(f)) {
        int fd;
        if (!args_int(f, &fd)) {
            return -1;
        }
        if (fd < 0) {
            exc_raise(&exc_ValueError, "file is not a valid file descripter"); // sic, as CPython
            return -1;
        }
        *file = NONE_VAL;
        return fd;
    }
    Value method = ops_getattr(f, str_intern_cstr("fileno"));
    if (IS_ERR(method)) {
        return -1;
    }
    Value r = vm_call(method, NULL, 0, NULL);
    if (IS_ERR(r)) {
        return -1;
    }
    // Only an int in [0, INT_MAX) will do (a big int included, as CPython).
    int64_t fd = -1;
    if (is_int(r) && !bigint_is(r)) {
        ops_index(r, &fd); // cannot fail for an int
    }
    if (fd < 0 || fd >= INT_MAX) {
        exc_raise(&exc_RuntimeError, "file.fileno() is not a valid file descriptor");
        return -1;
    }
    Value flush = ops_getattr_opt(f, str_intern_cstr("flush"));
    if (!IS_UNDEF(flush) && IS_ERR(vm_call(flush, NULL, 0, NULL))) {
        vm_take_exc();
    }
    *file = f;
    return (int)fd;
}

// ---- the module's functions ------------------------------------------------------------------

// enable(file=sys.stderr, all_threads=True)
static Value fh_enable(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"file", "all_threads", NULL};
    Value a[2];
    int all_threads;
    if (!args_parse("enable", args, nargs, kw, params, 0, a) || !int_arg(a[1], 1, &all_threads)) {
        return ERR_VAL;
    }
    int fd = file_fd(&a[0]);
    if (fd < 0) {
        return ERR_VAL;
    }
    files->items[0] = a[0];
    atomic_store(&fatal_fd, fd);
    atomic_store(&fatal_all_threads, all_threads != 0);
    return install_fatal() ? NONE_VAL : ERR_VAL;
}

// disable(): whether it was enabled.
static Value fh_disable(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    if (!args_none("faulthandler.disable", nargs, kw)) {
        return ERR_VAL;
    }
    if (!atomic_load(&fatal_enabled)) {
        return BOOL_VAL(false);
    }
    atomic_store(&fatal_enabled, false);
    for (size_t i = 0; i < N_FATAL; i++) {
        restore_previous(&fatal_signals[i]);
    }
    files->items[0] = NONE_VAL;
    return BOOL_VAL(true);
}

static Value fh_is_enabled(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    if (!args_none("faulthandler.is_enabled", nargs, kw)) {
        return ERR_VAL;
    }
    return BOOL_VAL(atomic_load(&fatal_enabled));
}

// dump_traceback(file=sys.stderr, all_threads=True)
static Value fh_dump_traceback(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"file", "all_threads", NULL};
    Value a[2];
    int all_threads;
    if (!args_parse("dump_traceback", args, nargs, kw, params, 0, a) ||
        !int_arg(a[1], 1, &all_threads)) {
        return ERR_VAL;
    }
    int fd = file_fd(&a[0]);
    if (fd < 0) {
        return ERR_VAL;
    }
    if (all_threads) {
        stackdump_threads(fd, main_thread_id, true);
    } else {
        stackdump_traceback(fd, true);
    }
    // As CPython, handlers of signals that arrived meanwhile run now.
    return signal_run_pending() ? NONE_VAL : ERR_VAL;
}

// dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False)
static Value fh_dump_traceback_later(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"timeout", "repeat", "file", "exit", NULL};
    Value a[4];
    int repeat, exit_after;
    int64_t ns;
    if (!args_parse("dump_traceback_later", args, nargs, kw, params, 1, a) ||
        !int_arg(a[1], 0, &repeat) || !int_arg(a[3], 0, &exit_after) ||
        !blocking_timeout_ns(a[0], ROUND_AWAY_FROM_ZERO, &ns)) {
        return ERR_VAL;
    }
    // Microseconds, rounded away from zero as CPython's _PyTime_ROUND_TIMEOUT.
    int64_t us = ns / 1000 + (ns % 1000 > 0) - (ns % 1000 < 0);
    if (us <= 0) {
        return exc_raise(&exc_ValueError, "timeout must be greater than 0");
    }
    if (us > LLONG_MAX / 1000) { // CPython's PY_TIMEOUT_MAX
        return exc_raise(&exc_OverflowError, "timeout value is too large");
    }
    int fd = file_fd(&a[2]);
    if (fd < 0) {
        return ERR_VAL;
    }
    watchdog_cancel();
    files->items[1] = a[2];
    watchdog.fd = fd;
    watchdog.timeout_ns = ns;
    watchdog.repeat = repeat != 0;
    watchdog.exit = exit_after != 0;
    format_timeout(watchdog.header, sizeof watchdog.header, us);
    if (!watchdog_start()) {
        files->items[1] = NONE_VAL;
        return ERR_VAL;
    }
    return NONE_VAL;
}

static Value fh_cancel_dump_traceback_later(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    if (!args_none("faulthandler.cancel_dump_traceback_later", nargs, kw)) {
        return ERR_VAL;
    }
    watchdog_cancel();
    files->items[1] = NONE_VAL;
    return NONE_VAL;
}

// ---- CPython's private helpers for its tests: real faults on demand ------------------------

// No core file for a crash asked for (CPython's faulthandler_suppress_crash_report).
static void suppress_crash_report(void) {
    struct rlimit rl;
    if (getrlimit(RLIMIT_CORE, &rl) == 0) {
        rl.rlim_cur = 0;
        setrlimit(RLIMIT_CORE, &rl);
    }
}

// _sigsegv(release_gil=False): raise(SIGSEGV), as CPython does on Linux.
static Value fh_sigsegv(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"release_gil", NULL};
    Value a[1];
    int release_gil;
    if (!args_no_kw("_sigsegv", kw) || !args_parse("_sigsegv", args, nargs, NULL, params, 0, a) ||
        !int_arg(a[0], 0, &release_gil)) {
        return ERR_VAL;
    }
    suppress_crash_report();
    raise(SIGSEGV);
    return NONE_VAL;
}

// A real fault: a load from address 0. The sanitizers must not catch it
// first, so they are off for this function.
__attribute__((no_sanitize_address, no_sanitize_undefined, noinline)) static int read_null(void) {
    volatile int *volatile p = NULL;
    return *p;
}

static Value fh_read_null(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    if (!args_none("faulthandler._read_null", nargs, kw)) {
        return ERR_VAL;
    }
    suppress_crash_report();
    return INT_VAL(read_null());
}

static Value fh_sigabrt(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    if (!args_none("faulthandler._sigabrt", nargs, kw)) {
        return ERR_VAL;
    }
    suppress_crash_report();
    abort();
}

// An integer division by zero (SIGFPE on x86), then raise() for CPUs where
// it does not trap, as CPython 3.11.
__attribute__((no_sanitize_undefined, noinline)) static int divide_by_zero(void) {
    volatile int x = 1, y = 0;
    return x / y;
}

static Value fh_sigfpe(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    if (!args_none("faulthandler._sigfpe", nargs, kw)) {
        return ERR_VAL;
    }
    suppress_crash_report();
    int z = divide_by_zero();
    raise(SIGFPE);
    return INT_VAL(z);
}

static const MethodDef faulthandler_functions[] = {
    {"enable", fh_enable},
    {"disable", fh_disable},
    {"is_enabled", fh_is_enabled},
    {"dump_traceback", fh_dump_traceback},
    {"dump_traceback_later", fh_dump_traceback_later},
    {"cancel_dump_traceback_later", fh_cancel_dump_traceback_later},
    {"_sigsegv", fh_sigsegv},
    {"_read_null", fh_read_null},
    {"_sigabrt", fh_sigabrt},
    {"_sigfpe", fh_sigfpe},
    {NULL, NULL},
};

ModuleObj *mod_faulthandler_create(void) {
    main_thread_id = (unsigned long)pthread_self();
    files = list_new(2);
    list_append(files, NONE_VAL);
    list_append(files, NONE_VAL);
    gc_add_root_obj(&files->hdr);
    watchdog_after_fork(); // (the first initialisation of the lock and cond)
    pthread_atfork(NULL, NULL, watchdog_after_fork);
    ModuleObj *m = module_new("faulthandler");
    module_add_functions(m, faulthandler_functions);
    return m;
}
