// Signal delivery (see signal.h). The C handler and the main thread share
// only lock-free atomics: the set of tripped signals, the eval breaker,
// the wakeup fd and the errno of a failed wakeup write. Everything that
// touches VM objects (the table of script handlers, calling them, reporting
// a failed write) happens in the main thread, at a check point or after a
// blocking call returned EINTR.
#include "vm/signal.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/traceback.h"
#include "vm/vm.h"

// The handler may only touch lock-free atomics (a locked one could deadlock
// against the code it interrupted).
_Static_assert(ATOMIC_BOOL_LOCK_FREE == 2, "atomic bool must be lock-free");
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "atomic int must be lock-free");
_Static_assert(ATOMIC_LLONG_LOCK_FREE == 2, "atomic 64-bit words must be lock-free");
_Static_assert(NSIG - 1 <= 64, "every signal number needs a bit of `tripped`");

_Atomic uint64_t signal_tripped; // bit signum-1: set by the handler, cleared by the main thread
static uint64_t restarting;             // bit signum-1: installed with SA_RESTART (siginterrupt)
static _Atomic int wakeup_fd = -1;      // where the handler writes the signal number
static _Atomic bool wakeup_warn = true; // report a write that failed on a full pipe
static _Atomic int wakeup_errno;        // errno of the last failed wakeup write (0: none)

static pthread_t main_thread;
static ListObj *handlers; // NSIG script-level handlers (see signal_get_handler)
static sigset_t handled;  // the signals whose disposition is on_signal
static Value int_handler; // signal.default_int_handler

// The bit of signum in `tripped`.
static inline uint64_t bit(int signum) {
    return (uint64_t)1 << (signum - 1);
}

// The one C-level handler. Only async-signal-safe work happens here.
static void on_signal(int signum) {
    // errno belongs to the interrupted code; write() below may change it.
    int saved_errno = errno;
    // A lock-free atomic store: safe in a handler, seen by any thread.
    atomic_fetch_or_explicit(&signal_tripped, bit(signum), memory_order_relaxed);
    // A lock-free read-modify-write; release orders it after the flag above,
    // so the thread that sees the bit also sees the flag.
    atomic_fetch_or_explicit(&vm.eval_breaker, EB_SIGNALS, memory_order_release);
    // A lock-free atomic load of a plain int.
    int fd = atomic_load_explicit(&wakeup_fd, memory_order_relaxed);
    // Comparing a local: no shared state involved.
    if (fd >= 0) {
        // A local byte on this handler's own stack.
        unsigned char byte = (unsigned char)signum;
        // write() is on POSIX's list of async-signal-safe functions.
        if (write(fd, &byte, 1) < 0) {
            // Reading errno and a lock-free atomic load: both safe here.
            int err = errno;
            // A full pipe is reported only when asked for (warn_on_full_buffer).
            if (atomic_load_explicit(&wakeup_warn, memory_order_relaxed) ||
                (err != EAGAIN && err != EWOULDBLOCK)) {
                // A lock-free atomic store; the main thread reports it later.
                atomic_store_explicit(&wakeup_errno, err, memory_order_relaxed);
            }
        }
    }
    // The interrupted code finds errno as it left it.
    errno = saved_errno;
}

// While the main thread waits under the guard (signal_guard_enter), the
// mask it had before the guard, to be put back when the wait ends.
static sigset_t guard_mask;
static volatile sig_atomic_t in_guarded_wait; // set only around that wait
static _Atomic bool mask_restored;            // the handler already put it back

// The handler as installed: on_signal, plus one step for a guarded wait.
// A handled signal can only land in the main thread inside the wait (it is
// blocked elsewhere in the guard, and the VM's other threads block every
// signal). On return from this handler the kernel installs the mask saved
// in `context`, which is the guard's (handled signals blocked); writing the
// waiter's own mask there instead spares the waiter a sigprocmask call
// before it can run the script's handler: one system call less between
// kill() and the handler's first line.
static void on_signal_in_context(int signum, siginfo_t *info, void *context) {
    (void)info;
    on_signal(signum);
    // A volatile sig_atomic_t read: the one type C lets a handler read.
    if (in_guarded_wait) {
        // Plain memory of this thread's own signal frame and a copy of a
        // mask the main thread wrote before it started waiting.
        ((ucontext_t *)context)->uc_sigmask = guard_mask;
        // A lock-free atomic store.
        atomic_store_explicit(&mask_restored, true, memory_order_relaxed);
    }
}

// ---- dispositions -------------------------------------------------------------------

// Installs a C-level disposition, without SA_RESTART (as CPython: system
// calls return EINTR so the script's handler runs promptly) and without
// SA_RESETHAND (the handler stays until replaced).
static int install(int signum, void (*fn)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;
    if (fn == on_signal) {
        sa.sa_sigaction = on_signal_in_context;
        sa.sa_flags |= SA_SIGINFO;
    } else {
        sa.sa_handler = fn;
    }
    if (sigaction(signum, &sa, NULL) < 0) {
        return -1;
    }
    restarting &= ~bit(signum);
    if (fn == on_signal) {
        sigaddset(&handled, signum);
    } else {
        sigdelset(&handled, signum);
    }
    return 0;
}

