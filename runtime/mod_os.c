// The os module: processes (getpid, fork, waitpid, kill, _exit and the W*
// status macros), file descriptors (open, read, write, close, pipe, dup,
// blocking mode), files and directories (remove, mkdir, listdir, mkfifo),
// the environment, and a small os.path (exists, isdir, isfile, join). Errors
// are the OSError subclasses CPython raises, with the same filenames. The
// calls that can wait (open, read, write, waitpid) go through blocking_call,
// so a signal interrupts them as PEP 475 says.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/blocking.h"
#include "runtime/bytes.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/strbuf.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/gc.h"
#include "vm/signal.h"
#include "vm/vm.h"

extern char **environ;

ModuleObj *mod_os_create(void);

// The os module, kept alive for getenv, which reads os.environ as it is now.
static ModuleObj *os_module;

// ---- argument helpers ----------------------------------------------------------------

// Raises the OSError subclass for `err`, with `filename` (UNDEF_VAL: none).
// (blocking_error does the same after a blocking call.)
static Value os_error(int err, Value filename) {
    Value args[3] = {INT_VAL(err), OBJ_VAL(str_from_cstr(strerror(err))), filename};
    Value e = exc_call_type(&exc_OSError, args, IS_UNDEF(filename) ? 2 : 3, NULL);
    return IS_ERR(e) ? e : exc_raise_value(e);
}

// A function of the old style that wants exactly two positional arguments.
static bool two_args(const char *name, int nargs, TupleObj *kw) {
    bool ok = true;
    if (kw) { // the qualified name is only needed for the error
        StrBuf q = {0};
        strbuf_printf(&q, "posix.%s", name);
        ok = args_no_kw(q.data, kw);
        strbuf_free(&q);
    }
    if (ok && nargs != 2) {
        exc_raise(&exc_TypeError, "%s() takes exactly 2 arguments (%d given)", name, nargs);
        ok = false;
    }
    return ok;
}

// A path argument (str or bytes) as a C string pointing into the object.
// `accepted` completes CPython's "open: path should be ..., not float".
static bool path_arg(const char *fname, Value v, const char *accepted, const char **out) {
    const char *s;
    size_t n;
    if (IS_STR(v)) {
        s = AS_STR(v)->data;
        n = AS_STR(v)->len;
    } else if (IS_BYTES(v)) {
        s = AS_BYTES(v)->data;
        n = AS_BYTES(v)->len;
    } else {
        exc_raise(&exc_TypeError, "%s: path should be %s, not %s", fname,
                  accepted ? accepted : "string, bytes or os.PathLike", type_name(v));
        return false;
    }
    if (strlen(s) != n) {
        exc_raise(&exc_ValueError, "embedded null byte");
        return false;
    }
    *out = s;
    return true;
}

// dir_fd=None (or absent) means the current directory.
static bool dir_fd_arg(Value v, int *out) {
    if (IS_UNDEF(v) || IS_NONE(v)) {
        *out = AT_FDCWD;
        return true;
    }
    if (!(IS_INT(v) || IS_BOOL(v) || (IS_OBJ(v) && v.o->type == &int_type))) {
        exc_raise(&exc_TypeError, "argument should be integer or None, not %s", type_name(v));
        return false;
    }
    return args_int(v, out);
}

// An optional int argument (a mode) with its default.
static bool int_arg_or(Value v, int dflt, int *out) {
    if (IS_UNDEF(v)) {
        *out = dflt;
        return true;
    }
    return args_int(v, out);
}

