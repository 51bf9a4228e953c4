// The time module: the wall clock (time), the monotonic clocks (monotonic,
// perf_counter) in float seconds and in integer nanoseconds, and sleep, which
// waits through blocking_call so that signals interrupt it as PEP 475 says.
#include <errno.h>
#include <time.h>

#include "runtime/args.h"
#include "runtime/blocking.h"
#include "runtime/exc.h"
#include "runtime/module.h"
#include "vm/signal.h"

ModuleObj *mod_time_create(void);

static int64_t clock_ns(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static double clock_seconds(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

#define CLOCK_FUNCTIONS(name, clock)                                                               \
    static Value time_##name(Value *args, int nargs, TupleObj *kw) {                               \
        (void)args;                                                                                \
        return args_none("time." #name, nargs, kw) ? FLOAT_VAL(clock_seconds(clock)) : ERR_VAL;      \
    }                                                                                              \
    static Value time_##name##_ns(Value *args, int nargs, TupleObj *kw) {                          \
        (void)args;                                                                                \
        return args_none("time." #name "_ns", nargs, kw) ? INT_VAL(clock_ns(clock)) : ERR_VAL;       \
    }

CLOCK_FUNCTIONS(time, CLOCK_REALTIME)
CLOCK_FUNCTIONS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCTIONS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCTIONS(process_time, CLOCK_PROCESS_CPUTIME_ID)

#undef CLOCK_FUNCTIONS

// One attempt of sleep: a wait for nothing but signals (vm/signal.h), so a
// signal that arrives after the last look at the pending handlers but
// before the wait still cuts the wait short.
static int64_t sleep_once(void *ctx, int64_t timeout_ns) {
    (void)ctx;
    return signal_sleep(timeout_ns);
}

// sleep(secs): secs is an int or a float, never negative.
static Value time_sleep(Value *args, int nargs, TupleObj *kw) {
    if (!args_no_kw("time.sleep", kw)) {
        return ERR_VAL;
    }
    if (nargs != 1) {
        return exc_raise(&exc_TypeError, "time.sleep() takes exactly one argument (%d given)",
                         nargs);
    }
    int64_t ns;
    if (!blocking_timeout_ns(args[0], ROUND_AWAY_FROM_ZERO, &ns)) {
        return ERR_VAL;
    }
    if (ns < 0) {
        return exc_raise(&exc_ValueError, "sleep length must be non-negative");
    }
    if (blocking_call(sleep_once, NULL, ns) < 0) {
        return blocking_error(UNDEF_VAL);
    }
    return NONE_VAL;
}

static const MethodDef time_functions[] = {
    {"time", time_time},
    {"time_ns", time_time_ns},
    {"monotonic", time_monotonic},
    {"monotonic_ns", time_monotonic_ns},
    {"perf_counter", time_perf_counter},
    {"perf_counter_ns", time_perf_counter_ns},
    {"process_time", time_process_time},
    {"process_time_ns", time_process_time_ns},
    {"sleep", time_sleep},
    {NULL, NULL},
};

ModuleObj *mod_time_create(void) {
    ModuleObj *m = module_new("time");
    module_add_functions(m, time_functions);
    return m;
}
