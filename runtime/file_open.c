// open(file, mode='r', buffering=-1, encoding=None, errors=None,
// newline=None, closefd=True, opener=None): the mode string is checked
// with CPython's messages, the path is opened with the matching flags, and
// the descriptor becomes a text file (_io.TextIOWrapper) or a binary one
// (_io.BufferedReader, BufferedWriter or BufferedRandom). Text files are
// UTF-8 only; newline translation is not done.
#include "runtime/file_open.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/file.h"
#include "runtime/func.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/type.h"

// What a mode string asks for.
typedef struct Mode {
    bool reading, writing, appending, creating, updating, text, binary;
} Mode;

// Parses mode as CPython does: each of "rwxabt+" at most once, exactly one
// of r/w/x/a, not both t and b. false with ValueError when it is invalid.
static bool parse_mode(StrObj *mode, Mode *m) {
    *m = (Mode){0};
    for (const char *p = mode->data; *p; p++) {
        bool *flag = NULL;
        switch (*p) {
        case 'r':
            flag = &m->reading;
            break;
        case 'w':
            flag = &m->writing;
            break;
        case 'a':
            flag = &m->appending;
            break;
        case 'x':
            flag = &m->creating;
            break;
        case '+':
            flag = &m->updating;
            break;
        case 't':
            flag = &m->text;
            break;
        case 'b':
            flag = &m->binary;
            break;
        default:
            break;
        }
        if (!flag || *flag) {
            exc_raise(&exc_ValueError, "invalid mode: '%s'", mode->data);
            return false;
        }
        *flag = true;
    }
    int kinds = m->reading + m->writing + m->appending + m->creating;
    if (m->text && m->binary) {
        exc_raise(&exc_ValueError, "can't have text and binary mode at once");
        return false;
    }
    if (kinds > 1) {
        exc_raise(&exc_ValueError, "must have exactly one of create/read/write/append mode");
        return false;
    }
    if (kinds == 0) {
        exc_raise(&exc_ValueError,
                  "Must have exactly one of create/read/write/append mode and at most one plus");
        return false;
    }
    return true;
}

// Whether an encoding name means UTF-8 (the only one text files support).
static bool is_utf8(const char *name) {
    static const char *const names[] = {"utf_8", "utf8", "u8", "utf", "cp65001"};
    char norm[16];
    size_t n = 0;
    for (; *name && n < sizeof norm - 1; name++) {
        char c = *name == '-' || *name == ' ' ? '_' : *name;
        norm[n++] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    norm[n] = '\0';
    for (size_t i = 0; !*name && i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(norm, names[i]) == 0) {
            return true;
        }
    }
    return false;
}

// Checks the text-only arguments; false when raised.
static bool check_text_args(const Mode *m, Value encoding, Value errors, Value newline) {
    const char *const what[] = {"an encoding", "an errors", "a newline"};
    Value given[] = {encoding, errors, newline};
    for (int i = 0; i < 3; i++) {
        if (!IS_UNDEF(given[i]) && !IS_NONE(given[i])) {
            if (m->binary) {
                exc_raise(&exc_ValueError, "binary mode doesn't take %s argument", what[i]);
                return false;
            }
            if (!IS_STR(given[i])) {
                static const char *const names[] = {"encoding", "errors", "newline"};
                exc_raise(&exc_TypeError, "open() argument '%s' must be str or None, not %s",
                          names[i], type_name(given[i]));
                return false;
            }
        }
    }
    if (IS_STR(newline)) {
        const char *nl = AS_STR(newline)->data;
        if (*nl && strcmp(nl, "\n") != 0 && strcmp(nl, "\r") != 0 && strcmp(nl, "\r\n") != 0) {
            exc_raise(&exc_ValueError, "illegal newline value: %s", nl);
            return false;
        }
    }
    if (IS_STR(encoding)) {
        // An unknown name is a LookupError, as for str.encode.
        Value probe = bytes_encode(str_from_cstr(""), encoding, UNDEF_VAL);
        if (IS_ERR(probe)) {
            return false;
        }
        if (!is_utf8(AS_STR(encoding)->data)) {
            exc_raise(&exc_ValueError, "encoding '%s' is not supported for files (only UTF-8)",
                      AS_STR(encoding)->data);
            return false;
        }
    }
    return true;
}

