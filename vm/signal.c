// Signal delivery (see signal.h). The C handler and the main thread share
// only lock-free atomics: the set of tripped signals, the eval breaker,
// the wakeup fd and the errno of a failed wakeup write. Everything that
// touches VM objects (the table of script handlers, calling them, reporting
// a failed write) happens in the main thread, at a check point or after a
// blocking call returned EINTR.
#include "vm/signal.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/blocking.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/opcodes.h"
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
static int64_t start_ns; // when tracing started, the origin of its times
static int trace_fd = 2;  // where the trace goes
static ListObj *handlers; // NSIG script-level handlers (see signal_get_handler)
static sigset_t handled;  // the signals whose disposition is on_signal
static Value int_handler; // signal.default_int_handler

// The bit of signum in `tripped`.
static inline uint64_t bit(int signum) {
    return (uint64_t)1 << (signum - 1);
}

// --trace-signals: when each signal was first tripped since its handler
// last ran, and how many times since. Written by the C handler.
static _Atomic bool tracing;
static _Atomic uint32_t trips[NSIG];
static _Atomic uint64_t trip_instruction[NSIG]; // the instruction it came before
static _Atomic int64_t trip_ns[NSIG];           // on CLOCK_MONOTONIC

// The C handler's note for the trace. Async-signal-safe like the rest.
static void note_trip(int signum) {
    // A lock-free read-modify-write: only the first trip is timed.
    if (atomic_fetch_add_explicit(&trips[signum], 1, memory_order_relaxed) == 0) {
        // monotonic_ns only calls clock_gettime, which is on POSIX's list of
        // async-signal-safe functions.
        atomic_store_explicit(&trip_ns[signum], monotonic_ns(), memory_order_relaxed);
        // Lock-free atomic loads and stores.
        uint64_t done = atomic_load_explicit(&vm.instructions, memory_order_relaxed);
        atomic_store_explicit(&trip_instruction[signum], done + 1, memory_order_relaxed);
    }
}

