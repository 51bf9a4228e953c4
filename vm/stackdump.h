// The script's stack as text, written with write(2) only: what faulthandler
// prints from a fatal signal's handler, from its watchdog thread and from
// dump_traceback(). Everything here is async-signal-safe (no malloc, no
// stdio, no locks) and reads the VM's frames through a copy that cannot
// fault (where the kernel allows it, see peek() in stackdump.c), so a frame
// stack that changes under a reader in another thread gives a wrong or
// "???" line at worst, never a crash. The format is CPython 3.11's
// (Python/traceback.c); the Python-visible module is runtime/mod_faulthandler.c.
#ifndef VM_VM_STACKDUMP_H
#define VM_VM_STACKDUMP_H

#include <stdbool.h>
#include <stdint.h>

// Writes the NUL-terminated `s` to fd, ignoring errors (there is nowhere to
// report them). Async-signal-safe.
void stackdump_puts(int fd, const char *s);

// Writes the frames of the VM's stack, innermost first, one
// `  File "x.py", line 3 in f` line each: at most 100, then `  ...`; or
// `  <no Python frame>` when nothing runs. With `header`, the block starts
// with `Stack (most recent call first):`. Async-signal-safe; may run in any
// thread while the main thread keeps running.
void stackdump_traceback(int fd, bool header);

// Writes the stack of every thread running Python code (today only the main
// thread, whose pthread id is `thread_id`), each under a
// `Current thread 0x... (most recent call first):` header (`current`: the
// caller is that thread) or `Thread 0x... (...)`. Async-signal-safe.
void stackdump_threads(int fd, unsigned long thread_id, bool current);

#endif