// default_int_handler(signalnum, frame): raises KeyboardInterrupt.
static Value default_int_handler(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    if (!args_no_kw("_signal.default_int_handler", kw) ||
        !args_count("default_int_handler", nargs, 2, 2)) {
        return ERR_VAL;
    }
    return exc_raise_value(OBJ_VAL(&exc_KeyboardInterrupt));
}

void signal_init(void) {
    main_thread = pthread_self();
    sigemptyset(&handled);
    int_handler = OBJ_VAL(native_new("default_int_handler", default_int_handler, NULL));
    handlers = list_new(NSIG);
    gc_add_root_obj(&handlers->hdr);
    // Writing to a closed pipe raises BrokenPipeError; a file past its
    // size limit raises OSError(EFBIG): neither signal may kill the VM.
    install(SIGPIPE, SIG_IGN);
    install(SIGXFSZ, SIG_IGN);
    for (int i = 0; i < NSIG; i++) {
        struct sigaction old;
        Value h = NONE_VAL;
        if (i > 0 && sigaction(i, NULL, &old) == 0) {
            if (old.sa_handler == SIG_DFL) {
                h = INT_VAL(0);
            } else if (old.sa_handler == SIG_IGN) {
                h = INT_VAL(1);
            }
        }
        list_append(handlers, h);
    }
    list_append(handlers, int_handler); // keeps the native alive
    // SIGINT raises KeyboardInterrupt, unless the parent made us ignore it.
    if (IS_INT(handlers->items[SIGINT]) && handlers->items[SIGINT].i == 0 &&
        install(SIGINT, on_signal) == 0) {
        handlers->items[SIGINT] = int_handler;
    }
}

bool signal_is_main_thread(void) {
    return pthread_equal(pthread_self(), main_thread);
}

Value signal_get_handler(int signum) {
    return handlers->items[signum];
}

bool signal_set_handler(int signum, Value handler, Value *old) {
    void (*fn)(int) = on_signal;
    if (IS_INT(handler)) {
        fn = handler.i == 0 ? SIG_DFL : SIG_IGN;
    }
    if (install(signum, fn) < 0) {
        exc_raise_errno(errno, NULL);
        return false;
    }
    *old = handlers->items[signum];
    handlers->items[signum] = handler;
    // A signal tripped before a switch to SIG_DFL/SIG_IGN is not run later.
    if (fn != on_signal) {
        atomic_fetch_and_explicit(&signal_tripped, ~bit(signum), memory_order_relaxed);
    }
    return true;
}

Value signal_default_int_handler(void) {
    return int_handler;
}

int signal_set_wakeup_fd(int fd, bool warn) {
    atomic_store_explicit(&wakeup_warn, warn, memory_order_relaxed);
    return atomic_exchange_explicit(&wakeup_fd, fd, memory_order_relaxed);
}

// ---- running the handlers ----------------------------------------------------------------

// CPython reports a failed wakeup write as an "ignored" exception whose
// traceback is the one frame running at the time.
static void report_wakeup_error(int err) {
    exc_raise_errno(err, NULL);
    Value e = vm_take_exc();
    if (vm.frame >= vm.frames) {
        AS_EXC(e)->traceback = tb_new(NULL, vm.frame->code, frame_instr(vm.frame));
    }
    StrBuf b = {0};
    strbuf_puts(&b, "Exception ignored when trying to write to the signal wakeup fd:\n");
    traceback_format(&b, e);
    for (size_t off = 0; off < b.len;) {
        ssize_t w = write(2, b.data + off, b.len - off);
        if (w <= 0) {
            break;
        }
        off += (size_t)w;
    }
    strbuf_free(&b);
}

static bool is_script_handler(Value h) {
    return !IS_INT(h) && !IS_NONE(h);
}

bool signal_run_pending(void) {
    if (!signal_is_main_thread()) {
        return true;
    }
    atomic_fetch_and_explicit(&vm.eval_breaker, ~(uint32_t)EB_SIGNALS, memory_order_acquire);
    // One pass in ascending order, as CPython's. Each bit is tested and
    // cleared in one step: a signal arriving from here on trips it (and the
    // eval breaker) again and is not lost.
    uint64_t above = ~(uint64_t)0; // the signals the pass has not reached yet
    for (uint64_t seen; (seen = atomic_load_explicit(&signal_tripped, memory_order_relaxed) & above);) {
        int signum = __builtin_ctzll(seen) + 1;
        above = signum < 64 ? ~(uint64_t)0 << signum : 0;
        if (!(atomic_fetch_and_explicit(&signal_tripped, ~bit(signum), memory_order_relaxed) &
              bit(signum))) {
            continue;
        }
        Value h = handlers->items[signum];
        if (!is_script_handler(h)) {
            continue; // reset to SIG_DFL/SIG_IGN after the signal arrived
        }
        if (atomic_load_explicit(&wakeup_errno, memory_order_relaxed)) {
            // As in CPython the report comes from the handler's first check
            // point, so its traceback names the handler.
            atomic_fetch_or_explicit(&vm.eval_breaker, EB_SIGNALS, memory_order_relaxed);
        }
        Value args[2] = {INT_VAL(signum), frame_get_obj(vm.frame)};
        Value r = vm_call(h, args, 2, NULL);
        if (IS_ERR(r)) {
            // The signals not handled yet stay tripped, but as in CPython the
            // eval breaker is not set again for them: they wait for the next
            // signal_check (repr, str, print...), blocking call or signal.
            return false;
        }
    }
    int err = atomic_exchange_explicit(&wakeup_errno, 0, memory_order_relaxed);
    if (err) {
        report_wakeup_error(err);
    }
    return true;
}

