// File objects over file descriptors: the standard streams and the text
// and binary files of open(). Writing appends to an output buffer that is
// pushed to the descriptor when the buffering mode says so; reading pulls
// chunks into an input buffer and hands out lines (decoded from UTF-8 for
// text files, as bytes for binary ones). Every read and write goes through
// blocking_read/blocking_write (runtime/blocking.h), so a signal that
// interrupts one runs its handler at once and, if the handler raised, the
// exception comes out of the read or write (PEP 475).
#include "runtime/file.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/blocking.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/gc.h"
#include "vm/vm.h"

// The text layer's chunk size, and the byte buffer's size when fstat
// cannot tell the block size.
#define FILE_BUFSIZE 8192

static FileObj *std_in, *std_out, *std_err;
static FileObj *open_files; // what open() made and is not yet closed, linked by next_open

// ---- system calls ----------------------------------------------------------------

// Writes all n bytes to fd without running signal handlers: for a file the
// collector finalizes, where no Python code may run. A write cut short by a
// signal is retried; the handler runs at the next check point.
static void write_all_quietly(int fd, const char *buf, size_t n) {
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(fd, buf + done, n - done);
        if (w < 0 && errno != EINTR) {
            return;
        }
        done += w > 0 ? (size_t)w : 0;
    }
}

// Raises the OSError for err, unless err is EINTR: then the exception of
// the signal handler that cut the call short is pending already.
static void raise_io_error(int err) {
    if (err != EINTR) {
        exc_raise_errno(err, NULL);
    }
}

// ---- checks shared by the methods ------------------------------------------------

// CPython words a closed file's error by the layer that notices: the text
// layer says "I/O operation on closed file.", the binary layer names the
// operation ("read of closed file", passed as binary_msg), and the raw file
// (fileno, isatty, readable...) drops the period.
static bool check_open_msg(FileObj *f, const char *binary_msg) {
    if (f->closed) {
        exc_raise(&exc_ValueError, "%s",
                  f->binary && binary_msg ? binary_msg : "I/O operation on closed file.");
        return false;
    }
    return true;
}

static bool check_open(FileObj *f) {
    return check_open_msg(f, NULL);
}

static bool check_raw_open(FileObj *f) {
    if (f->closed) {
        exc_raise(&exc_ValueError, "I/O operation on closed file");
        return false;
    }
    return true;
}

// Raises io.UnsupportedOperation(msg); like any OSError made from a bare
// message, its errno, strerror and filename are None.
static void raise_unsupported(const char *msg) {
    exc_raise(&file_unsupported_type, "%s", msg);
    exc_set_attr(vm.exc, "errno", NONE_VAL);
    exc_set_attr(vm.exc, "strerror", NONE_VAL);
    exc_set_attr(vm.exc, "filename", NONE_VAL);
}

// Reading a write-only file and the like raise io.UnsupportedOperation,
// which in CPython is also a ValueError; here it derives from OSError only.
static bool check_mode(FileObj *f, bool want_write, const char *binary_msg) {
    if (!check_open_msg(f, binary_msg)) {
        return false;
    }
    if (want_write ? !f->writable : !f->readable) {
        const char *what = f->binary ? (want_write ? "write" : "read")
                                     : (want_write ? "not writable" : "not readable");
        raise_unsupported(what);
        return false;
    }
    return true;
}

// A file open for reading and writing shares one position between both:
// before writing, buffered input not yet consumed is given back by seeking
// back over it; before reading, pending output is written.
static bool drop_input(FileObj *f) {
    size_t unread = f->in_len - f->in_pos;
    f->in_pos = f->in_len = f->in_checked = 0;
    f->eof = false;
    if (unread > 0 && lseek(f->fd, -(off_t)unread, SEEK_CUR) < 0) {
        exc_raise_errno(errno, NULL);
        return false;
    }
    return true;
}

// ---- output ------------------------------------------------------------------------

// Drops the first n bytes of the output buffer.
static void out_consume(FileObj *f, size_t n) {
    memmove(f->out, f->out + n, f->out_len - n);
    f->out_len -= n;
    f->out_buffered = f->out_buffered > n ? f->out_buffered - n : 0;
}

