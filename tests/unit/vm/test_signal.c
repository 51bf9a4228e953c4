// Tests for vm/signal.c: the C handler only trips flags and the eval
// breaker; signal_run_pending runs script handlers in ascending order,
// stops at one that raises and keeps the rest for later; signal_sleep does
// not miss a signal that was already tripped; and a signal landing on any
// instruction between signal_syscall's look at the tripped signals and the
// system call cancels the call.
#include <criterion/criterion.h>
#include <signal.h>
#include <errno.h>
#include <stdatomic.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <ucontext.h>
#include <unistd.h>

#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/list.h"
#include "vm/signal.h"
#include "vm/vm.h"

static ListObj *seen;

static void setup(void) {
    vm_init(0, NULL);
    seen = list_new(0);
}

TestSuite(signal, .init = setup);

// A native script-level handler that records the signal number.
static Value record(Value *args, int nargs, TupleObj *kw) {
    (void)kw;
    cr_assert_eq(nargs, 2);
    list_append(seen, args[0]);
    return NONE_VAL;
}

// One that raises RuntimeError.
static Value fail(Value *args, int nargs, TupleObj *kw) {
    (void)args, (void)nargs, (void)kw;
    return exc_raise(&exc_RuntimeError, "handler failed");
}

static void install(int signum, NativeFn fn) {
    Value old;
    cr_assert(signal_set_handler(signum, OBJ_VAL(native_new("h", fn, NULL)), &old));
}

// Blocks signum in this thread; *old receives the mask as it was.
static void block(int signum, sigset_t *old) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signum);
    pthread_sigmask(SIG_BLOCK, &set, old);
}

Test(signal, handler_only_sets_the_eval_breaker) {
    install(SIGUSR1, record);
    atomic_store(&vm.eval_breaker, 0);
    raise(SIGUSR1);
    cr_assert(atomic_load(&vm.eval_breaker) & EB_SIGNALS);
    cr_assert_eq(seen->len, 0, "no script code runs inside the C handler");
    cr_assert(signal_run_pending());
    cr_assert_eq(seen->len, 1);
    cr_assert_eq(seen->items[0].i, SIGUSR1);
    cr_assert_eq(atomic_load(&vm.eval_breaker) & EB_SIGNALS, 0);
}

Test(signal, runs_pending_handlers_in_ascending_order) {
    install(SIGUSR1, record);
    install(SIGUSR2, record);
    install(SIGHUP, record);
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGUSR2);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    raise(SIGUSR2);
    raise(SIGUSR1);
    raise(SIGHUP);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    cr_assert(signal_run_pending());
    cr_assert_eq(seen->len, 3);
    cr_assert_eq(seen->items[0].i, SIGHUP);
    cr_assert_eq(seen->items[1].i, SIGUSR1);
    cr_assert_eq(seen->items[2].i, SIGUSR2);
}

Test(signal, a_raising_handler_leaves_the_rest_for_later) {
    install(SIGUSR1, fail);
    install(SIGUSR2, record);
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGUSR2);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    raise(SIGUSR1);
    raise(SIGUSR2);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    cr_assert_not(signal_run_pending());
    cr_assert(exc_pending_matches(&exc_RuntimeError));
    vm_take_exc();
    cr_assert_eq(seen->len, 0);
    // As in CPython, the rest waits for C code that checks (signal_check),
    // not for the next check point.
    cr_assert_not(atomic_load(&vm.eval_breaker) & EB_SIGNALS);
    cr_assert(atomic_load(&signal_tripped) != 0);
    cr_assert(signal_check());
    cr_assert_eq(seen->len, 1);
    cr_assert_eq(atomic_load(&signal_tripped), 0);
}

Test(signal, sig_ign_and_sig_dfl_are_ints_in_the_table) {
    Value old;
    cr_assert(signal_set_handler(SIGUSR1, INT_VAL(1), &old));
    cr_assert(IS_INT(signal_get_handler(SIGUSR1)));
    raise(SIGUSR1); // ignored
    cr_assert(signal_run_pending());
    cr_assert(signal_set_handler(SIGUSR1, INT_VAL(0), &old));
    cr_assert_eq(old.i, 1);
}

Test(signal, sigkill_cannot_be_handled) {
    Value old;
    cr_assert_not(signal_set_handler(SIGKILL, INT_VAL(1), &old));
    cr_assert(exc_pending_matches(&exc_OSError));
    vm_take_exc();
}

Test(signal, sleep_returns_at_once_for_a_tripped_signal) {
    install(SIGUSR1, record);
    sigset_t old;
    block(SIGUSR1, &old);
    raise(SIGUSR1);
    pthread_sigmask(SIG_SETMASK, &old, NULL); // delivered: tripped, not yet run
    cr_assert_eq(signal_sleep(1000000000000), -1); // 1000 s, unless cut short
    cr_assert_eq(errno, EINTR);
    cr_assert(signal_run_pending());
    cr_assert_eq(seen->len, 1);
    cr_assert_eq(signal_sleep(1000000), 0, "nothing pending: times out");
}

