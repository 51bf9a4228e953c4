// Tests for runtime/blocking.c: the PEP 475 retry loop (EINTR is retried,
// the timeout shrinks on each retry, other errors pass through) and the
// conversion of timeouts from seconds to nanoseconds.
#include <criterion/criterion.h>
#include <errno.h>
#include <time.h>

#include "runtime/blocking.h"
#include "runtime/exc.h"
#include "vm/vm.h"

static void setup(void) {
    vm_init(0, NULL);
}

TestSuite(blocking, .init = setup);

// A fake blocking call: fails with EINTR `eintrs` times (after sleeping a
// little, as a real interrupted wait would), then returns 7. It records the
// timeouts it was given.
typedef struct Fake {
    int eintrs, calls;
    int64_t timeouts[8];
    int fail_with;
} Fake;

static int64_t fake_once(void *ctx, int64_t timeout_ns) {
    Fake *f = ctx;
    f->timeouts[f->calls++] = timeout_ns;
    if (f->calls <= f->eintrs) {
        struct timespec ts = {0, 2000000};
        nanosleep(&ts, NULL);
        errno = EINTR;
        return -1;
    }
    if (f->fail_with) {
        errno = f->fail_with;
        return -1;
    }
    return 7;
}

Test(blocking, retries_after_eintr) {
    Fake f = {.eintrs = 3};
    cr_assert_eq(blocking_call(fake_once, &f, -1), 7);
    cr_assert_eq(f.calls, 4);
    for (int i = 0; i < 4; i++) {
        cr_assert_eq(f.timeouts[i], -1);
    }
}

Test(blocking, recomputes_the_remaining_timeout) {
    Fake f = {.eintrs = 2};
    cr_assert_eq(blocking_call(fake_once, &f, 1000000000), 7);
    cr_assert_eq(f.calls, 3);
    cr_assert_eq(f.timeouts[0], 1000000000);
    cr_assert_lt(f.timeouts[1], 1000000000 - 1000000);
    cr_assert_lt(f.timeouts[2], f.timeouts[1]);
}

Test(blocking, returns_zero_when_the_deadline_passed) {
    Fake f = {.eintrs = 5};
    cr_assert_eq(blocking_call(fake_once, &f, 1000), 0);
    cr_assert_eq(f.calls, 1);
}

Test(blocking, passes_other_errors_through) {
    Fake f = {.eintrs = 1, .fail_with = EBADF};
    cr_assert_eq(blocking_call(fake_once, &f, -1), -1);
    cr_assert_eq(errno, EBADF);
    cr_assert_eq(blocking_error(UNDEF_VAL).tag, VAL_ERR);
    cr_assert(exc_pending_matches(&exc_OSError));
}

Test(blocking, converts_seconds_to_nanoseconds) {
    int64_t ns;
    cr_assert(blocking_timeout_ns(INT_VAL(3), ROUND_AWAY_FROM_ZERO, &ns));
    cr_assert_eq(ns, 3000000000);
    cr_assert(blocking_timeout_ns(FLOAT_VAL(0.25), ROUND_AWAY_FROM_ZERO, &ns));
    cr_assert_eq(ns, 250000000);
    cr_assert(blocking_timeout_ns(FLOAT_VAL(1e-10), ROUND_AWAY_FROM_ZERO, &ns));
    cr_assert_eq(ns, 1); // rounded away from zero
    cr_assert(!blocking_timeout_ns(INT_VAL(9223372037), ROUND_AWAY_FROM_ZERO, &ns));
    cr_assert(exc_pending_matches(&exc_OverflowError));
    vm_take_exc();
    cr_assert(!blocking_timeout_ns(FLOAT_VAL(0.0 / 0.0), ROUND_AWAY_FROM_ZERO, &ns));
    cr_assert(exc_pending_matches(&exc_ValueError));
}