// Writes the first n output bytes to fd. On failure the bytes that did get
// written are dropped, the rest stays, and the error is raised. A signal
// handler that runs while a write waits (PEP 475) and writes to this file
// only adds to the buffer (see file_write), which may move it: f->out is
// read again for every write.
static bool out_write(FileObj *f, size_t n) {
    size_t done = 0;
    int err = 0;
    f->busy = true;
    while (done < n) {
        int64_t w = blocking_write(f->fd, f->out + done, n - done);
        if (w < 0) {
            err = errno; // EINTR: a handler raised, its exception is pending
            break;
        }
        done += (size_t)w;
    }
    f->busy = false;
    out_consume(f, done);
    if (err) {
        raise_io_error(err);
        return false;
    }
    return true;
}

// The text layer hands its pending bytes down to the byte buffer, which
// takes them if they fit, else writes itself out first and then either
// keeps them or, when they exceed a whole buffer, writes them too. As in
// CPython, pending text is lost when this fails; the byte buffer is kept.
static bool push_pending(FileObj *f) {
    size_t pending = f->out_len - f->out_buffered;
    if (pending <= f->blksize - f->out_buffered) {
        f->out_buffered = f->out_len;
        return true;
    }
    if (!out_write(f, f->out_buffered)) {
        f->out_len = f->out_buffered;
        return false;
    }
    if (pending > f->blksize) {
        if (!out_write(f, pending)) {
            f->out_len = 0;
            return false;
        }
        return true;
    }
    f->out_buffered = pending;
    return true;
}

bool file_flush(FileObj *f) {
    if (!check_open(f)) {
        return false;
    }
    if (f->out_len == 0 || f->busy) {
        return true; // (busy: the write under way goes on after the handler)
    }
    // What could not be written stays buffered, as in CPython's BufferedWriter,
    // so a later flush (say, to a dup2'ed descriptor) can still deliver it.
    return push_pending(f) && out_write(f, f->out_len);
}

// Adds s[0..n) to the output buffer, growing it as needed.
static void append_output(FileObj *f, const char *s, size_t n) {
    if (f->out_len + n > f->out_cap) {
        size_t cap = f->out_cap ? f->out_cap : 2 * FILE_BUFSIZE;
        while (cap < f->out_len + n) {
            cap *= 2;
        }
        f->out = gc_realloc(f->out, f->out_cap, cap);
        f->out_cap = cap;
    }
    memcpy(f->out + f->out_len, s, n);
    f->out_len += n;
}

bool file_write(FileObj *f, const char *s, size_t n) {
    if (!check_mode(f, true, "write to closed file")) {
        return false;
    }
    if (f->in_len > 0 && !drop_input(f)) {
        return false;
    }
    if (f->busy) {
        // A signal handler writing while this file's own write waits: its
        // text joins the buffer, to be written after what is under way.
        append_output(f, s, n);
        return true;
    }
    if (f->out_len - f->out_buffered + n > FILE_BUFSIZE && !push_pending(f)) {
        return false;
    }
    append_output(f, s, n);
    if (f->unbuffered) {
        // No buffer at all: what fails to be written is gone.
        if (!out_write(f, f->out_len)) {
            f->out_len = f->out_buffered = 0;
            return false;
        }
        return true;
    }
    bool line_end = f->line_buffered && (memchr(s, '\n', n) || memchr(s, '\r', n));
    if (f->out_len - f->out_buffered >= FILE_BUFSIZE || line_end) {
        if (!push_pending(f)) {
            return false;
        }
    }
    return !line_end || out_write(f, f->out_len);
}

// Flushes sys.<name> if the sys module exists, else the standard file;
// any error is dropped.
static void flush_sys_stream(const char *name, FileObj *initial) {
    Value f = OBJ_VAL(initial);
    Value sys = dict_get_str(vm.modules, str_intern_cstr("sys"));
    if (!IS_UNDEF(sys)) {
        f = dict_get_str(AS_MODULE(sys)->dict, str_intern_cstr(name));
    }
    if (IS_FILE(f)) {
        if (!AS_FILE(f)->closed && !file_flush(AS_FILE(f))) {
            vm_take_exc();
        }
        return;
    }
    if (IS_UNDEF(f) || IS_NONE(f)) {
        return;
    }
    Value flush = ops_getattr(f, str_intern_cstr("flush"));
    Value none = NONE_VAL; // vm_call is given a valid (unused) argument array
    if (IS_ERR(flush) || IS_ERR(vm_call(flush, &none, 0, NULL))) {
        vm_take_exc();
    }
}

