// Files over a file descriptor: the text files behind sys.stdout,
// sys.stderr and sys.stdin, and the text and binary files open() makes
// (runtime/file_open.c parses open()'s arguments). Output is buffered the way CPython buffers its
// standard streams (line-buffered on a terminal and for stderr, 8 KiB
// blocks otherwise); input is read in chunks and decoded as UTF-8 line by
// line. This module does not know about the sys module: callers that must
// honour a replaced sys.stdout look it up themselves.
#ifndef VM_RUNTIME_FILE_H
#define VM_RUNTIME_FILE_H

#include <stdbool.h>
#include <stddef.h>

#include "runtime/str.h"
#include "vm/object.h"

typedef struct FileObj {
    Obj hdr;
    int fd;
    Value name;   // a str ('<stdout>') or the fd as an int
    StrObj *mode; // 'r' or 'w'
    bool readable, writable;
    bool line_buffered; // flush after each write holding '\n' or '\r'
    bool unbuffered;    // every write goes straight to fd (PYTHONUNBUFFERED)
    bool closefd;       // close() also closes fd (false for the standard streams)
    bool closed;
    // A read or write system call on fd is under way. A signal handler may
    // run in the middle of it (PEP 475) and use this file too.
    bool busy;
    // Output not yet written, in CPython's two layers: out[0..out_buffered)
    // sits in the byte buffer (at most blksize bytes), out[out_buffered..out_len)
    // is text pending above it (handed down in chunks of 8 KiB). Matching
    // both layers makes output reach fd at the same moments as CPython's.
    char *out;
    size_t out_len, out_cap, out_buffered, blksize;
    char *in; // bytes read but not yet consumed: in[in_pos..in_len)
    size_t in_pos, in_len, in_cap;
    size_t in_checked; // in[..in_checked) is known to be valid UTF-8
    bool eof;          // read() returned 0
    bool binary;       // reads give bytes and writes take bytes; no decoding
    StrObj *encoding;  // text files from open(): the name they report; NULL: 'utf-8'
    struct FileObj *next_open; // the list of files open() made (see file_register)
} FileObj;

// Text files are file_type; open() makes binary files of the other three,
// which share FileObj and the methods.
extern TypeObj file_type, file_reader_type, file_writer_type, file_random_type;
// io.UnsupportedOperation (an OSError here), raised for reading a write-only
// file and the like.
extern TypeObj file_unsupported_type;

#define IS_FILE(v) (IS_OBJ(v) && (v).o->type == &file_type)
#define IS_ANY_FILE(v)                                                                          \
    (IS_FILE(v) || (IS_OBJ(v) && ((v).o->type == &file_reader_type ||                           \
                                  (v).o->type == &file_writer_type ||                           \
                                  (v).o->type == &file_random_type)))
#define AS_FILE(v) ((FileObj *)(v).o)

// Sets up the type and creates the three standard files (GC roots).
void file_init(void);

// A new text file over fd; mode is "r" or "w". Cannot raise.
FileObj *file_new(int fd, Value name, const char *mode, bool line_buffered, bool closefd);

// The standard files made by file_init (not what sys.stdout may have been
// replaced with).
FileObj *file_stdout(void);
FileObj *file_stderr(void);
FileObj *file_stdin(void);

// Writes n bytes of UTF-8, flushing as the buffering mode says; false when
// it raised (closed file, BrokenPipeError and other OSErrors).
bool file_write(FileObj *f, const char *s, size_t n);
// Writes out the buffered bytes; false when it raised. Bytes that could not
// be written stay buffered.
bool file_flush(FileObj *f);
// What CPython does as soon as the main module has finished, before it
// prints an uncaught exception: flushes sys.stderr, then sys.stdout (the
// objects the sys module holds now), ignoring any error. Cannot raise.
void file_flush_io(void);
// At exit: flushes stdout, then stderr. false with the exception pending
// when stdout's flush failed; a failure of stderr is dropped.
bool file_flush_std(void);

// One line including its '\n', or '' at end of file; ERR_VAL when raised.
Value file_readline(FileObj *f);

// Adds a file open() made to the list of files that file_flush_open and the
// exit flush write out. A file leaves the list when closed or collected.
void file_register(FileObj *f);
// Writes out what every registered file has buffered; errors are dropped.
// open() calls it first, so that text written through a file object that is
// already garbage (`open(p, 'w').write(s)`) can be read back, as CPython's
// reference counting would have flushed it; the exit flush calls it too.
void file_flush_open(void);

#endif
