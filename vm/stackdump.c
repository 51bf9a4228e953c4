// Writing the VM's frame stack as text (see stackdump.h). This code runs in
// a fatal signal's handler and in a thread that races with the main thread,
// so it keeps to a short list of async-signal-safe operations:
//   - write(2), getpid(2) and process_vm_readv(2): system calls with no
//     locks or allocation in their libc wrappers;
//   - memcpy (async-signal-safe since POSIX.1-2016);
//   - loads of the VM's globals that are set once before any dump can run
//     (vm.frames, vm.frames_limit) and one relaxed atomic load of vm.frame;
//   - its own stack: every buffer is a local of bounded size.
// Every loop is bounded (frames, characters), and every pointer found in VM
// memory is copied through peek(), which cannot fault, and checked (type
// pointers, array bounds) before it is followed.
#include "vm/stackdump.h"

#include <errno.h>
#include <stdatomic.h>
#include <stddef.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#include "runtime/str.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/vm.h"

// CPython's limits: frames per thread, code points per name.
#define MAX_FRAME_DEPTH 100
#define MAX_STRING_LENGTH 500

// ---- output --------------------------------------------------------------------------------

// A small buffer on the caller's stack, so a frame's line leaves in one
// write(2) instead of one per character.
typedef struct Out {
    int fd;
    size_t len;
    char buf[256];
} Out;

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) {
            continue;
        }
        if (w <= 0) {
            return; // a closed or full fd: nothing can be reported from here
        }
        p += w;
        n -= (size_t)w;
    }
}

static void out_flush(Out *o) {
    write_all(o->fd, o->buf, o->len);
    o->len = 0;
}

static void out_char(Out *o, char c) {
    if (o->len == sizeof o->buf) {
        out_flush(o);
    }
    o->buf[o->len++] = c;
}

static void out_str(Out *o, const char *s) {
    for (; *s; s++) {
        out_char(o, *s);
    }
}

// Digits by hand: snprintf is not async-signal-safe.
static void out_decimal(Out *o, uint64_t v) {
    char digits[20];
    int n = 0;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n > 0) {
        out_char(o, digits[--n]);
    }
}

static void out_hex(Out *o, uint64_t v, int width) {
    static const char hexdigits[] = "0123456789abcdef";
    char digits[16];
    int n = 0;
    do {
        digits[n++] = hexdigits[v & 15];
        v >>= 4;
    } while (v || n < width);
    while (n > 0) {
        out_char(o, digits[--n]);
    }
}

void stackdump_puts(int fd, const char *s) {
    write_all(fd, s, strlen(s));
}

// ---- reading VM memory -------------------------------------------------------------------

// How peek() copies: 0 not tried yet, 1 through the kernel, 2 plain loads.
// Lock-free, as a signal handler may read and write it.
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "atomic int must be lock-free");
static _Atomic int copy_mode;

// Copies n bytes from src, which may be stale or garbage. process_vm_readv
// on our own pid has the kernel do the copy and answer EFAULT for an
// address that is not mapped, where a load would die of SIGSEGV. A sandbox
// may refuse the call (seccomp: EPERM, ENOSYS); then this falls back to a
// plain copy, so the checks made by the callers are all that protect it.
// false when the bytes could not be read.
static bool peek(void *dst, const void *src, size_t n) {
    if (!src) {
        return false;
    }
    int mode = atomic_load_explicit(&copy_mode, memory_order_relaxed);
    if (mode != 2) {
        struct iovec local = {.iov_base = dst, .iov_len = n};
        struct iovec remote = {.iov_base = (void *)src, .iov_len = n};
        ssize_t r = process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
        if (r == (ssize_t)n) {
            atomic_store_explicit(&copy_mode, 1, memory_order_relaxed);
            return true;
        }
        if (r >= 0 || errno == EFAULT || mode == 1) {
            return false; // (part of) the range is not mapped
        }
        atomic_store_explicit(&copy_mode, 2, memory_order_relaxed);
    }
    memcpy(dst, src, n);
    return true;
}

// ---- frames ----------------------------------------------------------------------------