void file_flush_io(void) {
    // The exception being reported must survive the flushes.
    Value pending = vm_take_exc();
    flush_sys_stream("stderr", std_err);
    flush_sys_stream("stdout", std_out);
    vm.exc = pending;
}

bool file_flush_std(void) {
    file_flush_open();
    bool ok = std_out->closed || file_flush(std_out);
    Value pending = ok ? UNDEF_VAL : vm_take_exc();
    if (!std_err->closed && !file_flush(std_err)) {
        vm_take_exc();
    }
    if (!ok) {
        vm.exc = pending;
    }
    return ok;
}

// ---- input -------------------------------------------------------------------------

// The length of the UTF-8 sequence a lead byte starts (1 for stray bytes,
// which the decoder then rejects).
static size_t seq_len(unsigned char c) {
    return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

// Whether s[0..n) holds at least `count` complete characters; *bytes is
// then the length of the first `count` of them.
static bool char_prefix(const char *s, size_t n, size_t count, size_t *bytes) {
    size_t pos = 0;
    for (size_t i = 0; i < count; i++) {
        if (pos >= n) {
            return false;
        }
        pos += seq_len((unsigned char)s[pos]);
        if (pos > n) {
            return false;
        }
    }
    *bytes = pos;
    return true;
}

// A decoding error: the bad sequence starts at `at` and spans `span` bytes.
typedef struct Utf8Error {
    size_t at, span;
    const char *why;
} Utf8Error;

// Checks s[0..n) is valid UTF-8; false with *e describing the first problem
// the way CPython's decoder reports it. A sequence cut off by the end counts
// as "unexpected end of data".
static bool utf8_check(const unsigned char *s, size_t n, Utf8Error *e) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xF4) ? seq_len(c) : 0;
        if (len == 0) {
            *e = (Utf8Error){i, 1, "invalid start byte"};
            return false;
        }
        for (size_t k = 1; k < len; k++) {
            if (i + k >= n) {
                *e = (Utf8Error){i, k, "unexpected end of data"};
                return false;
            }
            unsigned char d = s[i + k];
            bool ok = (d & 0xC0) == 0x80;
            // Overlong forms, surrogates and code points past U+10FFFF.
            if (k == 1 && ok) {
                ok = !(c == 0xE0 && d < 0xA0) && !(c == 0xED && d > 0x9F) &&
                     !(c == 0xF0 && d < 0x90) && !(c == 0xF4 && d > 0x8F);
            }
            if (!ok) {
                *e = (Utf8Error){i, k, "invalid continuation byte"};
                return false;
            }
        }
        i += len;
    }
    return true;
}

// Validates the bytes read since the last check, as CPython decodes each
// chunk it reads; positions in the message count from the chunk's start.
// A sequence cut off by the chunk's end waits for the next chunk, unless
// the file has ended.
static bool check_input(FileObj *f) {
    const unsigned char *s = (const unsigned char *)f->in + f->in_checked;
    size_t n = f->in_len - f->in_checked;
    Utf8Error e;
    if (utf8_check(s, n, &e)) {
        f->in_checked = f->in_len;
        return true;
    }
    if (strcmp(e.why, "unexpected end of data") == 0 && !f->eof) {
        f->in_checked += e.at;
        return true;
    }
    if (e.span == 1) {
        exc_raise(&exc_UnicodeDecodeError,
                  "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", s[e.at], e.at,
                  e.why);
    } else {
        exc_raise(&exc_UnicodeDecodeError,
                  "'utf-8' codec can't decode bytes in position %zu-%zu: %s", e.at,
                  e.at + e.span - 1, e.why);
    }
    // The bad bytes are dropped so that reading can go on past them.
    f->in_len = f->in_checked;
    return false;
}

// A signal handler reading a file whose own read is waiting (PEP 475):
// CPython's buffered reader refuses, and so does this one.
static bool check_not_busy(FileObj *f) {
    if (!f->busy) {
        return true;
    }
    Value name = ops_repr(f->name);
    if (!IS_ERR(name)) {
        exc_raise(&exc_RuntimeError, "reentrant call inside <_io.BufferedReader name=%s>",
                  AS_STR(name)->data);
    }
    return false;
}

