// vm explore (see explore.h). Every run happens in a child process forked
// from this one, with stdin from /dev/null and stdout, stderr and the signal
// trace going to three memory files that the parent reads when the child
// has ended. Consecutive interruption points with the same outcome are
// reported as one range, so the report shows where the behaviour changes.
#include "vm/explore.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/blocking.h"
#include "runtime/text.h"
#include "vm/eval.h"
#include "vm/signal.h"

// What one run did.
typedef struct Outcome {
    int status;            // as waitpid gives it
    char *out, *err;       // its stdout and stderr, NUL-terminated
    size_t out_len, err_len;
    uint64_t instructions; // how many ran (0: unknown, the run died)
    bool hung;             // killed for running far longer than the first run
    char where[160];       // where the handler first ran ("" if it did not)
} Outcome;

static void outcome_free(Outcome *o) {
    free(o->out);
    free(o->err);
    memset(o, 0, sizeof *o);
}

// The whole content of memory file fd, NUL-terminated.
static char *slurp(int fd, size_t *len) {
    off_t size = lseek(fd, 0, SEEK_END);
    char *buf = malloc(size > 0 ? (size_t)size + 1 : 1);
    if (!buf) {
        abort(); // the parent holds only a few outputs at a time
    }
    size_t got = 0;
    if (size > 0 && lseek(fd, 0, SEEK_SET) == 0) {
        ssize_t r;
        while (got < (size_t)size && (r = read(fd, buf + got, (size_t)size - got)) > 0) {
            got += (size_t)r;
        }
    }
    buf[got] = 0;
    *len = got;
    return buf;
}

// Reads the two facts explore needs from a run's signal trace.
static void parse_trace(const char *trace, Outcome *o) {
    const char *total = strstr(trace, "vm: the program ran ");
    if (total) {
        o->instructions = strtoull(total + strlen("vm: the program ran "), NULL, 10);
    }
    // "vm: SIGUSR1 handler runs before instruction 63, in work line 11 at 13 ..."
    const char *runs = strstr(trace, " handler runs before instruction ");
    const char *in = runs ? strstr(runs, ", in ") : NULL;
    const char *end = in ? strstr(in, " at ") : NULL;
    if (end && !memchr(in, '\n', (size_t)(end - in))) {
        snprintf(o->where, sizeof o->where, "%.*s", (int)(end - in - 5), in + 5);
    }
}

// Waits for the child `pid`, for at most `limit_ns` (-1: no limit); a child
// still running then is killed, and o->hung set. false after an error.
static bool wait_child(pid_t pid, int64_t limit_ns, Outcome *o) {
    int pidfd = limit_ns >= 0 ? (int)syscall(SYS_pidfd_open, pid, 0) : -1;
    if (pidfd >= 0) {
        struct pollfd p = {.fd = pidfd, .events = POLLIN};
        int64_t deadline = monotonic_ns() + limit_ns;
        int ready;
        do {
            int64_t left_ms = (deadline - monotonic_ns()) / 1000000;
            ready = poll(&p, 1, left_ms > 0 ? (int)left_ms : 0);
        } while (ready < 0 && errno == EINTR);
        close(pidfd);
        if (ready == 0) {
            kill(pid, SIGKILL);
            o->hung = true;
        }
    }
    while (waitpid(pid, &o->status, 0) < 0) {
        if (errno != EINTR) {
            perror("vm explore: waitpid");
            return false;
        }
    }
    return true;
}

// Runs the program in a child, with signum injected before instruction `at`
// (0: no signal), for at most `limit_ns` (-1: no limit). false after an
// error message.
static bool run_once(ExploreRun run, int argc, char **argv, int signum, uint64_t at,
                     int64_t limit_ns, Outcome *o) {
    int out = memfd_create("vm-explore-stdout", MFD_CLOEXEC);
    int err = memfd_create("vm-explore-stderr", MFD_CLOEXEC);
    int trace = memfd_create("vm-explore-trace", MFD_CLOEXEC);
    if (out < 0 || err < 0 || trace < 0) {
        perror("vm explore: memfd_create");
        return false;
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        perror("vm explore: fork");
        return false;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_RDONLY);
        if (null < 0 || dup2(null, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0) {
            _exit(127);
        }
        signal_trace(trace);
        if (at > 0) {
            signal_inject_before(signum, at);
        }
        eval_count_instructions();
        exit(run(argc, argv));
    }
    o->hung = false;
    if (!wait_child(pid, limit_ns, o)) {
        return false;
    }
    size_t trace_len;
    char *text = slurp(trace, &trace_len);
    o->out = slurp(out, &o->out_len);
    o->err = slurp(err, &o->err_len);
    o->instructions = 0;
    o->where[0] = 0;
    parse_trace(text, o);
    free(text);
    close(out);
    close(err);
    close(trace);
    return true;
}

static bool same_outcome(const Outcome *a, const Outcome *b) {
    return a->status == b->status && a->hung == b->hung && a->out_len == b->out_len &&
           a->err_len == b->err_len && memcmp(a->out, b->out, a->out_len) == 0 && memcmp(a->err, b->err, a->err_len) == 0;
}

