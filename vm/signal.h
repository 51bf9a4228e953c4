// Signal delivery, CPython's way (SIGNALS.md sections 1-2). One C handler
// serves every signal the script handles: it only marks the signal tripped,
// sets EB_SIGNALS in the eval breaker and writes a byte to the wakeup fd. The
// main thread then runs the script's handlers at its next check point
// (signal_run_pending), or at once when a blocking call was interrupted. This
// module owns the table of script handlers and the process's dispositions;
// the Python-visible `signal` module (runtime/mod_signal.c) is built on it.
#ifndef VM_VM_SIGNAL_H
#define VM_VM_SIGNAL_H

#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "vm/value.h"

// Sets the start-up dispositions: SIGPIPE and SIGXFSZ ignored, SIGINT
// handled by default_int_handler unless it was ignored, and records every
// other signal's disposition for getsignal. Call once, after the heap exists.
void signal_init(void);

// Whether the caller is the VM's main thread (the only one running handlers).
bool signal_is_main_thread(void);

// The script-level handler of signum (1 <= signum < NSIG): a callable, the
// int 0 (SIG_DFL) or 1 (SIG_IGN), or None when a handler not installed by
// the script is in place.
Value signal_get_handler(int signum);
// Installs `handler` (a callable, or the int 0 / 1 for SIG_DFL / SIG_IGN) and
// stores the previous one in *old. false with OSError pending when the
// kernel refuses (SIGKILL, SIGSTOP).
bool signal_set_handler(int signum, Value handler, Value *old);

// Runs the handlers of the tripped signals in ascending order, each as
// handler(signum, frame). Main thread only (elsewhere it does nothing).
// false with the handler's exception pending when one raised; the signals
// not yet handled stay tripped for the next check point.
bool signal_run_pending(void);

// The tripped signals, bit signum-1 (set by the C handler).
extern _Atomic uint64_t signal_tripped;

// CPython's PyErr_CheckSignals, which its C code calls at places such as
// repr() and str(): runs the handlers of the signals tripped so far, if any.
// false when one raised. (The eval loop has its own, cheaper check point.)
static inline bool signal_check(void) {
    return !atomic_load_explicit(&signal_tripped, memory_order_relaxed) || signal_run_pending();
}

// ---- waiting without a lost wake-up ----
// A blocking call that first looks at the tripped flags and then enters the
// kernel has a window between the two: a signal landing there is handled by
// the C handler, the call does not see EINTR, and the script's handler waits
// until the call returns (CPython's "stall"). The guard closes it: the
// handled signals are blocked while the flags are checked, and the wait
// itself (ppoll, pselect) unblocks them atomically by taking the saved mask
// as an argument, or (sigtimedwait, for a wait on signals alone) takes the
// blocked signal directly. A signal is then either seen by the check
// or delivered inside the wait, which it ends with EINTR.
//
//     sigset_t mask;
//     if (!signal_guard_enter(&mask)) { ... errno is EINTR: run handlers }
//     int r = ppoll(fds, n, timeout, &mask);   // waits with `mask` in place
//     int err = errno;
//     signal_guard_leave(&mask);
//
// Blocks the handled signals and stores the previous mask in *mask. Returns
// false, with the mask already restored and errno EINTR, when a handled
// signal is tripped already.
bool signal_guard_enter(sigset_t *mask);
// Restores the mask saved by signal_guard_enter.
void signal_guard_leave(const sigset_t *mask);

// Waits until fd (-1: none) has one of `events`, a signal with a script
// handler arrives, or `timeout_ns` passes (-1: never), with the guard above.
// A `restartable` wait (untimed) stands for a call the kernel would resume
// after a handler installed with SA_RESTART (read, waitpid): such signals
// leave it waiting, and their handlers run after the call, as in CPython.
// Returns 1 when fd is ready, 0 on timeout, -1 with errno set (EINTR: a
// signal arrived; call signal_run_pending).
int signal_wait_fd(int fd, short events, int64_t timeout_ns, bool restartable);

// siginterrupt(signum, !restart): whether the system calls a signal
// interrupts resume (SA_RESTART). false with errno set on failure.
bool signal_set_restart(int signum, bool restart);

// Sleeps until a signal with a script handler arrives or `timeout` (NULL:
// forever) passes, with the guard above. Returns true when a signal ended it
// (call signal_run_pending next), false on timeout.
bool signal_sleep(const struct timespec *timeout);

// The wakeup fd (-1: none); returns the previous one. `warn` says whether a
// write failing because the pipe is full is reported.
int signal_set_wakeup_fd(int fd, bool warn);

// signal.default_int_handler, the native function (one object for the run).
Value signal_default_int_handler(void);

// Ends the process by SIGINT with the default disposition, as CPython does
// after an uncaught KeyboardInterrupt. Returns only if that failed.
void signal_exit_by_sigint(void);

#endif