Test(signal, sleep_takes_a_signal_sent_while_it_waits) {
    install(SIGALRM, record);
    struct itimerval in_10ms = {.it_value = {0, 10000}};
    setitimer(ITIMER_REAL, &in_10ms, NULL);
    cr_assert_eq(signal_sleep(1000000000000), -1);
    cr_assert_eq(errno, EINTR);
    cr_assert(signal_run_pending());
    cr_assert_eq(seen->len, 1);
    cr_assert_eq(seen->items[0].i, SIGALRM);
}

Test(signal, sleep_leaves_a_blocked_signal_alone) {
    install(SIGUSR1, record);
    sigset_t old;
    block(SIGUSR1, &old);
    raise(SIGUSR1);
    cr_assert_eq(signal_sleep(1000000), 0, "the blocked signal does not end the sleep");
    sigset_t pending;
    sigpending(&pending);
    cr_assert(sigismember(&pending, SIGUSR1), "nor is it taken");
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    cr_assert(signal_run_pending());
    cr_assert_eq(seen->len, 1);
}

#if defined(__x86_64__)
// ---- a signal on each instruction of signal_syscall's window ----
// The test single-steps signal_syscall with the trap flag (each instruction
// then raises SIGTRAP) and, on the n-th instruction of the window, makes
// SIGUSR1 arrive exactly there: raised inside the SIGTRAP handler, which
// blocks it, it is delivered as that handler returns, before the
// instruction runs.
extern const char syscall_window_start[], syscall_window_end[];

#define TRAP_FLAG 0x100
static int window_steps; // instructions of the window executed so far
static int interrupt_at; // the one SIGUSR1 lands on (-1: none)

static void on_trap(int signum, siginfo_t *info, void *context) {
    (void)signum, (void)info;
    mcontext_t *m = &((ucontext_t *)context)->uc_mcontext;
    const char *ip = (const char *)m->gregs[REG_RIP];
    if (ip < syscall_window_start || ip > syscall_window_end) {
        return; // still on the way there
    }
    if (window_steps++ == interrupt_at) {
        raise(SIGUSR1);
        m->gregs[REG_EFL] &= ~TRAP_FLAG;
    } else if (ip == syscall_window_end) {
        m->gregs[REG_EFL] &= ~TRAP_FLAG; // the system call is reached
    }
}

static long stepped_syscall(int at, bool restartable, long nr, long a1, long a2, long a3) {
    struct sigaction sa = {.sa_sigaction = on_trap, .sa_flags = SA_SIGINFO};
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGUSR1);
    sigaction(SIGTRAP, &sa, NULL);
    window_steps = 0;
    interrupt_at = at;
    __asm__ volatile("pushfq\n\torq %0, (%%rsp)\n\tpopfq" : : "i"(TRAP_FLAG) : "memory", "cc");
    return signal_syscall(restartable, nr, a1, a2, a3, 0, 0, 0);
}

Test(signal, a_signal_anywhere_in_the_window_cancels_the_call) {
    install(SIGUSR1, record);
    cr_assert_eq(stepped_syscall(-1, false, SYS_getpid, 0, 0, 0), getpid());
    int steps = window_steps;
    cr_assert_geq(steps, 2, "the window has a load and the system call");
    for (int at = 0; at < steps; at++) {
        // Not cancelled, this would sleep for 5 seconds and return 0.
        struct timespec five = {5, 0};
        errno = 0;
        cr_assert_eq(stepped_syscall(at, false, SYS_nanosleep, (long)&five, 0, 0), -1,
                     "signal on instruction %d of %d", at, steps);
        cr_assert_eq(errno, EINTR);
        cr_assert(signal_run_pending());
        cr_assert_eq(seen->len, at + 1);
    }
}

Test(signal, a_restarting_signal_leaves_a_restartable_call_alone) {
    install(SIGUSR1, record);
    cr_assert(signal_set_restart(SIGUSR1, true));
    cr_assert_eq(stepped_syscall(-1, true, SYS_getpid, 0, 0, 0), getpid());
    int steps = window_steps;
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    for (int at = 0; at < steps; at++) {
        char c = 'x';
        size_t handled = seen->len;
        cr_assert_eq(write(fds[1], &c, 1), 1);
        cr_assert_eq(stepped_syscall(at, true, SYS_read, fds[0], (long)&c, 1), 1,
                     "the read went ahead (signal on instruction %d)", at);
        cr_assert_eq(seen->len, handled, "its handler waits for a check point");
        cr_assert(signal_run_pending());
        cr_assert_eq(seen->len, handled + 1);
        // The same signal cancels a call that is not restartable.
        cr_assert_eq(write(fds[1], &c, 1), 1);
        cr_assert_eq(stepped_syscall(at, false, SYS_read, fds[0], (long)&c, 1), -1);
        cr_assert_eq(errno, EINTR);
        cr_assert(signal_run_pending());
        cr_assert_eq(read(fds[0], &c, 1), 1);
    }
}
#endif
