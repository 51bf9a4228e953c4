// Tests for vm/signal.c: the C handler only trips flags and the eval
// breaker; signal_run_pending runs script handlers in ascending order,
// stops at one that raises and keeps the rest for later; signal_sleep does
// not miss a signal that was already tripped.
#include <criterion/criterion.h>
#include <signal.h>
#include <stdatomic.h>

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
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    raise(SIGUSR1);
    pthread_sigmask(SIG_SETMASK, &old, NULL); // delivered: tripped, not yet run
    struct timespec forever = {1000, 0};
    cr_assert(signal_sleep(&forever));
    cr_assert(signal_run_pending());
    cr_assert_eq(seen->len, 1);
    struct timespec brief = {0, 1000000};
    cr_assert_not(signal_sleep(&brief), "nothing pending: times out");
}