bool signal_set_restart(int signum, bool restart) {
    struct sigaction sa;
    if (sigaction(signum, NULL, &sa) < 0) {
        return false;
    }
    if (restart) {
        sa.sa_flags |= SA_RESTART;
    } else {
        sa.sa_flags &= ~SA_RESTART;
    }
    if (sigaction(signum, &sa, NULL) < 0) {
        return false;
    }
    restarting = restart ? restarting | bit(signum) : restarting & ~bit(signum);
    return true;
}

// Whether a signal that ends a wait is tripped. A restartable wait stands
// for a system call that the kernel resumes after a handler installed with
// SA_RESTART, so those signals do not end it.
static bool any_tripped(bool restartable) {
    uint64_t ignored = restartable ? restarting : 0;
    return (atomic_load_explicit(&signal_tripped, memory_order_relaxed) & ~ignored) != 0;
}

static bool guard_enter(sigset_t *mask, bool restartable) {
    pthread_sigmask(SIG_BLOCK, &handled, mask);
    if (any_tripped(restartable)) {
        pthread_sigmask(SIG_SETMASK, mask, NULL);
        errno = EINTR;
        return false;
    }
    guard_mask = *mask;
    atomic_signal_fence(memory_order_seq_cst); // the mask is written before the flag
    in_guarded_wait = 1;
    return true;
}

bool signal_guard_enter(sigset_t *mask) {
    return guard_enter(mask, false);
}

void signal_guard_leave(const sigset_t *mask) {
    in_guarded_wait = 0;
    atomic_signal_fence(memory_order_seq_cst);
    // Unless a handler that ended the wait put the mask back already.
    if (!atomic_exchange_explicit(&mask_restored, false, memory_order_relaxed)) {
        pthread_sigmask(SIG_SETMASK, mask, NULL);
    }
}

// A wait for signals alone (time.sleep, signal.pause) takes them with
// sigtimedwait while they are blocked: the kernel hands over the signal
// number without building a signal frame, running on_signal and returning
// through sigreturn, which makes the way from kill() to the script's
// handler shorter. The signals the script blocked itself are left alone.
// Returns as ppoll would: -1 with EINTR for a signal, 0 on timeout.
static int wait_for_signals(const sigset_t *mask, const struct timespec *timeout) {
    sigset_t wanted;
    sigemptyset(&wanted);
    for (int signum = 1; signum < NSIG; signum++) {
        if (sigismember(&handled, signum) == 1 && sigismember(mask, signum) == 0) {
            sigaddset(&wanted, signum);
        }
    }
    in_guarded_wait = 0; // no handler runs for these signals
    int signum = sigtimedwait(&wanted, NULL, timeout);
    if (signum > 0) {
        on_signal(signum); // what the handler would have done
        errno = EINTR;
        return -1;
    }
    return errno == EAGAIN ? 0 : -1;
}

int signal_wait_fd(int fd, short events, int64_t timeout_ns, bool restartable) {
    struct pollfd pfd = {.fd = fd, .events = events};
    struct timespec ts = {.tv_sec = timeout_ns / 1000000000, .tv_nsec = timeout_ns % 1000000000};
    const struct timespec *timeout = timeout_ns >= 0 ? &ts : NULL;
    for (;;) {
        sigset_t mask;
        if (!guard_enter(&mask, restartable)) {
            return -1;
        }
        // ppoll swaps in the saved mask and waits in one step.
        int r = fd >= 0 ? ppoll(&pfd, 1, timeout, &mask) : wait_for_signals(&mask, timeout);
        int err = errno;
        signal_guard_leave(&mask);
        // ppoll itself is never restarted; the call it stands for would be.
        // (Restartable waits are the untimed ones, so no timeout to adjust.)
        if (r < 0 && err == EINTR && restartable && !any_tripped(true)) {
            continue;
        }
        errno = err;
        return r > 0 ? 1 : r;
    }
}

bool signal_sleep(const struct timespec *timeout) {
    int64_t ns = timeout ? (int64_t)timeout->tv_sec * 1000000000 + timeout->tv_nsec : -1;
    return signal_wait_fd(-1, 0, ns, false) < 0 && errno == EINTR;
}

void signal_exit_by_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGINT, &sa, NULL) == 0) {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGINT);
        pthread_sigmask(SIG_UNBLOCK, &set, NULL);
        kill(getpid(), SIGINT);
    }
}