// Binds arguments the way a Python-level function (def f(key, default=None))
// reports mistakes: getenv and os.path are such functions in CPython.
static bool py_args(const char *fname, Value *args, int nargs, TupleObj *kw,
                    const char *const *params, int nparams, int required, Value *out) {
    for (int i = 0; i < nparams; i++) {
        out[i] = UNDEF_VAL;
    }
    if (nargs > nparams) {
        if (required == nparams) {
            exc_raise(&exc_TypeError, "%s() takes %d positional argument%s but %d were given",
                      fname, nparams, nparams == 1 ? "" : "s", nargs);
        } else {
            exc_raise(&exc_TypeError,
                      "%s() takes from %d to %d positional arguments but %d were given", fname,
                      required, nparams, nargs);
        }
        return false;
    }
    for (int i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    for (size_t k = 0; kw && k < kw->len; k++) {
        StrObj *name = AS_STR(kw->items[k]);
        int i = 0;
        while (i < nparams && strcmp(params[i], name->data) != 0) {
            i++;
        }
        if (i == nparams) {
            exc_raise(&exc_TypeError, "%s() got an unexpected keyword argument '%s'", fname,
                      name->data);
            return false;
        }
        if (!IS_UNDEF(out[i])) {
            exc_raise(&exc_TypeError, "%s() got multiple values for argument '%s'", fname,
                      name->data);
            return false;
        }
        out[i] = args[nargs + k];
    }
    for (int i = 0; i < required; i++) {
        if (IS_UNDEF(out[i])) {
            exc_raise(&exc_TypeError, "%s() missing 1 required positional argument: '%s'", fname,
                      params[i]);
            return false;
        }
    }
    return true;
}

// ---- processes --------------------------------------------------------------------------

static Value os_getpid(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    return args_none("posix.getpid", nargs, kw) ? INT_VAL(getpid()) : ERR_VAL;
}

static Value os_getppid(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    return args_none("posix.getppid", nargs, kw) ? INT_VAL(getppid()) : ERR_VAL;
}

static Value os_fork(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    if (!args_none("posix.fork", nargs, kw)) {
        return ERR_VAL;
    }
    pid_t pid = fork();
    if (pid < 0) {
        return os_error(errno, UNDEF_VAL);
    }
    return INT_VAL(pid);
}

static Value os_kill(Value *args, int nargs, TupleObj *kw) {
    int pid, sig;
    if (!two_args("kill", nargs, kw) || !args_int(args[0], &pid) || !args_int(args[1], &sig)) {
        return ERR_VAL;
    }
    if (kill(pid, sig) < 0) {
        return os_error(errno, UNDEF_VAL);
    }
    return NONE_VAL;
}

typedef struct WaitCall {
    pid_t pid;
    int options;
    int status;
} WaitCall;

// One attempt of waitpid, through signal_syscall (vm/signal.h): a signal
// that arrives just before the wait still ends it. With a signal tripped
// already, a WNOHANG call tells first whether it would wait at all.
static int64_t waitpid_once(void *ctx, int64_t timeout_ns) {
    (void)timeout_ns;
    WaitCall *w = ctx;
    if (signal_cancels(true) && !(w->options & WNOHANG)) {
        pid_t r = wait4(w->pid, &w->status, w->options | WNOHANG, NULL);
        if (r != 0) {
            return r; // a child to report, or a failure: no wait
        }
    }
    return signal_syscall(true, SYS_wait4, w->pid, (long)&w->status, w->options, 0, 0, 0);
}

// waitpid(pid, options) -> (pid, status); (0, 0) with WNOHANG and no news.
static Value os_waitpid(Value *args, int nargs, TupleObj *kw) {
    WaitCall w = {0};
    if (!two_args("waitpid", nargs, kw) || !args_int(args[0], &w.pid) ||
        !args_int(args[1], &w.options)) {
        return ERR_VAL;
    }
    int64_t r = blocking_call(waitpid_once, &w, -1);
    if (r < 0) {
        return blocking_error(UNDEF_VAL);
    }
    Value out[2] = {INT_VAL(r), INT_VAL(r == 0 ? 0 : w.status)};
    return OBJ_VAL(tuple_from(out, 2));
}

static Value os__exit(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"status", NULL};
    Value a[1];
    int status;
    if (!args_parse("_exit", args, nargs, kw, params, 1, a) || !args_int(a[0], &status)) {
        return ERR_VAL;
    }
    _exit(status);
}