// Writes a str object as CPython's faulthandler does: printable ASCII as
// is, anything else as \xNN, \uNNNN or \UNNNNNNNN, at most 500 code points
// and then "...". A pointer that is not a str gives "???" (and false).
static bool out_name(Out *o, const StrObj *s) {
    StrObj head;
    if (!peek(&head, s, sizeof head) || head.hdr.type != &str_type) {
        out_str(o, "???");
        return false;
    }
    // Four bytes per code point at most: enough for MAX_STRING_LENGTH of them.
    unsigned char data[MAX_STRING_LENGTH * 4];
    size_t n = head.len < sizeof data ? head.len : sizeof data;
    if (!peek(data, s->data, n)) {
        out_str(o, "???");
        return false;
    }
    size_t i = 0;
    for (int count = 0; i < n && count < MAX_STRING_LENGTH; count++) {
        // UTF-8 by hand, tolerant of garbage: a bad byte stands for itself.
        uint32_t cp = data[i++];
        int more = cp >= 0xF0 ? 3 : cp >= 0xE0 ? 2 : cp >= 0xC0 ? 1 : 0;
        if (more) {
            cp &= 0x3Fu >> more;
        }
        for (; more > 0 && i < n && (data[i] & 0xC0) == 0x80; more--) {
            cp = (cp << 6) | (data[i++] & 0x3F);
        }
        if (cp >= ' ' && cp <= 126) {
            out_char(o, (char)cp);
        } else if (cp <= 0xFF) {
            out_str(o, "\\x");
            out_hex(o, cp, 2);
        } else if (cp <= 0xFFFF) {
            out_str(o, "\\u");
            out_hex(o, cp, 4);
        } else {
            out_str(o, "\\U");
            out_hex(o, cp, 8);
        }
    }
    if (head.cplen > MAX_STRING_LENGTH) {
        out_str(o, "...");
    }
    return true;
}

// The line a frame is at, or -1 when it cannot be told. Same rule as
// frame_lineno: the instruction before ip (ip is saved at every call and
// raise; the innermost frame's may lag while it runs plain instructions).
static int32_t line_of(const Frame *f, const CodeObj *co) {
    uintptr_t start = (uintptr_t)co->code;
    uintptr_t ip = (uintptr_t)f->ip;
    if (ip < start || (ip - start) % sizeof(uint32_t) != 0 || co->ncode <= 0) {
        return -1;
    }
    uintptr_t next = (ip - start) / sizeof(uint32_t);
    uintptr_t i = next == 0 ? 0 : next - 1;
    Position pos;
    if (i >= (uintptr_t)co->ncode || !peek(&pos, co->positions + i, sizeof pos)) {
        return -1;
    }
    return pos.line;
}

// `  File "x.py", line 3 in f`, with ??? for any part that cannot be read.
static void dump_frame(Out *o, const Frame *slot) {
    Frame f;
    CodeObj co;
    bool ok = peek(&f, slot, sizeof f) && peek(&co, f.code, sizeof co) &&
              co.hdr.type == &code_type;
    out_str(o, "  File ");
    if (ok) {
        out_char(o, '"');
        out_name(o, co.filename);
        out_char(o, '"');
    } else {
        out_str(o, "???");
    }
    out_str(o, ", line ");
    int32_t line = ok ? line_of(&f, &co) : -1;
    if (line >= 0) {
        out_decimal(o, (uint64_t)line);
    } else {
        out_str(o, "???");
    }
    out_str(o, " in ");
    if (ok) {
        out_name(o, co.name);
    } else {
        out_str(o, "???");
    }
    out_char(o, '\n');
    out_flush(o);
}

static void dump_frames(Out *o) {
    // vm.frame moves while the main thread runs; one atomic load gives a
    // consistent pointer (not necessarily a consistent frame, see peek).
    uintptr_t top = (uintptr_t)__atomic_load_n(&vm.frame, __ATOMIC_RELAXED);
    uintptr_t bottom = (uintptr_t)vm.frames;
    uintptr_t limit = (uintptr_t)vm.frames_limit;
    if (!bottom || top < bottom || top >= limit || (top - bottom) % sizeof(Frame) != 0) {
        out_str(o, "  <no Python frame>\n"); // below vm.frames: nothing runs
        out_flush(o);
        return;
    }
    // Frames are contiguous: the caller of a frame is the slot below it.
    size_t n = (top - bottom) / sizeof(Frame) + 1;
    for (size_t depth = 0; depth < n; depth++) {
        if (depth == MAX_FRAME_DEPTH) {
            out_str(o, "  ...\n");
            out_flush(o);
            break;
        }
        dump_frame(o, vm.frames + (n - 1 - depth));
    }
}

void stackdump_traceback(int fd, bool header) {
    Out o = {.fd = fd};
    if (header) {
        out_str(&o, "Stack (most recent call first):\n");
    }
    dump_frames(&o);
}

void stackdump_threads(int fd, unsigned long thread_id, bool current) {
    Out o = {.fd = fd};
    out_str(&o, current ? "Current thread 0x" : "Thread 0x");
    out_hex(&o, thread_id, (int)sizeof(unsigned long) * 2);
    out_str(&o, " (most recent call first):\n");
    dump_frames(&o);
}