// Reads one more chunk into the input buffer: 1 got bytes, 0 end of file,
// -1 raised.
static int fill_input(FileObj *f) {
    if (f->eof) {
        return 0;
    }
    if (!check_not_busy(f)) {
        return -1;
    }
    if (f->in_pos > 0) {
        memmove(f->in, f->in + f->in_pos, f->in_len - f->in_pos);
        f->in_len -= f->in_pos;
        f->in_checked -= f->in_pos;
        f->in_pos = 0;
    }
    if (f->in_cap - f->in_len < FILE_BUFSIZE) {
        size_t cap = f->in_cap ? f->in_cap * 2 : 2 * FILE_BUFSIZE;
        f->in = gc_realloc(f->in, f->in_cap, cap);
        f->in_cap = cap;
    }
    f->busy = true;
    int64_t r = blocking_read(f->fd, f->in + f->in_len, FILE_BUFSIZE);
    f->busy = false;
    if (r < 0) {
        raise_io_error(errno);
        return -1;
    }
    if (r == 0) {
        f->eof = true;
        // A sequence left incomplete at the end is an error now.
        return !f->binary && f->in_checked < f->in_len && !check_input(f) ? -1 : 0;
    }
    f->in_len += (size_t)r;
    return f->binary || check_input(f) ? 1 : -1;
}

// Consumes in[in_pos .. in_pos + n) as a str (already validated) or, for a
// binary file, as bytes.
static Value take_str(FileObj *f, size_t n) {
    const char *s = n ? f->in + f->in_pos : "";
    f->in_pos += n;
    return f->binary ? OBJ_VAL(bytes_new(s, n)) : OBJ_VAL(str_new(s, n));
}

// Whether s[0..n) holds `count` characters (bytes, for a binary file);
// *bytes is then their length.
static bool prefix(FileObj *f, const char *s, size_t n, size_t count, size_t *bytes) {
    if (f->binary) {
        *bytes = count;
        return n >= count;
    }
    return char_prefix(s, n, count, bytes);
}

// Before reading: pending output goes first (files open for both).
static bool start_read(FileObj *f, const char *binary_msg) {
    if (!check_mode(f, false, binary_msg) || !check_not_busy(f)) {
        return false;
    }
    return f->out_len == 0 || file_flush(f);
}

// An empty str or bytes: what readline() returns at end of file.
static bool is_empty_line(Value v) {
    return IS_BYTES(v) ? AS_BYTES(v)->len == 0 : AS_STR(v)->len == 0;
}

// readline with an optional limit in characters (-1: none).
static Value readline_limit(FileObj *f, int64_t limit) {
    if (!start_read(f, "readline of closed file")) {
        return ERR_VAL;
    }
    size_t scanned = 0; // bytes after in_pos known to hold no '\n'
    for (;;) {
        const char *s = f->in + f->in_pos;
        size_t avail = f->in_len - f->in_pos;
        const char *nl = avail > scanned ? memchr(s + scanned, '\n', avail - scanned) : NULL;
        size_t end = nl ? (size_t)(nl - s) + 1 : avail;
        size_t cut;
        if (limit >= 0 && prefix(f, s, end, (size_t)limit, &cut)) {
            return take_str(f, cut);
        }
        if (nl) {
            return take_str(f, end);
        }
        scanned = avail;
        int r = fill_input(f);
        if (r < 0) {
            return ERR_VAL;
        }
        if (r == 0) {
            return take_str(f, f->in_len - f->in_pos);
        }
    }
}

Value file_readline(FileObj *f) {
    return readline_limit(f, -1);
}

// read(): everything up to end of file, or at most `limit` characters.
static Value read_limit(FileObj *f, int64_t limit) {
    if (!start_read(f, "read of closed file")) {
        return ERR_VAL;
    }
    for (;;) {
        size_t avail = f->in_len - f->in_pos, cut;
        if (limit >= 0 && prefix(f, f->in + f->in_pos, avail, (size_t)limit, &cut)) {
            return take_str(f, cut);
        }
        int r = fill_input(f);
        if (r < 0) {
            return ERR_VAL;
        }
        if (r == 0) {
            return take_str(f, f->in_len - f->in_pos);
        }
    }
}

