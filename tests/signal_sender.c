// The sender of tests/test_signals.sh's stress test: sends COUNT signals
// SIG to process PID as fast as kill() allows, and fails (status 1) as soon
// as a kill() fails, which is how a receiver that died early is noticed.
//
// Usage: signal_sender PID SIG COUNT
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s PID SIG COUNT\n", argv[0]);
        return 2;
    }
    pid_t pid = (pid_t)strtol(argv[1], NULL, 10);
    int sig = (int)strtol(argv[2], NULL, 10);
    long count = strtol(argv[3], NULL, 10);
    if (pid <= 1 || sig <= 0 || count < 0) {
        fprintf(stderr, "%s: bad arguments\n", argv[0]);
        return 2;
    }
    for (long i = 0; i < count; i++) {
        if (kill(pid, sig) != 0) {
            fprintf(stderr, "%s: kill #%ld of %ld failed: %s\n", argv[0], i + 1, count,
                    strerror(errno));
            return 1;
        }
    }
    return 0;
}