// The one C-level handler. Only async-signal-safe work happens here.
static void on_signal(int signum) {
    // errno belongs to the interrupted code; write() below may change it.
    int saved_errno = errno;
    // A lock-free atomic load; the note is taken before the signal is
    // tripped, so the main thread finds it when it runs the handler.
    if (atomic_load_explicit(&tracing, memory_order_relaxed)) {
        note_trip(signum);
    }
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

// ---- system calls a signal cancels before they start ------------------------------

// The signals that cancel the system call signal_syscall is making: all of
// them, or for a restartable call those not installed with SA_RESTART.
_Atomic uint64_t syscall_interrupting;

// The body of signal_syscall, in assembly, because what matters is exactly
// where a signal may land. It moves its C arguments (number, then six) into
// the registers the kernel reads, then:
//
//   window_start:  r11 = signal_tripped & syscall_interrupting
//                  if r11 != 0: go to cancelled
//   window_end:    syscall                   the kernel waits here
//                  return its result
//   cancelled:     return -EINTR
//
// A signal landing on any instruction from window_start to window_end (the
// syscall instruction included: the kernel has not started the call yet)
// trips its bit too late for the load, or just in time for it. Either way
// the C handler sees, in the context the kernel saved, that the thread was
// interrupted inside the window, and moves it on to `cancelled` when a
// signal that cancels the call is tripped. After the syscall instruction a
// signal interrupts the wait itself, and the kernel returns -EINTR.
#if defined(__x86_64__)
#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)
long syscall_stub(long nr, long a1, long a2, long a3, long a4, long a5, long a6);
extern const char syscall_window_start[], syscall_window_end[], syscall_cancelled[];
__asm__(".text\n"
        ".globl syscall_stub\n"
        ".hidden syscall_stub\n"
        ".type syscall_stub, @function\n"
        "syscall_stub:\n"
        "    mov %rdi, %rax\n" // the call's number
        "    mov %rsi, %rdi\n" // the C arguments, one register along...
        "    mov %rdx, %rsi\n"
        "    mov %rcx, %rdx\n"
        "    mov %r8, %r10\n" // ...the kernel's fourth is r10, not rcx
        "    mov %r9, %r8\n"
        "    mov 8(%rsp), %r9\n" // the seventh C argument is on the stack
        ".globl syscall_window_start\n"
        ".hidden syscall_window_start\n"
        "syscall_window_start:\n"
        "    mov signal_tripped(%rip), %r11\n"
        "    and syscall_interrupting(%rip), %r11\n"
        "    jnz syscall_cancelled\n"
        ".globl syscall_window_end\n"
        ".hidden syscall_window_end\n"
        "syscall_window_end:\n"
        "    syscall\n"
        "    ret\n"
        ".globl syscall_cancelled\n"
        ".hidden syscall_cancelled\n"
        "syscall_cancelled:\n"
        "    mov $-" STRINGIFY(EINTR) ", %rax\n"
        "    ret\n"
        ".size syscall_stub, .-syscall_stub\n");

// In the handler: whether the interrupted thread was inside the window.
// Moves it on to `cancelled` if so and a cancelling signal is tripped.
static void cancel_unstarted_syscall(ucontext_t *uc) {
    // The saved instruction pointer: memory of this handler's own frame.
    greg_t *ip = &uc->uc_mcontext.gregs[REG_RIP];
    // Comparing addresses, then two lock-free atomic loads.
    if (*ip >= (greg_t)syscall_window_start && *ip <= (greg_t)syscall_window_end &&
        (atomic_load_explicit(&signal_tripped, memory_order_relaxed) &
         atomic_load_explicit(&syscall_interrupting, memory_order_relaxed))) {
        // The kernel resumes the thread where this says, when we return.
        *ip = (greg_t)syscall_cancelled;
    }
}
#else
// Elsewhere the same in C, which leaves the window open: a signal landing
// between the look and the call waits until the call returns, as in CPython.
static long syscall_stub(long nr, long a1, long a2, long a3, long a4, long a5, long a6) {
    if (atomic_load_explicit(&signal_tripped, memory_order_relaxed) &
        atomic_load_explicit(&syscall_interrupting, memory_order_relaxed)) {
        return -EINTR;
    }
    long r = syscall(nr, a1, a2, a3, a4, a5, a6);
    return r < 0 ? -errno : r;
}

static void cancel_unstarted_syscall(ucontext_t *uc) {
    (void)uc;
}
#endif

// The handler as installed: on_signal, then the step that cancels a system
// call interrupted just before it started (see above). The kernel saved the
// interrupted thread's registers in `context`, in this handler's own signal
// frame, and takes them back from there when the handler returns.
static void on_signal_in_context(int signum, siginfo_t *info, void *context) {
    (void)info;
    on_signal(signum);
    // Lock-free atomic loads and this thread's own signal frame only.
    cancel_unstarted_syscall(context);
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
        // No signal lands inside the handler: a second one arriving after
        // the first decided not to cancel a system call would otherwise
        // miss the window. It is delivered when the handler returns.
        sigfillset(&sa.sa_mask);
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

// Writes a finished trace line to the trace's descriptor.
static void write_trace(StrBuf *b) {
    for (size_t off = 0; off < b->len;) {
        ssize_t w = write(trace_fd, b->data + off, b->len - off);
        if (w <= 0) {
            break;
        }
        off += (size_t)w;
    }
    strbuf_free(b);
}

// The name of a signal as the trace prints it: SIGUSR1, SIGRTMIN+2, 35.
static void signal_name(char *buf, size_t size, int signum) {
    const char *abbrev = sigabbrev_np(signum);
    if (abbrev) {
        snprintf(buf, size, "SIG%s", abbrev);
    } else if (signum >= SIGRTMIN && signum <= SIGRTMAX) {
        snprintf(buf, size, "SIGRTMIN+%d", signum - SIGRTMIN);
    } else {
        snprintf(buf, size, "%d", signum);
    }
}

// The trace's account of signum's n trips since its handler last ran: the
// instruction and time of the first (without the newline).
static void describe_trips(StrBuf *b, const char *name, int signum, uint32_t n) {
    uint64_t tripped = atomic_load_explicit(&trip_instruction[signum], memory_order_relaxed);
    int64_t ns = atomic_load_explicit(&trip_ns[signum], memory_order_relaxed);
    strbuf_printf(b, "vm: %s tripped before instruction %llu, at %lld ns", name,
                  (unsigned long long)tripped, (long long)(ns - start_ns));
    if (n > 1) {
        strbuf_printf(b, " (%u trips before its handler ran)", n);
    }
}

// --trace-signals, as signum's handler is about to run: where the signal
// was tripped, and where the program is now.
static void trace_handler(int signum) {
    char name[32];
    signal_name(name, sizeof name, signum);
    uint32_t n = atomic_exchange_explicit(&trips[signum], 0, memory_order_relaxed);
    uint64_t now = atomic_load_explicit(&vm.instructions, memory_order_relaxed) + 1;
    StrBuf b = {0};
    if (n > 0) {
        describe_trips(&b, name, signum, n);
        strbuf_putc(&b, '\n');
    }
    strbuf_printf(&b, "vm: %s handler runs before instruction %llu", name, (unsigned long long)now);
    if (vm.frame >= vm.frames) {
        int i = frame_instr(vm.frame);
        strbuf_printf(&b, ", in %s line %d at %d %s", vm.frame->code->name->data,
                      frame_lineno(vm.frame), i,
                      opcode_info[INSTR_OP(vm.frame->code->code[i])].name);
    }
    if (n > 0) {
        uint64_t later = now - atomic_load_explicit(&trip_instruction[signum], memory_order_relaxed);
        int64_t ns = atomic_load_explicit(&trip_ns[signum], memory_order_relaxed);
        strbuf_printf(&b, ": %llu instruction%s and %.1f µs after the trip",
                      (unsigned long long)later, later == 1 ? "" : "s",
                      (double)(monotonic_ns() - ns) / 1000.0);
    }
    strbuf_putc(&b, '\n');
    write_trace(&b);
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
        if (atomic_load_explicit(&tracing, memory_order_relaxed)) {
            trace_handler(signum);
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

// The signals that cancel a call (see signal_syscall).
static uint64_t interrupting_for(bool restartable) {
    return restartable ? ~restarting : ~(uint64_t)0;
}

bool signal_cancels(bool restartable) {
    return (atomic_load_explicit(&signal_tripped, memory_order_relaxed) &
            interrupting_for(restartable)) != 0;
}

long signal_syscall(bool restartable, long nr, long a1, long a2, long a3, long a4, long a5,
                    long a6) {
    atomic_store_explicit(&syscall_interrupting, interrupting_for(restartable),
                          memory_order_relaxed);
    long r = syscall_stub(nr, a1, a2, a3, a4, a5, a6);
    if (r < 0 && r > -4096) { // the kernel's way of saying -errno
        errno = (int)-r;
        return -1;
    }
    return r;
}

// The size of the kernel's signal set (64 bits), which the rt_sig* calls
// take; glibc's sigset_t is larger and starts with the same bits.
#define KERNEL_SIGSET_SIZE 8

long signal_timedwait(const sigset_t *set, siginfo_t *info, int64_t timeout_ns) {
    struct timespec ts = {.tv_sec = timeout_ns / 1000000000, .tv_nsec = timeout_ns % 1000000000};
    long signum = signal_syscall(false, SYS_rt_sigtimedwait, (long)set, (long)info,
                                 timeout_ns >= 0 ? (long)&ts : 0, KERNEL_SIGSET_SIZE, 0, 0);
    // raise() sends with tgkill, which the kernel reports as SI_TKILL; the
    // C library's sigtimedwait calls that SI_USER, and so does CPython.
    if (signum > 0 && info && info->si_code == SI_TKILL) {
        info->si_code = SI_USER;
    }
    return signum;
}

// A sleep is a wait for signals alone, so it takes them with sigtimedwait:
// the kernel hands over the signal number without building a signal frame,
// running on_signal and returning through sigreturn, which shortens the way
// from kill() to the script's handler. It waits for the handled signals the
// thread does not block (sigtimedwait would take a blocked one too).
int signal_sleep(int64_t timeout_ns) {
    sigset_t blocked, wanted;
    pthread_sigmask(SIG_BLOCK, NULL, &blocked);
    sigemptyset(&wanted);
    for (int signum = 1; signum < NSIG; signum++) {
        if (sigismember(&handled, signum) == 1 && sigismember(&blocked, signum) == 0) {
            sigaddset(&wanted, signum);
        }
    }
    long signum = signal_timedwait(&wanted, NULL, timeout_ns);
    if (signum > 0) {
        on_signal((int)signum); // what the C handler would have done
        errno = EINTR;
        return -1;
    }
    return errno == EAGAIN ? 0 : -1;
}

void signal_trace(int fd) {
    trace_fd = fd;
    start_ns = monotonic_ns();
    atomic_store_explicit(&tracing, true, memory_order_relaxed);
}

void signal_trace_end(void) {
    if (atomic_load_explicit(&tracing, memory_order_relaxed)) {
        StrBuf b = {0};
        // Signals tripped after the last check point: no handler ran for them.
        for (int signum = 1; signum < NSIG; signum++) {
            uint32_t n = atomic_exchange_explicit(&trips[signum], 0, memory_order_relaxed);
            if (n > 0) {
                char name[32];
                signal_name(name, sizeof name, signum);
                describe_trips(&b, name, signum, n);
                strbuf_puts(&b, "; the program ended before its handler ran\n");
            }
        }
        strbuf_printf(&b, "vm: the program ran %llu instructions\n",
                      (unsigned long long)atomic_load_explicit(&vm.instructions,
                                                               memory_order_relaxed));
        write_trace(&b);
    }
}

// The injections still to come, in the order of their instructions.
typedef struct Injection {
    uint64_t at;
    int signum;
} Injection;
static Injection *injections;
static size_t n_injections, next_injection;
uint64_t signal_inject_at = UINT64_MAX;

void signal_inject_before(int signum, uint64_t at) {
    injections = realloc(injections, (n_injections + 1) * sizeof *injections);
    if (!injections) {
        abort(); // at start-up, for a handful of command-line options
    }
    size_t i = n_injections++;
    for (; i > 0 && injections[i - 1].at > at; i--) {
        injections[i] = injections[i - 1];
    }
    injections[i] = (Injection){at, signum};
    signal_inject_at = injections[next_injection].at;
}

void signal_inject(void) {
    while (next_injection < n_injections && injections[next_injection].at == signal_inject_at) {
        raise(injections[next_injection++].signum);
    }
    signal_inject_at = next_injection < n_injections ? injections[next_injection].at : UINT64_MAX;
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