// open(2), retried when a signal interrupts it (PEP 475).
static int open_retrying(const char *path, int flags) {
    for (;;) {
        int fd = open(path, flags | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EINTR) {
            return fd;
        }
    }
}

static Value bi_open(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"file",    "mode",    "buffering", "encoding", "errors",
                                         "newline", "closefd", "opener",    NULL};
    Value a[8];
    if (!args_parse("open", args, nargs, kw, params, 1, a)) {
        return ERR_VAL;
    }
    Value file = a[0];
    if (!IS_STR(file) && !IS_INT(file) && !IS_BOOL(file)) {
        return exc_raise(&exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                         type_name(file));
    }
    StrObj *mode_str = str_intern_cstr("r");
    if (!IS_UNDEF(a[1])) {
        if (!IS_STR(a[1])) {
            return exc_raise(&exc_TypeError, "open() argument 'mode' must be str, not %s",
                             type_name(a[1]));
        }
        mode_str = AS_STR(a[1]);
    }
    Mode m;
    int64_t buffering = -1;
    if (!parse_mode(mode_str, &m) || (!IS_UNDEF(a[2]) && !ops_index(a[2], &buffering)) ||
        !check_text_args(&m, a[3], a[4], a[5])) {
        return ERR_VAL;
    }
    if (buffering == 0 && !m.binary) {
        return exc_raise(&exc_ValueError, "can't have unbuffered text I/O");
    }
    if (!IS_UNDEF(a[7]) && !IS_NONE(a[7])) {
        return exc_raise(&exc_TypeError, "open() does not support an opener here");
    }
    bool closefd = IS_UNDEF(a[6]) || ops_truthy(a[6]) == 1;
    if (!closefd && IS_STR(file)) {
        return exc_raise(&exc_ValueError, "Cannot use closefd=False with file name");
    }

    // Text written through file objects that are garbage by now reaches
    // the disk before this file can read it.
    file_flush_open();

    int fd;
    if (IS_STR(file)) {
        int flags = m.reading     ? O_RDONLY
                    : m.writing   ? O_WRONLY | O_CREAT | O_TRUNC
                    : m.appending ? O_WRONLY | O_CREAT | O_APPEND
                                  : O_WRONLY | O_CREAT | O_EXCL;
        if (m.updating) {
            flags = (flags & ~O_ACCMODE) | O_RDWR;
        }
        fd = open_retrying(AS_STR(file)->data, flags);
        if (fd < 0) {
            return exc_raise_errno(errno, AS_STR(file)->data);
        }
    } else {
        fd = (int)(IS_INT(file) ? file.i : file.b);
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (IS_STR(file)) {
            close(fd);
        }
        return exc_raise_errno(EISDIR, IS_STR(file) ? AS_STR(file)->data : NULL);
    }
    if (m.appending) {
        lseek(fd, 0, SEEK_END);
    }

    // A binary file reports the mode its raw file would ("rb+"); a text
    // file the mode as given.
    char raw_mode[4];
    size_t n = 0;
    raw_mode[n++] = m.reading ? 'r' : m.writing ? 'w' : m.appending ? 'a' : 'x';
    raw_mode[n++] = 'b';
    if (m.updating) {
        raw_mode[n++] = '+';
    }
    raw_mode[n] = '\0';
    FileObj *f = file_new(fd, file, m.binary ? raw_mode : mode_str->data, buffering == 1, closefd);
    if (m.binary) {
        // Same layout and methods; only the type (and so the name) differs.
        f->hdr.type = m.updating  ? &file_random_type
                      : m.reading ? &file_reader_type
                                  : &file_writer_type;
        f->binary = true;
        f->unbuffered = buffering == 0;
        f->line_buffered = false;
    } else {
        f->encoding = IS_STR(a[3]) ? AS_STR(a[3]) : str_intern_cstr("UTF-8");
    }
    file_register(f);
    return OBJ_VAL(f);
}

void file_open_init(DictObj *builtins) {
    dict_set_cstr(builtins, "open", OBJ_VAL(native_new("open", bi_open, NULL)));
}