// ---- the type ----------------------------------------------------------------------

static void file_trace(Obj *o) {
    FileObj *f = (FileObj *)o;
    gc_mark_value(f->name);
    gc_mark_obj((Obj *)f->mode);
    gc_mark_obj((Obj *)f->encoding);
}

// An unreachable file: written out as well as possible (nothing can be
// raised from the collector) and closed.
// Takes f off the list of files open() made.
static void unregister(FileObj *f) {
    for (FileObj **p = &open_files; *p; p = &(*p)->next_open) {
        if (*p == f) {
            *p = f->next_open;
            break;
        }
    }
    f->next_open = NULL;
}

void file_register(FileObj *f) {
    f->next_open = open_files;
    open_files = f;
}

void file_flush_open(void) {
    Value pending = vm_take_exc();
    for (FileObj *f = open_files; f; f = f->next_open) {
        if (!f->closed && f->out_len > 0 && !file_flush(f)) {
            vm_take_exc();
        }
    }
    vm.exc = pending;
}

static size_t file_destroy(Obj *o) {
    FileObj *f = (FileObj *)o;
    unregister(f);
    if (!f->closed) {
        write_all_quietly(f->fd, f->out, f->out_len);
        if (f->closefd) {
            close(f->fd);
        }
    }
    gc_realloc(f->out, f->out_cap, 0);
    gc_realloc(f->in, f->in_cap, 0);
    return sizeof(FileObj);
}

static Value file_repr(Value self) {
    FileObj *f = AS_FILE(self);
    StrBuf b = {0};
    strbuf_printf(&b, "<%s name=", f->hdr.type->name);
    if (!ops_repr_into(&b, f->name)) {
        strbuf_free(&b);
        return ERR_VAL;
    }
    if (f->binary) {
        strbuf_putc(&b, '>');
    } else {
        strbuf_printf(&b, " mode='%s' encoding='%s'>", f->mode->data,
                      f->encoding ? f->encoding->data : "utf-8");
    }
    return OBJ_VAL(str_from_buf(&b));
}

static Value file_getattr(Value self, StrObj *name) {
    FileObj *f = AS_FILE(self);
    const char *n = name->data;
    if (strcmp(n, "name") == 0) {
        return f->name;
    }
    if (strcmp(n, "mode") == 0) {
        return OBJ_VAL(f->mode);
    }
    if (strcmp(n, "closed") == 0) {
        return BOOL_VAL(f->closed);
    }
    if (f->binary) {
        return UNDEF_VAL;
    }
    if (strcmp(n, "encoding") == 0) {
        return f->encoding ? OBJ_VAL(f->encoding) : OBJ_VAL(str_intern_cstr("utf-8"));
    }
    if (strcmp(n, "errors") == 0) {
        return OBJ_VAL(str_intern_cstr("strict"));
    }
    if (strcmp(n, "line_buffering") == 0) {
        return BOOL_VAL(f->line_buffered);
    }
    return UNDEF_VAL;
}

static Value file_next(Value self) {
    Value line = file_readline(AS_FILE(self));
    if (!IS_ERR(line) && is_empty_line(line)) {
        return UNDEF_VAL;
    }
    return line;
}

static Value file_iter(Value self) {
    return check_mode(AS_FILE(self), false, NULL) ? self : ERR_VAL;
}

// ---- methods -----------------------------------------------------------------------

static bool no_kw(const char *name, TupleObj *kw) {
    if (kw && kw->len > 0) {
        exc_raise(&exc_TypeError, "TextIOWrapper.%s() takes no keyword arguments", name);
        return false;
    }
    return true;
}

static bool no_args(const char *name, int nargs, TupleObj *kw) {
    if (!no_kw(name, kw)) {
        return false;
    }
    if (nargs != 1) {
        exc_raise(&exc_TypeError, "TextIOWrapper.%s() takes no arguments (%d given)", name,
                  nargs - 1);
        return false;
    }
    return true;
}

