// Blocking system calls and PEP 475: the one place that decides what happens
// when a signal interrupts a call that waits (time.sleep, os.read, os.write,
// os.open, os.waitpid, select.select, ...).
//
// A signal whose handler was installed by the script makes the kernel cut
// such a call short with EINTR. The C signal handler has only tripped a flag;
// the script's handler has not run yet. PEP 475 says what to do next, and
// blocking_call does exactly that, in a loop:
//   1. run the pending script handlers now (vm_handle_eintr);
//   2. if one raised, stop: that exception comes out of the call, so the
//      script sees e.g. the OSError its alarm handler raised from os.open;
//   3. otherwise retry the call, with what is left of its timeout measured
//      on CLOCK_MONOTONIC, so a handler that runs ten times does not make
//      time.sleep(1) last eleven seconds, nor a changed wall clock matter.
// Callers never see EINTR as an error (InterruptedError) any more.
#ifndef VM_RUNTIME_BLOCKING_H
#define VM_RUNTIME_BLOCKING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/value.h"

// Runs the script's handlers for the signals tripped so far. true when they
// all returned normally (or none was pending); false when one raised, and its
// exception is then pending (see signal_run_pending in vm/signal.h).
bool vm_handle_eintr(void);

// CLOCK_MONOTONIC in nanoseconds: the clock timeouts are measured on. It
// only calls clock_gettime, so a signal handler may call it too.
int64_t monotonic_ns(void);

// One attempt at a blocking call. `timeout_ns` is what is left of the
// caller's timeout (-1: wait forever). Returns a result >= 0, or -1 with
// errno set (EINTR included: blocking_call handles that one).
typedef int64_t (*BlockingFn)(void *ctx, int64_t timeout_ns);

// Calls fn(ctx, ...) until it does not fail with EINTR, as described above.
// `timeout_ns` is the whole timeout (-1: none). Returns fn's result; 0 if the
// deadline passed while handlers ran (the call is then not retried: no fd
// became ready, the sleep is over); or -1 with errno set. errno EINTR after
// -1 means a handler raised and its exception is pending; any other errno
// is the call's own failure, not raised yet (see blocking_error).
int64_t blocking_call(BlockingFn fn, void *ctx, int64_t timeout_ns);

// read(2) and write(2) of up to n bytes through blocking_call, each made
// with signal_syscall (vm/signal.h), so a signal cannot slip in between the
// last look at the pending handlers and the wait. Returns the count, or -1
// with errno set (EINTR: a handler raised).
int64_t blocking_read(int fd, void *buf, size_t n);
int64_t blocking_write(int fd, const void *buf, size_t n);

// After blocking_call returned -1: raises the OSError subclass for errno,
// with `filename` (UNDEF_VAL for none) as its filename, unless a handler's
// exception is already pending. Returns ERR_VAL.
Value blocking_error(Value filename);

// How a float of seconds becomes whole nanoseconds, as CPython's time
// conversions: away from zero for timeouts (time.sleep, select), towards
// +infinity for the signal module's timers and sigtimedwait.
typedef enum { ROUND_AWAY_FROM_ZERO, ROUND_CEILING } TimeoutRounding;

// Converts a timeout in seconds (int or float) to nanoseconds, with
// CPython's errors: TypeError for other types, ValueError for NaN,
// OverflowError beyond the range of int64 nanoseconds. The sign is left to
// the caller. false when raised.
bool blocking_timeout_ns(Value seconds, TimeoutRounding rounding, int64_t *out);

#endif