// The W* macros over a wait status: each takes `status` (also by keyword).
#define STATUS_FUNCTION(name, wrap)                                                                \
    static Value os_##name(Value *args, int nargs, TupleObj *kw) {                                 \
        static const char *const params[] = {"status", NULL};                                      \
        Value a[1];                                                                                \
        int status;                                                                                \
        if (!args_parse(#name, args, nargs, kw, params, 1, a) || !args_int(a[0], &status)) {       \
            return ERR_VAL;                                                                        \
        }                                                                                          \
        return wrap(name(status));                                                                 \
    }

#define AS_BOOL(x) BOOL_VAL((x) != 0)
STATUS_FUNCTION(WIFEXITED, AS_BOOL)
STATUS_FUNCTION(WEXITSTATUS, INT_VAL)
STATUS_FUNCTION(WIFSIGNALED, AS_BOOL)
STATUS_FUNCTION(WTERMSIG, INT_VAL)
STATUS_FUNCTION(WIFSTOPPED, AS_BOOL)
STATUS_FUNCTION(WSTOPSIG, INT_VAL)
#undef AS_BOOL
#undef STATUS_FUNCTION

// ---- file descriptors --------------------------------------------------------------

typedef struct OpenCall {
    int dir_fd;
    const char *path;
    int flags, mode;
} OpenCall;

// One attempt of open, through signal_syscall (vm/signal.h). With a signal
// tripped already, only the open of a FIFO (which waits for the other end)
// is cancelled; any other open goes ahead.
static int64_t open_once(void *ctx, int64_t timeout_ns) {
    (void)timeout_ns;
    OpenCall *c = ctx;
    struct stat st;
    if (signal_cancels(true) && !(fstatat(c->dir_fd, c->path, &st, 0) == 0 &&
                                  S_ISFIFO(st.st_mode) && !(c->flags & O_NONBLOCK))) {
        return openat(c->dir_fd, c->path, c->flags, c->mode);
    }
    return signal_syscall(true, SYS_openat, c->dir_fd, (long)c->path, c->flags, c->mode, 0, 0);
}

// open(path, flags, mode=0o777, *, dir_fd=None): like CPython, the new
// descriptor is not inherited by exec'd programs (O_CLOEXEC).
static Value os_open(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"path", "flags", "mode", "$dir_fd", NULL};
    Value a[4];
    OpenCall c;
    if (!args_parse("open", args, nargs, kw, params, 2, a) ||
        !path_arg("open", a[0], NULL, &c.path) || !args_int(a[1], &c.flags) ||
        !int_arg_or(a[2], 0777, &c.mode) || !dir_fd_arg(a[3], &c.dir_fd)) {
        return ERR_VAL;
    }
    c.flags |= O_CLOEXEC;
    int64_t fd = blocking_call(open_once, &c, -1);
    return fd < 0 ? blocking_error(a[0]) : INT_VAL(fd);
}

// read(fd, n) -> at most n bytes; b'' at end of file.
static Value os_read(Value *args, int nargs, TupleObj *kw) {
    int fd;
    int64_t n;
    if (!args_no_kw("posix.read", kw) || !args_count("read", nargs, 2, 2) ||
        !args_int(args[0], &fd) || !ops_index(args[1], &n)) {
        return ERR_VAL;
    }
    if (n < 0) {
        return os_error(EINVAL, UNDEF_VAL);
    }
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) {
        return exc_raise(&exc_MemoryError, "%s", "");
    }
    int64_t got = blocking_read(fd, buf, (size_t)n);
    Value r = got < 0 ? blocking_error(UNDEF_VAL) : OBJ_VAL(bytes_new(buf, (size_t)got));
    free(buf);
    return r;
}

// write(fd, data) -> the number of bytes written (perhaps fewer than given).
static Value os_write(Value *args, int nargs, TupleObj *kw) {
    int fd;
    if (!args_no_kw("posix.write", kw) || !args_count("write", nargs, 2, 2) ||
        !args_int(args[0], &fd)) {
        return ERR_VAL;
    }
    if (!IS_BYTES(args[1])) {
        return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'",
                         type_name(args[1]));
    }
    BytesObj *b = AS_BYTES(args[1]);
    int64_t r = blocking_write(fd, b->data, b->len);
    return r < 0 ? blocking_error(UNDEF_VAL) : INT_VAL(r);
}

