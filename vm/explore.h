// `vm explore --signal SIG FILE [ARGS...]` (SIGNALS.md section 6): runs the
// program once without the signal, then once per instruction N with SIG
// injected just before instruction N, and reports how the outcome (exit
// status, stdout, stderr) changes with the point of interruption. This is
// how one finds the places where "out of thin air" breaks a program: a
// `finally` or an `__exit__` that does not run, a lock left held, output
// that goes missing.
#ifndef VM_VM_EXPLORE_H
#define VM_VM_EXPLORE_H

#include <stdint.h>

// Runs `vm run` of argv[0] with sys.argv = argv[0..argc) in this process and
// returns its exit status (main.c provides it).
typedef int (*ExploreRun)(int argc, char **argv);

// Explores every interruption point of the program; prints the report on
// stdout. A run still going after `limit_ns` (-1: 20 times the undisturbed
// run, at least 3 s) is killed and reported so. Returns 0, or 2 after an
// error message.
int explore(int signum, int64_t limit_ns, ExploreRun run, int argc, char **argv);

#endif
