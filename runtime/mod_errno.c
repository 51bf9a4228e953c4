// The errno module: the name of every error number Linux defines, as ints,
// and `errorcode`, the dict from number back to name. The names are listed
// in the order CPython adds them, so the module and errorcode iterate alike;
// for a number with two names (EAGAIN and EWOULDBLOCK) errorcode keeps the
// one listed last, as CPython's does.
#include <errno.h>

#include "runtime/module.h"

ModuleObj *mod_errno_create(void);

// clang-format off
#define ERRNO_NAMES(X) \
    X(ENODEV) X(ENOCSI) X(EHOSTUNREACH) X(ENOMSG) X(EUCLEAN) X(EL2NSYNC) X(EL2HLT) X(ENODATA) \
    X(ENOTBLK) X(ENOSYS) X(EPIPE) X(EINVAL) X(EOVERFLOW) X(EADV) X(EINTR) X(EUSERS) X(ENOTEMPTY) \
    X(ENOBUFS) X(EPROTO) X(EREMOTE) X(ENAVAIL) X(ECHILD) X(ELOOP) X(EXDEV) X(E2BIG) X(ESRCH) \
    X(EMSGSIZE) X(EAFNOSUPPORT) X(EBADR) X(EHOSTDOWN) X(EPFNOSUPPORT) X(ENOPROTOOPT) X(EBUSY) \
    X(EWOULDBLOCK) X(EBADFD) X(EDOTDOT) X(EISCONN) X(ENOANO) X(ESHUTDOWN) X(ECHRNG) X(ELIBBAD) \
    X(ENONET) X(EBADE) X(EBADF) X(EMULTIHOP) X(EIO) X(EUNATCH) X(EPROTOTYPE) X(ENOSPC) X(ENOEXEC) \
    X(EALREADY) X(ENETDOWN) X(ENOTNAM) X(EACCES) X(ELNRNG) X(EILSEQ) X(ENOTDIR) X(ENOTUNIQ) \
    X(EPERM) X(EDOM) X(EXFULL) X(ECONNREFUSED) X(EISDIR) X(EPROTONOSUPPORT) X(EROFS) \
    X(EADDRNOTAVAIL) X(EIDRM) X(ECOMM) X(ESRMNT) X(EREMOTEIO) X(EL3RST) X(EBADMSG) X(ENFILE) \
    X(ELIBMAX) X(ESPIPE) X(ENOLINK) X(ENETRESET) X(ETIMEDOUT) X(ENOENT) X(EEXIST) X(EDQUOT) \
    X(ENOSTR) X(EBADSLT) X(EBADRQC) X(ELIBACC) X(EFAULT) X(EFBIG) X(EDEADLK) X(ENOTCONN) \
    X(EDESTADDRREQ) X(ELIBSCN) X(ENOLCK) X(EISNAM) X(ECONNABORTED) X(ENETUNREACH) X(ESTALE) \
    X(ENOSR) X(ENOMEM) X(ENOTSOCK) X(ESTRPIPE) X(EMLINK) X(ERANGE) X(ELIBEXEC) X(EL3HLT) \
    X(ECONNRESET) X(EADDRINUSE) X(EOPNOTSUPP) X(EREMCHG) X(EAGAIN) X(ENAMETOOLONG) X(ENOTTY) \
    X(ERESTART) X(ESOCKTNOSUPPORT) X(ETIME) X(EBFONT) X(EDEADLOCK) X(ETOOMANYREFS) X(EMFILE) \
    X(ETXTBSY) X(EINPROGRESS) X(ENXIO) X(ENOPKG) X(ENOMEDIUM) X(EMEDIUMTYPE) X(ECANCELED) X(ENOKEY) \
    X(EKEYEXPIRED) X(EKEYREVOKED) X(EKEYREJECTED) X(EOWNERDEAD) X(ENOTRECOVERABLE) X(ERFKILL) \
    X(ENOTSUP)
// clang-format on

ModuleObj *mod_errno_create(void) {
    ModuleObj *m = module_new("errno");
    DictObj *codes = dict_new();
    dict_set_cstr(m->dict, "errorcode", OBJ_VAL(codes));
#define X(name)                                                                                    \
    dict_set_cstr(m->dict, #name, INT_VAL(name));                                                  \
    dict_set(codes, INT_VAL(name), OBJ_VAL(str_intern_cstr(#name)));
    ERRNO_NAMES(X)
#undef X
    return m;
}
