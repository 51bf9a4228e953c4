// The command line: `vm run [OPTIONS] FILE [ARGS...]`, `vm -c CODE
// [ARGS...]`, `vm dis FILE`, `vm --version`, `vm --help`.
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compiler/codegen.h"
#include "compiler/parser.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/file.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "vm/dis.h"
#include "vm/eval.h"
#include "vm/explore.h"
#include "vm/signal.h"
#include "vm/traceback.h"
#include "vm/vm.h"

#define VM_VERSION "vm 0.1 (runs a Python 3.11 subset)"

static const char usage[] =
    "usage: vm run FILE [ARGS...]   run a script\n"
    "         --trace-signals       print on stderr when each signal was tripped and where\n"
    "                               its handler ran (in instructions and microseconds)\n"
    "         --inject SIG@N        deliver SIG just before instruction number N\n"
    "       vm explore --signal SIG [--timeout SECONDS] FILE [ARGS...]\n"
    "                               run FILE once per instruction N with SIG delivered\n"
    "                               before N, and report how the outcome changes (a run\n"
    "                               past the timeout, by default 20 times the undisturbed\n"
    "                               run and at least 3 s, is killed)\n"
    "       vm -c CODE [ARGS...]    run CODE as a script\n"
    "       vm dis FILE             print the bytecode of FILE (* marks check points)\n"
    "       vm --version            print the version\n"
    "       vm --help               print this help\n";

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    StrBuf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        strbuf_append(&b, chunk, n);
    }
    fclose(f);
    strbuf_append(&b, "", 0);
    *len = b.len;
    return b.data;
}

// Set when an uncaught KeyboardInterrupt ended the program: the process
// then dies of SIGINT, as CPython's does, so a shell sees status 130.
static bool exit_by_sigint;

// Turns the exception that ended the program into an exit status,
// printing it the way CPython does.
static int report(Value exc) {
    if (type_is_subtype(type_of(exc), &exc_SystemExit)) {
        Value code = exc_get_attr(exc, "code");
        if (IS_UNDEF(code)) {
            TupleObj *args = AS_EXC(exc)->args;
            code = args->len == 0 ? NONE_VAL : args->len == 1 ? args->items[0] : OBJ_VAL(args);
        }
        if (IS_NONE(code)) {
            return 0;
        }
        if (IS_INT(code) || IS_BOOL(code)) {
            return (int)(IS_INT(code) ? code.i : code.b) & 0xFF;
        }
        StrBuf b = {0};
        if (!ops_str_into(&b, code)) {
            vm_take_exc();
        }
        strbuf_putc(&b, '\n');
        fwrite(b.data, 1, b.len, stderr);
        strbuf_free(&b);
        return 1;
    }
    vm_take_exc();
    traceback_print(exc);
    if (type_is_subtype(type_of(exc), &exc_KeyboardInterrupt)) {
        // Ended by SIGINT, once the output is flushed (see run_source).
        exit_by_sigint = true;
        return 128 + SIGINT;
    }
    return 1;
}

static int run_source(const char *src, size_t len, const char *filename) {
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    CodeObj *code = codegen_compile(src, len, filename, &err);
    if (!code) {
        char *msg = parser_format_syntax_error(&err, src, len, filename);
        fputs(msg, stderr);
        free(msg);
        return 1;
    }
    DictObj *globals = dict_new();
    dict_set_cstr(globals, "__name__", OBJ_VAL(str_intern_cstr("__main__")));
    dict_set_cstr(globals, "__file__", OBJ_VAL(str_from_cstr(filename)));
    Value r = vm_run_module(code, globals);
    int status = 0;
    // As CPython: flush stderr and stdout (ignoring errors) before reporting.
    file_flush_io();
    if (IS_ERR(r)) {
        status = report(vm_take_exc());
    }
    if (!file_flush_std()) {
        // A failed flush at exit (a closed pipe): CPython reports it and exits 120.
        Value e = vm_take_exc();
        fputs("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' "
              "encoding='utf-8'>\n",
              stderr);
        traceback_print(e);
        status = 120;
    }
    signal_trace_end();
    if (exit_by_sigint) {
        signal_exit_by_sigint();
    }
    return status;
}

static int cmd_dis(const char *path) {
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        fprintf(stderr, "vm: can't open file '%s': [Errno %d] %s\n", path, errno, strerror(errno));
        return 2;
    }
    vm_init(0, NULL);
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    CodeObj *code = codegen_compile(src, len, path, &err);
    if (!code) {
        char *msg = parser_format_syntax_error(&err, src, len, path);
        fputs(msg, stderr);
        free(msg);
        free(src);
        return 1;
    }
    StrBuf b = {0};
    dis_code(&b, code);
    fwrite(b.data, 1, b.len, stdout);
    strbuf_free(&b);
    free(src);
    return 0;
}