static Value os_close(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"fd", NULL};
    Value a[1];
    int fd;
    if (!args_parse("close", args, nargs, kw, params, 1, a) || !args_int(a[0], &fd)) {
        return ERR_VAL;
    }
    // EINTR from close is not retried: the descriptor is gone either way.
    if (close(fd) < 0 && errno != EINTR) {
        return os_error(errno, UNDEF_VAL);
    }
    return NONE_VAL;
}

static Value os_pipe(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    int fds[2];
    if (!args_none("posix.pipe", nargs, kw)) {
        return ERR_VAL;
    }
    if (pipe2(fds, O_CLOEXEC) < 0) {
        return os_error(errno, UNDEF_VAL);
    }
    Value out[2] = {INT_VAL(fds[0]), INT_VAL(fds[1])};
    return OBJ_VAL(tuple_from(out, 2));
}

static Value os_dup(Value *args, int nargs, TupleObj *kw) {
    int fd;
    if (!args_one("posix.dup", nargs, kw) || !args_int(args[0], &fd)) {
        return ERR_VAL;
    }
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? os_error(errno, UNDEF_VAL) : INT_VAL(r);
}

static Value os_dup2(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"fd", "fd2", "inheritable", NULL};
    Value a[3];
    int fd, fd2;
    if (!args_parse("dup2", args, nargs, kw, params, 2, a) || !args_int(a[0], &fd) ||
        !args_int(a[1], &fd2)) {
        return ERR_VAL;
    }
    int inheritable = IS_UNDEF(a[2]) ? 1 : ops_truthy(a[2]);
    if (inheritable < 0) {
        return ERR_VAL;
    }
    int r = inheritable || fd == fd2 ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    return r < 0 ? os_error(errno, UNDEF_VAL) : INT_VAL(r);
}

static Value os_get_blocking(Value *args, int nargs, TupleObj *kw) {
    int fd;
    if (!args_one("posix.get_blocking", nargs, kw) || !args_int(args[0], &fd)) {
        return ERR_VAL;
    }
    int flags = fcntl(fd, F_GETFL);
    return flags < 0 ? os_error(errno, UNDEF_VAL) : BOOL_VAL(!(flags & O_NONBLOCK));
}

static Value os_set_blocking(Value *args, int nargs, TupleObj *kw) {
    int fd;
    if (!args_no_kw("posix.set_blocking", kw) || !args_count("set_blocking", nargs, 2, 2) ||
        !args_int(args[0], &fd)) {
        return ERR_VAL;
    }
    int blocking = ops_truthy(args[1]);
    if (blocking < 0) {
        return ERR_VAL;
    }
    int flags = fcntl(fd, F_GETFL);
    if (flags >= 0) {
        flags = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
        flags = fcntl(fd, F_SETFL, flags);
    }
    return flags < 0 ? os_error(errno, UNDEF_VAL) : NONE_VAL;
}

static Value os_strerror(Value *args, int nargs, TupleObj *kw) {
    int code;
    if (!args_one("posix.strerror", nargs, kw) || !args_int(args[0], &code)) {
        return ERR_VAL;
    }
    return OBJ_VAL(str_from_cstr(strerror(code)));
}

// ---- files and directories ------------------------------------------------------------

// remove/unlink(path, *, dir_fd=None) and rmdir(path, *, dir_fd=None).
static Value unlink_common(const char *fname, int flags, Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"path", "$dir_fd", NULL};
    Value a[2];
    const char *path;
    int dir_fd;
    if (!args_parse(fname, args, nargs, kw, params, 1, a) || !path_arg(fname, a[0], NULL, &path) ||
        !dir_fd_arg(a[1], &dir_fd)) {
        return ERR_VAL;
    }
    if (unlinkat(dir_fd, path, flags) < 0) {
        return os_error(errno, a[0]);
    }
    return NONE_VAL;
}

