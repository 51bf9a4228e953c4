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

// ---- blocking system calls without a lost wake-up ----
// A blocking call that first looks at the tripped signals and then enters
// the kernel has a window between the two: a signal landing there is only
// tripped by the C handler, the call does not see EINTR, and the script's
// handler waits until the call returns (CPython's "stall"). signal_syscall
// closes it without a single extra system call: the look and the call are
// a few instructions of assembly, and the C handler, when it finds that it
// interrupted those instructions, moves the thread on to a path that
// returns EINTR, so the call is cancelled before it starts. Every signal
// with a script handler then either is seen before the call, cancels it,
// or interrupts the wait itself. (musl cancels threads the same way.)

// Makes the Linux system call `nr` with six arguments (pass 0 for unused
// ones) unless a signal with a script handler is tripped before the kernel
// starts it. A `restartable` call is one the kernel resumes after a handler
// installed with SA_RESTART (read, write, open, wait4): such signals do not
// cancel it, and their handlers run after the call, as in CPython. Returns
// the call's result, or -1 with errno set (EINTR: a signal arrived, before
// the call or during it; call signal_run_pending).
long signal_syscall(bool restartable, long nr, long a1, long a2, long a3, long a4, long a5,
                    long a6);

// Whether a signal that would cancel such a call is tripped already. A call
// that may or may not wait (a read, a write) checks this first: when it
// would not wait, it is made as a plain system call, as CPython makes it,
// and the handler runs at the next check point, not in the middle of it.
bool signal_cancels(bool restartable);

// rt_sigtimedwait through signal_syscall: takes a pending signal of `set`
// (even an unblocked one), waiting at most `timeout_ns` (-1: forever).
// Returns its number, or -1 with errno set (EAGAIN: timed out; EINTR: a
// signal outside `set` with a script handler arrived).
long signal_timedwait(const sigset_t *set, siginfo_t *info, int64_t timeout_ns);

// siginterrupt(signum, !restart): whether the system calls a signal
// interrupts resume (SA_RESTART). false with errno set on failure.
bool signal_set_restart(int signum, bool restart);

// Sleeps until a signal with a script handler arrives or `timeout_ns`
// passes (-1: never), without a lost wake-up. Returns 0 on timeout, or -1
// with errno EINTR when a signal ended it (call signal_run_pending next).
int signal_sleep(int64_t timeout_ns);

// ---- watching delivery (vm run --trace-signals, --inject) ----
// Both need the eval loop to count instructions (eval_count_instructions).

// From now on, prints to fd (2: stderr) for every signal with a script
// handler: the instruction and the time at which the C handler tripped it,
// then, as its handler starts, where the program was (function, line,
// instruction) and how many instructions and microseconds had passed since
// the trip.
void signal_trace(int fd);
// At the end of a traced run: prints how many instructions ran.
void signal_trace_end(void);

// Delivers signum just before instruction number `at` (counting from 1)
// starts, with raise(): through the kernel and the real C handler, as if
// it had come from outside at that moment.
void signal_inject_before(int signum, uint64_t at);

// The instruction before which the next injection is due (UINT64_MAX:
// none), and what the eval loop calls when it reaches it.
extern uint64_t signal_inject_at;
void signal_inject(void);

// The wakeup fd (-1: none); returns the previous one. `warn` says whether a
// write failing because the pipe is full is reported.
int signal_set_wakeup_fd(int fd, bool warn);

// signal.default_int_handler, the native function (one object for the run).
Value signal_default_int_handler(void);

// Ends the process by SIGINT with the default disposition, as CPython does
// after an uncaught KeyboardInterrupt. Returns only if that failed.
void signal_exit_by_sigint(void);

#endif
