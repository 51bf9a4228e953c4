// The retry loop of PEP 475 for blocking calls (see blocking.h), and the
// conversion of timeouts from seconds to nanoseconds. What runs the script's
// handlers belongs to the signal module; this file only knows when to ask.
#include "runtime/blocking.h"

#include <errno.h>
#include <math.h>
#include <poll.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <time.h>

#include "runtime/exc.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "vm/signal.h"

bool vm_handle_eintr(void) {
    return signal_run_pending();
}

int64_t monotonic_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t blocking_call(BlockingFn fn, void *ctx, int64_t timeout_ns) {
    // The deadline is fixed once, before the first attempt; every retry gets
    // only what is left of it.
    int64_t deadline = timeout_ns >= 0 ? monotonic_ns() + timeout_ns : 0;
    int64_t remaining = timeout_ns;
    for (;;) {
        int64_t r = fn(ctx, remaining);
        if (r >= 0 || errno != EINTR) {
            return r;
        }
        if (!vm_handle_eintr()) {
            errno = EINTR; // the handler may have changed errno; EINTR says "raised"
            return -1;
        }
        if (timeout_ns >= 0) {
            remaining = deadline - monotonic_ns();
            if (remaining < 0) {
                return 0;
            }
        }
    }
}

// ---- reads and writes ----------------------------------------------------------

typedef struct IoCall {
    long nr; // SYS_read or SYS_write
    int fd;
    char *buf;
    size_t n;
} IoCall;

// One attempt, through signal_syscall (vm/signal.h): a signal that arrives
// just before a read or write that waits still ends it. With a signal
// tripped already, poll tells first whether the call would wait at all.
static int64_t io_once(void *ctx, int64_t timeout_ns) {
    (void)timeout_ns;
    IoCall *c = ctx;
    if (signal_cancels(true)) {
        struct pollfd p = {.fd = c->fd, .events = c->nr == SYS_read ? POLLIN : POLLOUT};
        if (poll(&p, 1, 0) != 0) { // ready (or a bad fd, which the call reports)
            return syscall(c->nr, c->fd, c->buf, c->n);
        }
    }
    return signal_syscall(true, c->nr, c->fd, (long)c->buf, (long)c->n, 0, 0, 0);
}

int64_t blocking_read(int fd, void *buf, size_t n) {
    IoCall c = {.nr = SYS_read, .fd = fd, .buf = buf, .n = n};
    return blocking_call(io_once, &c, -1);
}

int64_t blocking_write(int fd, const void *buf, size_t n) {
    IoCall c = {.nr = SYS_write, .fd = fd, .buf = (char *)buf, .n = n};
    return blocking_call(io_once, &c, -1);
}

Value blocking_error(Value filename) {
    int err = errno;
    if (err == EINTR) {
        return ERR_VAL;
    }
    Value args[3] = {INT_VAL(err), OBJ_VAL(str_from_cstr(strerror(err))), filename};
    Value e = exc_call_type(&exc_OSError, args, IS_UNDEF(filename) ? 2 : 3, NULL);
    if (IS_ERR(e)) {
        return e;
    }
    return exc_raise_value(e);
}

bool blocking_timeout_ns(Value seconds, TimeoutRounding rounding, int64_t *out) {
    if (IS_FLOAT(seconds)) {
        double d = seconds.f;
        if (isnan(d)) {
            exc_raise(&exc_ValueError, "Invalid value NaN (not a number)");
            return false;
        }
        d = d >= 0 || rounding == ROUND_CEILING ? ceil(d * 1e9) : floor(d * 1e9);
        // 2**63 is exact as a double; anything at or past it does not fit.
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            exc_raise(&exc_OverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        *out = (int64_t)d;
        return true;
    }
    int64_t s;
    if (IS_OBJ(seconds) && seconds.o->type == &int_type) {
        s = INT64_MAX; // a boxed int is beyond int64, so certainly too large
    } else if (!ops_index(seconds, &s)) {
        return false;
    }
    if (s > INT64_MAX / 1000000000 || s < INT64_MIN / 1000000000) {
        exc_raise(&exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return false;
    }
    *out = s * 1000000000;
    return true;
}