static Value os_remove(Value *args, int nargs, TupleObj *kw) {
    return unlink_common("remove", 0, args, nargs, kw);
}

static Value os_unlink(Value *args, int nargs, TupleObj *kw) {
    return unlink_common("unlink", 0, args, nargs, kw);
}

static Value os_rmdir(Value *args, int nargs, TupleObj *kw) {
    return unlink_common("rmdir", AT_REMOVEDIR, args, nargs, kw);
}

// mkdir(path, mode=0o777, *, dir_fd=None) and mkfifo(path, mode=0o666, *,
// dir_fd=None). CPython's mkfifo error carries no filename.
static Value make_common(const char *fname, bool fifo, Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"path", "mode", "$dir_fd", NULL};
    Value a[3];
    const char *path;
    int mode, dir_fd;
    if (!args_parse(fname, args, nargs, kw, params, 1, a) || !path_arg(fname, a[0], NULL, &path) ||
        !int_arg_or(a[1], fifo ? 0666 : 0777, &mode) || !dir_fd_arg(a[2], &dir_fd)) {
        return ERR_VAL;
    }
    int r = fifo ? mkfifoat(dir_fd, path, mode) : mkdirat(dir_fd, path, mode);
    if (r < 0) {
        return os_error(errno, fifo ? UNDEF_VAL : a[0]);
    }
    return NONE_VAL;
}

static Value os_mkdir(Value *args, int nargs, TupleObj *kw) {
    return make_common("mkdir", false, args, nargs, kw);
}

static Value os_mkfifo(Value *args, int nargs, TupleObj *kw) {
    return make_common("mkfifo", true, args, nargs, kw);
}

// A name from the system as str; bytes that are not UTF-8 are replaced
// (CPython would keep them as surrogates, which our str cannot hold).
static Value os_str(const char *s, size_t n) {
    return bytes_decode(s, n, UNDEF_VAL, OBJ_VAL(str_intern_cstr("replace")));
}

// listdir(path=None): the names in directory order, without . and ..; bytes
// names for a bytes path; path may also be an open directory's descriptor.
static Value os_listdir(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"path", NULL};
    Value a[1];
    if (!args_parse("listdir", args, nargs, kw, params, 0, a)) {
        return ERR_VAL;
    }
    Value name = IS_UNDEF(a[0]) || IS_NONE(a[0]) ? OBJ_VAL(str_intern_cstr(".")) : a[0];
    DIR *dir;
    if (IS_INT(name) || IS_BOOL(name)) {
        int fd;
        if (!args_int(name, &fd)) {
            return ERR_VAL;
        }
        int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
        dir = copy < 0 ? NULL : fdopendir(copy);
        if (copy >= 0 && !dir) {
            int err = errno;
            close(copy);
            errno = err;
        }
        if (dir) {
            rewinddir(dir);
        }
    } else {
        const char *path;
        if (!path_arg("listdir", name, "string, bytes, os.PathLike, integer or None", &path)) {
            return ERR_VAL;
        }
        dir = opendir(path);
    }
    if (!dir) {
        return os_error(errno, name);
    }
    ListObj *out = list_new(0);
    struct dirent *e;
    Value result = OBJ_VAL(out);
    errno = 0;
    while ((e = readdir(dir)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            continue;
        }
        size_t n = strlen(e->d_name);
        Value item = IS_BYTES(name) ? OBJ_VAL(bytes_new(e->d_name, n)) : os_str(e->d_name, n);
        if (IS_ERR(item)) {
            result = ERR_VAL;
            break;
        }
        list_append(out, item);
        errno = 0;
    }
    if (!IS_ERR(result) && errno != 0) {
        result = os_error(errno, name);
    }
    closedir(dir);
    return result;
}

static Value os_getcwd(Value *args, int nargs, TupleObj *kw) {
    (void)args;
    if (!args_none("posix.getcwd", nargs, kw)) {
        return ERR_VAL;
    }
    char *cwd = getcwd(NULL, 0);
    if (!cwd) {
        return os_error(errno, UNDEF_VAL);
    }
    Value r = os_str(cwd, strlen(cwd));
    free(cwd);
    return r;
}