// An optional size argument: None or an int; -1 when absent.
static bool size_arg(Value *args, int nargs, int64_t *size, bool allow_float_msg) {
    *size = -1;
    if (nargs < 2 || IS_NONE(args[1])) {
        return true;
    }
    if (IS_INT(args[1]) || IS_BOOL(args[1])) {
        *size = IS_INT(args[1]) ? args[1].i : args[1].b;
        return true;
    }
    if (allow_float_msg) {
        exc_raise(&exc_TypeError, "argument should be integer or None, not '%s'",
                  type_name(args[1]));
        return false;
    }
    return ops_index(args[1], size);
}

static Value m_write(Value *args, int nargs, TupleObj *kw) {
    if (!no_kw("write", kw)) {
        return ERR_VAL;
    }
    if (nargs != 2) {
        return exc_raise(&exc_TypeError,
                         "TextIOWrapper.write() takes exactly one argument (%d given)", nargs - 1);
    }
    FileObj *f = AS_FILE(args[0]);
    if (f->binary) {
        if (!IS_BYTES(args[1])) {
            return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'",
                             type_name(args[1]));
        }
        BytesObj *b = AS_BYTES(args[1]);
        return file_write(f, b->data, b->len) ? INT_VAL((int64_t)b->len) : ERR_VAL;
    }
    if (!IS_STR(args[1])) {
        return exc_raise(&exc_TypeError, "write() argument must be str, not %s",
                         type_name(args[1]));
    }
    StrObj *s = AS_STR(args[1]);
    if (!file_write(AS_FILE(args[0]), s->data, s->len)) {
        return ERR_VAL;
    }
    return INT_VAL((int64_t)s->cplen);
}

static Value m_flush(Value *args, int nargs, TupleObj *kw) {
    if (!no_args("flush", nargs, kw)) {
        return ERR_VAL;
    }
    return file_flush(AS_FILE(args[0])) ? NONE_VAL : ERR_VAL;
}

static Value m_fileno(Value *args, int nargs, TupleObj *kw) {
    if (!no_args("fileno", nargs, kw) || !check_raw_open(AS_FILE(args[0]))) {
        return ERR_VAL;
    }
    return INT_VAL(AS_FILE(args[0])->fd);
}

static Value m_isatty(Value *args, int nargs, TupleObj *kw) {
    if (!no_args("isatty", nargs, kw) || !check_raw_open(AS_FILE(args[0]))) {
        return ERR_VAL;
    }
    return BOOL_VAL(isatty(AS_FILE(args[0])->fd) == 1);
}

static Value m_readable(Value *args, int nargs, TupleObj *kw) {
    if (!no_args("readable", nargs, kw) || !check_raw_open(AS_FILE(args[0]))) {
        return ERR_VAL;
    }
    return BOOL_VAL(AS_FILE(args[0])->readable);
}

static Value m_writable(Value *args, int nargs, TupleObj *kw) {
    if (!no_args("writable", nargs, kw) || !check_raw_open(AS_FILE(args[0]))) {
        return ERR_VAL;
    }
    return BOOL_VAL(AS_FILE(args[0])->writable);
}

// Flushes and closes; the descriptor itself only when the file owns it.
// A failed flush still closes the file, then raises.
static bool file_close(FileObj *f) {
    if (f->closed) {
        return true;
    }
    bool ok = !f->writable || file_flush(f);
    f->closed = true;
    unregister(f);
    if (f->closefd && close(f->fd) < 0 && ok) {
        exc_raise_errno(errno, NULL);
        ok = false;
    }
    return ok;
}

static Value m_close(Value *args, int nargs, TupleObj *kw) {
    if (!no_args("close", nargs, kw)) {
        return ERR_VAL;
    }
    return file_close(AS_FILE(args[0])) ? NONE_VAL : ERR_VAL;
}

static Value m_readline(Value *args, int nargs, TupleObj *kw) {
    int64_t size;
    if (!no_kw("readline", kw)) {
        return ERR_VAL;
    }
    if (nargs > 2) {
        return exc_raise(&exc_TypeError, "readline expected at most 1 argument, got %d", nargs - 1);
    }
    if (!size_arg(args, nargs, &size, false)) {
        return ERR_VAL;
    }
    return readline_limit(AS_FILE(args[0]), size);
}