// A signal as the command line names it: SIGUSR1, USR1 or 10. 0 if none.
static int parse_signal(const char *s, size_t len) {
    char name[32];
    if (len == 0 || len >= sizeof name) {
        return 0;
    }
    memcpy(name, s, len);
    name[len] = 0;
    char *end;
    long n = strtol(name, &end, 10);
    if (*end == 0) {
        return n > 0 && n < NSIG ? (int)n : 0;
    }
    const char *bare = strncmp(name, "SIG", 3) == 0 ? name + 3 : name;
    for (int signum = 1; signum < NSIG; signum++) {
        const char *abbrev = sigabbrev_np(signum);
        if (abbrev && strcmp(abbrev, bare) == 0) {
            return signum;
        }
    }
    return 0;
}

// The options of `vm run` before the file: --trace-signals, --inject
// SIG@N. Returns how many arguments they took, or -1 after an error message.
static int run_options(int argc, char **argv) {
    int i = 0;
    bool count = false;
    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
        if (strcmp(argv[i], "--trace-signals") == 0) {
            signal_trace(2);
            count = true;
            continue;
        }
        if (strcmp(argv[i], "--inject") != 0 || i + 1 >= argc) {
            fprintf(stderr, "vm: unknown option '%s'\n%s", argv[i], usage);
            return -1;
        }
        const char *spec = argv[++i];
        const char *at = strchr(spec, '@');
        char *end = NULL;
        unsigned long long n = at ? strtoull(at + 1, &end, 10) : 0;
        int signum = at ? parse_signal(spec, (size_t)(at - spec)) : 0;
        if (!signum || n == 0 || at[1] == '-' || *end != 0) {
            fprintf(stderr, "vm: --inject wants SIG@N (a signal, an instruction number from 1), "
                            "not '%s'\n", spec);
            return -1;
        }
        signal_inject_before(signum, n);
        count = true;
    }
    if (count && !eval_count_instructions()) {
        fputs("vm: this build cannot count instructions (no computed goto)\n", stderr);
        return -1;
    }
    return i;
}

// `vm run` of argv[0], sys.argv being argv[0..argc): returns the exit status.
static int run_file(int argc, char **argv) {
    const char *path = argv[0];
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        fprintf(stderr, "vm: can't open file '%s': [Errno %d] %s\n", path, errno, strerror(errno));
        return 2;
    }
    vm_init(argc, argv);
    int status = run_source(src, len, path);
    free(src);
    return status;
}

// vm explore --signal SIG [--timeout SECONDS] FILE [ARGS...]
static int cmd_explore(int argc, char **argv) {
    int signum = 0;
    int64_t limit_ns = -1;
    int i = 0;
    for (; i + 1 < argc && strncmp(argv[i], "--", 2) == 0; i += 2) {
        if (strcmp(argv[i], "--signal") == 0) {
            signum = parse_signal(argv[i + 1], strlen(argv[i + 1]));
        } else if (strcmp(argv[i], "--timeout") == 0) {
            char *end;
            double s = strtod(argv[i + 1], &end);
            limit_ns = *end == 0 && s > 0 && s < 1e6 ? (int64_t)(s * 1e9) : -2;
        } else {
            fprintf(stderr, "vm: unknown option '%s'\n%s", argv[i], usage);
            return 2;
        }
    }
    if (!signum || limit_ns == -2 || i >= argc) {
        fprintf(stderr, "vm: explore wants --signal SIG [--timeout SECONDS] FILE [ARGS...]\n%s",
                usage);
        return 2;
    }
    if (access(argv[i], R_OK) != 0) {
        fprintf(stderr, "vm: can't open file '%s': [Errno %d] %s\n", argv[i], errno,
                strerror(errno));
        return 2;
    }
    if (!eval_count_instructions()) {
        fputs("vm: this build cannot count instructions (no computed goto)\n", stderr);
        return 2;
    }
    return explore(signum, limit_ns, run_file, argc - i, argv + i);
}

int main(int argc, char **argv) {
    // Writing to a closed pipe must raise BrokenPipeError, not kill us.
    signal(SIGPIPE, SIG_IGN);
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        puts(VM_VERSION);
        return 0;
    }
    if (strcmp(cmd, "dis") == 0 && argc == 3) {
        return cmd_dis(argv[2]);
    }
    if (strcmp(cmd, "-c") == 0 && argc >= 3) {
        const char *code = argv[2];
        argv[2] = "-c";
        vm_init(argc - 2, argv + 2);
        return run_source(code, strlen(code), "<string>");
    }
    if (strcmp(cmd, "run") == 0 && argc >= 3) {
        int options = run_options(argc - 2, argv + 2);
        if (options < 0) {
            return 2;
        }
        argc -= options;
        argv += options;
        if (argc < 3) {
            fprintf(stderr, "vm: run wants a file\n%s", usage);
            return 2;
        }
        return run_file(argc - 2, argv + 2);
    }
    if (strcmp(cmd, "explore") == 0) {
        return cmd_explore(argc - 2, argv + 2);
    }
    fprintf(stderr, "vm: unknown command '%s'\n%s", cmd, usage);
    return 2;
}