// How the stdout of a run differs from the run without the signal: its
// first two lines that differ, or where it stops short.
static void describe_stdout(const Outcome *o, const Outcome *base) {
    if (o->out_len == base->out_len && memcmp(o->out, base->out, o->out_len) == 0) {
        fputs("same stdout", stdout);
        return;
    }
    int shown = 0;
    for (size_t k = 1; shown < 2; k++) {
        const char *a, *b;
        size_t na, nb;
        bool ha = text_line(o->out, o->out_len, k, &a, &na);
        bool hb = text_line(base->out, base->out_len, k, &b, &nb);
        if (!ha && !hb) {
            break;
        }
        if (!ha) {
            printf("%sstdout stops before line %zu (\"%.*s\")", shown ? ", " : "", k,
                   (int)(nb > 60 ? 60 : nb), b);
            break;
        }
        if (!hb || na != nb || memcmp(a, b, na) != 0) {
            printf("%s%s %zu is \"%.*s\"", shown ? ", " : "", shown ? "line" : "stdout line", k,
                   (int)(na > 60 ? 60 : na), a);
            shown++;
        }
    }
}

// The last line of a run's stderr: the exception that ended it, mostly.
static void describe_stderr(const Outcome *o) {
    size_t end = o->err_len;
    while (end > 0 && o->err[end - 1] == '\n') {
        end--;
    }
    size_t start = end;
    while (start > 0 && o->err[start - 1] != '\n') {
        start--;
    }
    printf("; stderr ends \"%.*s\"", (int)(end - start > 70 ? 70 : end - start), o->err + start);
}

static void describe_status(FILE *to, int status, bool hung) {
    if (hung) {
        fputs("still running after the time limit (killed)", to);
    } else if (!WIFSIGNALED(status)) {
        fprintf(to, "exit status %d", WEXITSTATUS(status));
    } else if (sigabbrev_np(WTERMSIG(status))) {
        fprintf(to, "killed by SIG%s", sigabbrev_np(WTERMSIG(status)));
    } else {
        fprintf(to, "killed by signal %d", WTERMSIG(status));
    }
}

static void report_range(uint64_t first, uint64_t last, const Outcome *o, const Outcome *base,
                         const char *where_first, const char *where_last) {
    if (first == last) {
        printf("  %" PRIu64 ": ", first);
    } else {
        printf("  %" PRIu64 "-%" PRIu64 ": ", first, last);
    }
    if (same_outcome(o, base)) {
        fputs("same as without the signal", stdout);
    } else {
        describe_status(stdout, o->status, o->hung);
        fputs("; ", stdout);
        describe_stdout(o, base);
        if (o->err_len > 0 && (o->err_len != base->err_len ||
                               memcmp(o->err, base->err, o->err_len) != 0)) {
            describe_stderr(o);
        }
    }
    if (*where_first) {
        if (strcmp(where_first, where_last) == 0) {
            printf(" [handler ran in %s]", where_first);
        } else {
            printf(" [handler ran in %s ... %s]", where_first, where_last);
        }
    }
    putchar('\n');
}

int explore(int signum, int64_t limit_ns, ExploreRun run, int argc, char **argv) {
    Outcome base = {0};
    int64_t started = monotonic_ns();
    if (!run_once(run, argc, argv, signum, 0, -1, &base)) {
        return 2;
    }
    // A run that the signal sent into a loop must not stop the exploration:
    // by default, one that takes 20 times as long as the first (and over 3
    // seconds) is killed.
    if (limit_ns < 0) {
        limit_ns = 20 * (monotonic_ns() - started);
        if (limit_ns < 3000000000) {
            limit_ns = 3000000000;
        }
    }
    if (base.instructions == 0) {
        fprintf(stderr, "vm explore: the run without the signal did not end normally (");
        describe_status(stderr, base.status, false);
        fprintf(stderr, ")\n");
        outcome_free(&base);
        return 2;
    }
    const char *abbrev = sigabbrev_np(signum);
    printf("vm explore: SIG%s before each of the %" PRIu64 " instructions of %s\n",
           abbrev ? abbrev : "?", base.instructions, argv[0]);
    printf("  without it: ");
    describe_status(stdout, base.status, false);
    printf(", %zu bytes of stdout, %zu of stderr\n", base.out_len, base.err_len);
    // The range being built: its first point, its outcome and where its
    // handler ran first and last.
    Outcome group = {0}, next = {0};
    uint64_t first = 0, outcomes = 0;
    char where_first[160] = "", where_last[160] = "";
    for (uint64_t at = 1; at <= base.instructions; at++) {
        if (!run_once(run, argc, argv, signum, at, limit_ns, &next)) {
            outcome_free(&group);
            outcome_free(&base);
            return 2;
        }
        if (first > 0 && same_outcome(&next, &group)) {
            if (*next.where) {
                memcpy(where_last, next.where, sizeof where_last);
            }
            outcome_free(&next);
            continue;
        }
        if (first > 0) {
            report_range(first, at - 1, &group, &base, where_first, where_last);
            outcome_free(&group);
        }
        group = next;
        memset(&next, 0, sizeof next);
        first = at;
        outcomes++;
        memcpy(where_first, group.where, sizeof where_first);
        memcpy(where_last, group.where, sizeof where_last);
    }
    report_range(first, base.instructions, &group, &base, where_first, where_last);
    printf("  %" PRIu64 " different outcome%s\n", outcomes, outcomes == 1 ? "" : "s");
    outcome_free(&group);
    outcome_free(&base);
    return 0;
}