static Value m_read(Value *args, int nargs, TupleObj *kw) {
    int64_t size;
    if (!no_kw("read", kw)) {
        return ERR_VAL;
    }
    if (nargs > 2) {
        return exc_raise(&exc_TypeError, "read expected at most 1 argument, got %d", nargs - 1);
    }
    if (!size_arg(args, nargs, &size, true)) {
        return ERR_VAL;
    }
    return read_limit(AS_FILE(args[0]), size);
}

static Value m_readlines(Value *args, int nargs, TupleObj *kw) {
    if (!no_args("readlines", nargs, kw) || !check_open(AS_FILE(args[0]))) {
        return ERR_VAL;
    }
    ListObj *l = list_new(0);
    for (;;) {
        Value line = file_readline(AS_FILE(args[0]));
        if (IS_ERR(line)) {
            return line;
        }
        if (is_empty_line(line)) {
            return OBJ_VAL(l);
        }
        list_append(l, line);
    }
}

static Value m_enter(Value *args, int nargs, TupleObj *kw) {
    if (!no_args("__enter__", nargs, kw) || !check_open(AS_FILE(args[0]))) {
        return ERR_VAL;
    }
    return args[0];
}

static Value m_exit(Value *args, int nargs, TupleObj *kw) {
    (void)nargs;
    (void)kw;
    return file_close(AS_FILE(args[0])) ? NONE_VAL : ERR_VAL;
}

// The position: the descriptor's, less what is read ahead, plus what is
// still buffered for writing.
static Value m_tell(Value *args, int nargs, TupleObj *kw) {
    FileObj *f = AS_FILE(args[0]);
    if (!no_args("tell", nargs, kw) ||
        !(f->binary ? check_raw_open(f) : check_open(f))) {
        return ERR_VAL;
    }
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) {
        return exc_raise_errno(errno, NULL);
    }
    return INT_VAL((int64_t)pos - (int64_t)(f->in_len - f->in_pos) + (int64_t)f->out_len);
}

// seek(offset, whence=0). Text files only seek to a known position (an
// offset from the start, or nowhere from the current position or the end).
static Value m_seek(Value *args, int nargs, TupleObj *kw) {
    FileObj *f = AS_FILE(args[0]);
    if (!no_kw("seek", kw)) {
        return ERR_VAL;
    }
    if (nargs < 2 || nargs > 3) {
        return exc_raise(&exc_TypeError, "seek expected at %s 1 argument%s, got %d",
                         nargs < 2 ? "least" : "most", nargs < 2 ? "" : "s", nargs - 1);
    }
    int64_t offset, whence = 0;
    if (!check_open_msg(f, "seek of closed file") || !ops_index(args[1], &offset) ||
        (nargs > 2 && !ops_index(args[2], &whence))) {
        return ERR_VAL;
    }
    if (whence < 0 || whence > 2) {
        return exc_raise(&exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                         (long long)whence);
    }
    if (whence == 0 && offset < 0) {
        return exc_raise(&exc_ValueError, "negative seek position %lld", (long long)offset);
    }
    if (!f->binary && whence != 0 && offset != 0) {
        raise_unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                                      : "can't do nonzero end-relative seeks");
        return ERR_VAL;
    }
    if ((f->out_len > 0 && !file_flush(f)) || !drop_input(f)) {
        return ERR_VAL;
    }
    off_t pos = lseek(f->fd, (off_t)offset, (int)whence);
    if (pos < 0) {
        return exc_raise_errno(errno, NULL);
    }
    return INT_VAL((int64_t)pos);
}

static Value m_seekable(Value *args, int nargs, TupleObj *kw) {
    FileObj *f = AS_FILE(args[0]);
    if (!no_args("seekable", nargs, kw) || !check_raw_open(f)) {
        return ERR_VAL;
    }
    return BOOL_VAL(lseek(f->fd, 0, SEEK_CUR) >= 0);
}

static Value m_writelines(Value *args, int nargs, TupleObj *kw) {
    if (!no_kw("writelines", kw)) {
        return ERR_VAL;
    }
    if (nargs != 2) {
        return exc_raise(&exc_TypeError,
                         "TextIOWrapper.writelines() takes exactly one argument (%d given)",
                         nargs - 1);
    }
    if (!check_open(AS_FILE(args[0]))) {
        return ERR_VAL;
    }
    Value it = ops_iter(args[1]);
    if (IS_ERR(it)) {
        return it;
    }
    for (;;) {
        Value line = ops_next(it);
        if (IS_UNDEF(line)) {
            return NONE_VAL;
        }
        Value call[2] = {args[0], line};
        if (IS_ERR(line) || IS_ERR(m_write(call, 2, NULL))) {
            return ERR_VAL;
        }
    }
}