// ---- the environment ----------------------------------------------------------------

// getenv(key, default=None): os.environ.get(key, default), as in CPython.
static Value os_getenv(Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"key", "default"};
    Value a[2];
    if (!py_args("getenv", args, nargs, kw, params, 2, 1, a)) {
        return ERR_VAL;
    }
    if (!IS_STR(a[0])) {
        return exc_raise(&exc_TypeError, "str expected, not %s", type_name(a[0]));
    }
    Value env = dict_get_str(os_module->dict, str_intern_cstr("environ"));
    Value v = IS_UNDEF(a[1]) ? NONE_VAL : a[1];
    if (IS_DICT(env) && dict_get(AS_DICT(env), a[0], &v) < 0) {
        return ERR_VAL;
    }
    return v;
}

// os.environ: a plain dict of str, filled once at import.
static DictObj *environ_dict(void) {
    DictObj *d = dict_new();
    for (char **e = environ; *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) {
            continue;
        }
        Value k = os_str(*e, (size_t)(eq - *e)), v = os_str(eq + 1, strlen(eq + 1));
        if (IS_ERR(k) || IS_ERR(v) || !dict_set(d, k, v)) {
            vm_take_exc();
        }
    }
    return d;
}

// ---- os.path ------------------------------------------------------------------------------

// exists/isdir/isfile(path): False for any OSError or ValueError, as CPython.
static Value stat_test(const char *fname, mode_t want, Value *args, int nargs, TupleObj *kw) {
    static const char *const params[] = {"path"};
    Value a[1];
    if (!py_args(fname, args, nargs, kw, params, 1, 1, a)) {
        return ERR_VAL;
    }
    struct stat st;
    int r;
    if (IS_INT(a[0]) || IS_BOOL(a[0])) {
        int fd;
        if (!args_int(a[0], &fd)) {
            return ERR_VAL;
        }
        r = fstat(fd, &st);
    } else {
        const char *path;
        if (!path_arg("stat", a[0], "string, bytes, os.PathLike or integer", &path)) {
            if (exc_pending_matches(&exc_ValueError)) {
                vm_take_exc();
                return BOOL_VAL(false);
            }
            return ERR_VAL;
        }
        r = stat(path, &st);
    }
    return BOOL_VAL(r == 0 && (want == 0 || (st.st_mode & S_IFMT) == want));
}

static Value path_exists(Value *args, int nargs, TupleObj *kw) {
    return stat_test("exists", 0, args, nargs, kw);
}

static Value path_isdir(Value *args, int nargs, TupleObj *kw) {
    return stat_test("isdir", S_IFDIR, args, nargs, kw);
}

static Value path_isfile(Value *args, int nargs, TupleObj *kw) {
    return stat_test("isfile", S_IFREG, args, nargs, kw);
}

// join(a, *p) on str components: an absolute component restarts the path.
static Value path_join(Value *args, int nargs, TupleObj *kw) {
    if (kw && kw->len > 0) {
        return exc_raise(&exc_TypeError, "join() got an unexpected keyword argument '%s'",
                         AS_STR(kw->items[0])->data);
    }
    if (nargs == 0) {
        return exc_raise(&exc_TypeError, "join() missing 1 required positional argument: 'a'");
    }
    if (!IS_STR(args[0])) {
        return exc_raise(&exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                         type_name(args[0]));
    }
    StrBuf b = {0};
    strbuf_puts(&b, AS_STR(args[0])->data);
    for (int i = 1; i < nargs; i++) {
        if (!IS_STR(args[i])) {
            strbuf_free(&b);
            return exc_raise(&exc_TypeError,
                             "join() argument must be str, bytes, or os.PathLike object, not '%s'",
                             type_name(args[i]));
        }
        const char *part = AS_STR(args[i])->data;
        if (part[0] == '/') {
            b.len = 0;
        } else if (b.len > 0 && b.data[b.len - 1] != '/') {
            strbuf_puts(&b, "/");
        }
        strbuf_puts(&b, part);
    }
    return OBJ_VAL(str_from_buf(&b));
}