static const MethodDef file_methods[] = {
    {"tell", m_tell},
    {"seek", m_seek},
    {"seekable", m_seekable},
    {"writelines", m_writelines},
    {"write", m_write},
    {"flush", m_flush},
    {"fileno", m_fileno},
    {"isatty", m_isatty},
    {"readable", m_readable},
    {"writable", m_writable},
    {"close", m_close},
    {"readline", m_readline},
    {"read", m_read},
    {"readlines", m_readlines},
    {"__enter__", m_enter},
    {"__exit__", m_exit},
    {NULL, NULL},
};

#define FILE_TYPE(type_name)                                                                    \
    {                                                                                           \
        .name = type_name, .instance_size = sizeof(FileObj), .trace = file_trace,                \
        .destroy = file_destroy, .repr = file_repr, .iter = file_iter, .next = file_next,        \
        .getattr = file_getattr,                                                                \
    }

TypeObj file_type = FILE_TYPE("_io.TextIOWrapper");
TypeObj file_reader_type = FILE_TYPE("_io.BufferedReader");
TypeObj file_writer_type = FILE_TYPE("_io.BufferedWriter");
TypeObj file_random_type = FILE_TYPE("_io.BufferedRandom");
TypeObj file_unsupported_type;

// ---- creation ----------------------------------------------------------------------

FileObj *file_new(int fd, Value name, const char *mode, bool line_buffered, bool closefd) {
    FileObj *f = (FileObj *)gc_alloc(&file_type, sizeof(FileObj));
    f->fd = fd;
    f->name = name;
    f->mode = str_intern_cstr(mode);
    f->readable = strchr(mode, 'r') != NULL || strchr(mode, '+') != NULL;
    f->writable = strchr(mode, 'r') == NULL || strchr(mode, '+') != NULL;
    f->line_buffered = line_buffered;
    f->closefd = closefd;
    // CPython's open() sizes the byte buffer by the descriptor's block size.
    struct stat st;
    f->blksize = fstat(fd, &st) == 0 && st.st_blksize > 1 ? (size_t)st.st_blksize : FILE_BUFSIZE;
    return f;
}

void file_init(void) {
    type_init(&file_type, file_methods);
    type_init(&file_reader_type, file_methods);
    type_init(&file_writer_type, file_methods);
    type_init(&file_random_type, file_methods);
    // io.UnsupportedOperation: an OSError subclass with OSError's slots.
    exc_init_subtype(&file_unsupported_type, &exc_OSError, "io.UnsupportedOperation");
    // The traceback shows the qualified name; __name__ and __module__ split it.
    dict_set_cstr(file_unsupported_type.dict, "__name__",
                  OBJ_VAL(str_intern_cstr("UnsupportedOperation")));
    dict_set_cstr(file_unsupported_type.dict, "__module__", OBJ_VAL(str_intern_cstr("io")));
    std_in = file_new(0, OBJ_VAL(str_intern_cstr("<stdin>")), "r", false, false);
    // Like CPython: stdout is line-buffered only on a terminal, stderr always.
    std_out = file_new(1, OBJ_VAL(str_intern_cstr("<stdout>")), "w", isatty(1) == 1, false);
    std_err = file_new(2, OBJ_VAL(str_intern_cstr("<stderr>")), "w", true, false);
    // PYTHONUNBUFFERED makes CPython write stdout and stderr straight through.
    const char *unbuf = getenv("PYTHONUNBUFFERED");
    if (unbuf && *unbuf) {
        std_out->unbuffered = std_err->unbuffered = true;
    }
    gc_add_root_obj(&std_in->hdr);
    gc_add_root_obj(&std_out->hdr);
    gc_add_root_obj(&std_err->hdr);
}

FileObj *file_stdout(void) {
    return std_out;
}

FileObj *file_stderr(void) {
    return std_err;
}

FileObj *file_stdin(void) {
    return std_in;
}