static const MethodDef path_functions[] = {
    {"exists", path_exists}, {"isdir", path_isdir}, {"isfile", path_isfile},
    {"join", path_join},     {NULL, NULL},
};

// ---- the module ------------------------------------------------------------------------------

static const MethodDef os_functions[] = {
    {"getpid", os_getpid},
    {"getppid", os_getppid},
    {"fork", os_fork},
    {"kill", os_kill},
    {"waitpid", os_waitpid},
    {"_exit", os__exit},
    {"WIFEXITED", os_WIFEXITED},
    {"WEXITSTATUS", os_WEXITSTATUS},
    {"WIFSIGNALED", os_WIFSIGNALED},
    {"WTERMSIG", os_WTERMSIG},
    {"WIFSTOPPED", os_WIFSTOPPED},
    {"WSTOPSIG", os_WSTOPSIG},
    {"open", os_open},
    {"read", os_read},
    {"write", os_write},
    {"close", os_close},
    {"pipe", os_pipe},
    {"dup", os_dup},
    {"dup2", os_dup2},
    {"get_blocking", os_get_blocking},
    {"set_blocking", os_set_blocking},
    {"strerror", os_strerror},
    {"remove", os_remove},
    {"unlink", os_unlink},
    {"rmdir", os_rmdir},
    {"mkdir", os_mkdir},
    {"mkfifo", os_mkfifo},
    {"listdir", os_listdir},
    {"getcwd", os_getcwd},
    {"getenv", os_getenv},
    {NULL, NULL},
};

// The flag constants, by name.
#define CONSTANT(name)                                                                             \
    { #name, name }
static const struct {
    const char *name;
    int value;
} os_constants[] = {
    CONSTANT(O_RDONLY),  CONSTANT(O_WRONLY),  CONSTANT(O_RDWR), CONSTANT(O_CREAT),
    CONSTANT(O_TRUNC),   CONSTANT(O_APPEND),  CONSTANT(O_EXCL), CONSTANT(O_NONBLOCK),
    CONSTANT(O_CLOEXEC), CONSTANT(O_NOCTTY),  CONSTANT(O_SYNC), CONSTANT(O_DIRECTORY),
    CONSTANT(WNOHANG),   CONSTANT(WUNTRACED), CONSTANT(F_OK),   CONSTANT(R_OK),
    CONSTANT(W_OK),      CONSTANT(X_OK),
};
#undef CONSTANT

ModuleObj *mod_os_create(void) {
    ModuleObj *m = module_new("os");
    module_add_functions(m, os_functions);
    DictObj *d = m->dict;
    for (size_t i = 0; i < sizeof os_constants / sizeof os_constants[0]; i++) {
        dict_set_cstr(d, os_constants[i].name, INT_VAL(os_constants[i].value));
    }
    dict_set_cstr(d, "name", OBJ_VAL(str_intern_cstr("posix")));
    dict_set_cstr(d, "sep", OBJ_VAL(str_intern_cstr("/")));
    dict_set_cstr(d, "linesep", OBJ_VAL(str_intern_cstr("\n")));
    dict_set_cstr(d, "curdir", OBJ_VAL(str_intern_cstr(".")));
    dict_set_cstr(d, "pardir", OBJ_VAL(str_intern_cstr("..")));
    dict_set_cstr(d, "devnull", OBJ_VAL(str_intern_cstr("/dev/null")));
    dict_set_cstr(d, "error", OBJ_VAL(&exc_OSError));
    dict_set_cstr(d, "environ", OBJ_VAL(environ_dict()));
    ModuleObj *path = module_new("posixpath");
    module_add_functions(path, path_functions);
    dict_set_cstr(path->dict, "sep", OBJ_VAL(str_intern_cstr("/")));
    dict_set_cstr(d, "path", OBJ_VAL(path));
    os_module = m;
    gc_add_root_obj((Obj *)m);
    return m;
}
