// The syntax tree's memory and its debugging printer. Every node, list,
// parameter array and string of one parse is carved from one arena, so the
// whole tree goes away with a single ast_arena_free. The printer writes a
// compact S-expression that the parser's unit tests compare against.
#include "compiler/ast.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { BLOCK_SIZE = 64 * 1024 };

typedef struct Block {
    struct Block *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
} Block;

struct AstArena {
    Block *head;
};

static void *xmalloc(size_t n) {
    void *p = malloc(n);
    if (!p) {
        fputs("Fatal Python error: out of memory\n", stderr);
        abort();
    }
    return p;
}

AstArena *ast_arena_new(void) {
    AstArena *a = xmalloc(sizeof *a);
    a->head = NULL;
    return a;
}

void ast_arena_free(AstArena *arena) {
    if (!arena) {
        return;
    }
    Block *b = arena->head;
    while (b) {
        Block *next = b->next;
        free(b);
        b = next;
    }
    free(arena);
}

void *ast_arena_alloc(AstArena *arena, size_t size) {
    size = (size + 15) & ~(size_t)15;
    Block *b = arena->head;
    if (!b || b->size - b->used < size) {
        // A request bigger than a block gets a block of its own, placed
        // behind the current one so the current one keeps filling up.
        size_t cap = size > BLOCK_SIZE ? size : BLOCK_SIZE;
        Block *nb = xmalloc(sizeof *nb + cap);
        nb->used = 0;
        nb->size = cap;
        if (b && size > BLOCK_SIZE) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            arena->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

const char *ast_arena_strdup(AstArena *arena, const char *s, size_t n) {
    char *p = ast_arena_alloc(arena, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

Node *ast_node_new(AstArena *arena, NodeKind kind, Span span) {
    Node *n = ast_arena_alloc(arena, sizeof *n);
    n->kind = kind;
    n->span = span;
    return n;
}

// Lists grow by doubling; the capacity is not stored but implied by the
// length (4, 8, 16, ...), so a list must only ever grow through here.
void ast_list_push(AstArena *arena, NodeList *list, Node *node) {
    int len = list->len;
    if (len == 0 || (len >= 4 && (len & (len - 1)) == 0)) {
        int cap = len ? len * 2 : 4;
        Node **items = ast_arena_alloc(arena, (size_t)cap * sizeof *items);
        if (len) {
            memcpy(items, list->items, (size_t)len * sizeof *items);
        }
        list->items = items;
    }
    list->items[list->len++] = node;
}

const char *ast_kind_name(NodeKind kind) {
    static const char *const names[] = {
        [N_NAME] = "Name",
        [N_CONST] = "Constant",
        [N_INT] = "Int",
        [N_FLOAT] = "Float",
        [N_STR] = "Str",
        [N_BYTES] = "Bytes",
        [N_FSTRING] = "JoinedStr",
        [N_FVALUE] = "FormattedValue",
        [N_TUPLE] = "Tuple",
        [N_LIST] = "List",
        [N_SET] = "Set",
        [N_DICT] = "Dict",
        [N_ATTR] = "Attribute",
        [N_SUBSCRIPT] = "Subscript",
        [N_SLICE] = "Slice",
        [N_CALL] = "Call",
        [N_KEYWORD] = "keyword",
        [N_STARRED] = "Starred",
        [N_UNARY] = "UnaryOp",
        [N_BINARY] = "BinOp",
        [N_BOOL] = "BoolOp",
        [N_COMPARE] = "Compare",
        [N_IFEXP] = "IfExp",
        [N_LAMBDA] = "Lambda",
        [N_LISTCOMP] = "ListComp",
        [N_SETCOMP] = "SetComp",
        [N_DICTCOMP] = "DictComp",
        [N_GENEXP] = "GeneratorExp",
        [N_COMPFOR] = "comprehension",
        [N_EXPR_STMT] = "Expr",
        [N_ASSIGN] = "Assign",
        [N_AUGASSIGN] = "AugAssign",
        [N_IF] = "If",
        [N_WHILE] = "While",
        [N_FOR] = "For",
        [N_BREAK] = "Break",
        [N_CONTINUE] = "Continue",
        [N_PASS] = "Pass",
        [N_DEF] = "FunctionDef",
        [N_CLASS] = "ClassDef",
        [N_RETURN] = "Return",
        [N_DELETE] = "Delete",
        [N_ASSERT] = "Assert",
        [N_RAISE] = "Raise",
        [N_TRY] = "Try",
        [N_HANDLER] = "ExceptHandler",
        [N_WITH] = "With",
        [N_WITHITEM] = "withitem",
        [N_IMPORT] = "Import",
        [N_IMPORTFROM] = "ImportFrom",
        [N_ALIAS] = "alias",
        [N_GLOBAL] = "Global",
        [N_NONLOCAL] = "Nonlocal",
        [N_MODULE] = "Module",
    };
    if ((unsigned)kind >= sizeof names / sizeof *names || !names[kind]) {
        return "?";
    }
    return names[kind];
}

// ---- the printer ----------------------------------------------------------------

static const char *const binop_names[] = {
    [OP_ADD] = "Add",           [OP_SUB] = "Sub",    [OP_MUL] = "Mult", [OP_TRUEDIV] = "Div",
    [OP_FLOORDIV] = "FloorDiv", [OP_MOD] = "Mod",    [OP_POW] = "Pow",  [OP_LSHIFT] = "LShift",
    [OP_RSHIFT] = "RShift",     [OP_AND] = "BitAnd", [OP_OR] = "BitOr", [OP_XOR] = "BitXor",
    [OP_MATMUL] = "MatMult",    [OP_NEG] = "USub",   [OP_POS] = "UAdd", [OP_INVERT] = "Invert",
    [OP_NOT] = "Not",
};

static const char *const cmp_names[] = {
    [CMP_LT] = "Lt", [CMP_LE] = "LtE",       [CMP_EQ] = "Eq", [CMP_NE] = "NotEq",
    [CMP_GT] = "Gt", [CMP_GE] = "GtE",       [CMP_IN] = "In", [CMP_NOT_IN] = "NotIn",
    [CMP_IS] = "Is", [CMP_IS_NOT] = "IsNot",
};

static void dump_node(const Node *n, FILE *out);

static void dump_bytes(const char *s, size_t n, FILE *out) {
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            fprintf(out, "\\%c", c);
        } else if (c == '\n') {
            fputs("\\n", out);
        } else if (c < 0x20 || c == 0x7F) {
            fprintf(out, "\\x%02x", c);
        } else {
            fputc(c, out);
        }
    }
    fputc('"', out);
}

static void dump_opt(const Node *n, FILE *out) {
    fputc(' ', out);
    if (n) {
        dump_node(n, out);
    } else {
        fputc('-', out);
    }
}

static void dump_list(const NodeList *l, FILE *out) {
    fputs(" [", out);
    for (int i = 0; i < l->len; i++) {
        if (i) {
            fputc(' ', out);
        }
        dump_node(l->items[i], out);
    }
    fputc(']', out);
}

static void dump_arg(const Arg *a, FILE *out) {
    fprintf(out, " (arg@%d:%d-%d:%d %s", a->span.line, a->span.col, a->span.end_line,
            a->span.end_col, a->name);
    if (a->default_) {
        dump_opt(a->default_, out);
    }
    fputc(')', out);
}

static void dump_args(const Args *a, FILE *out) {
    fputs(" (arguments", out);
    if (a) {
        for (int i = 0; i < a->nposargs; i++) {
            dump_arg(&a->posargs[i], out);
        }
        if (a->vararg) {
            fprintf(out, " *%s", a->vararg);
        } else if (a->nkwonly) {
            fputs(" *", out);
        }
        for (int i = 0; i < a->nkwonly; i++) {
            dump_arg(&a->kwonly[i], out);
        }
        if (a->kwarg) {
            fprintf(out, " **%s", a->kwarg);
        }
    }
    fputc(')', out);
}

static void dump_node(const Node *n, FILE *out) {
    const Span *s = &n->span;
    fprintf(out, "(%s", ast_kind_name(n->kind));
    // comprehension and withitem have no position in CPython's tree either.
    if (n->kind != N_COMPFOR && n->kind != N_WITHITEM && n->kind != N_MODULE) {
        fprintf(out, "@%d:%d-%d:%d", s->line, s->col, s->end_line, s->end_col);
    }
    switch (n->kind) {
    case N_NAME:
        fprintf(out, " %s", n->name);
        break;
    case N_CONST: {
        static const char *const c[] = {"None", "True", "False", "Ellipsis"};
        fprintf(out, " %s", c[n->const_kind]);
        break;
    }
    case N_INT:
        if (n->big) {
            fprintf(out, " big %.*s", (int)n->str_len, n->str);
        } else {
            fprintf(out, " %" PRId64, n->i);
        }
        break;
    case N_FLOAT:
        fprintf(out, " %.17g", n->f);
        break;
    case N_STR:
    case N_BYTES:
        fputc(' ', out);
        dump_bytes(n->str, n->str_len, out);
        break;
    case N_FSTRING:
    case N_TUPLE:
    case N_LIST:
    case N_SET:
    case N_DELETE:
    case N_IMPORT:
        dump_list(&n->items, out);
        break;
    case N_FVALUE:
        fprintf(out, " %c", n->conversion ? n->conversion : '-');
        dump_opt(n->a, out);
        dump_opt(n->b, out);
        break;
    case N_DICT:
        fputs(" [", out);
        for (int i = 0; i < n->items.len; i++) {
            if (i) {
                fputc(' ', out);
            }
            if (n->items.items[i]) {
                dump_node(n->items.items[i], out);
            } else {
                fputc('-', out);
            }
            dump_opt(n->values.items[i], out);
        }
        fputc(']', out);
        break;
    case N_ATTR:
        dump_opt(n->a, out);
        fprintf(out, " %s", n->name);
        break;
    case N_SUBSCRIPT:
        dump_opt(n->a, out);
        dump_opt(n->b, out);
        break;
    case N_SLICE:
    case N_IFEXP:
        dump_opt(n->a, out);
        dump_opt(n->b, out);
        dump_opt(n->c, out);
        break;
    case N_CALL:
        dump_opt(n->a, out);
        dump_list(&n->items, out);
        dump_list(&n->keywords, out);
        break;
    case N_KEYWORD:
        fprintf(out, " %s", n->name ? n->name : "-");
        dump_opt(n->a, out);
        break;
    case N_STARRED:
    case N_EXPR_STMT:
    case N_RETURN:
        dump_opt(n->a, out);
        break;
    case N_UNARY:
        fprintf(out, " %s", binop_names[n->op]);
        dump_opt(n->a, out);
        break;
    case N_BINARY:
        dump_opt(n->a, out);
        fprintf(out, " %s", binop_names[n->op]);
        dump_opt(n->b, out);
        break;
    case N_AUGASSIGN:
        dump_opt(n->a, out);
        fprintf(out, " %s", binop_names[n->op]);
        dump_opt(n->b, out);
        break;
    case N_BOOL:
        fprintf(out, " %s", n->op == BOOL_AND ? "And" : "Or");
        dump_list(&n->items, out);
        break;
    case N_COMPARE:
        dump_opt(n->a, out);
        for (int i = 0; i < n->items.len; i++) {
            fprintf(out, " %s", cmp_names[n->cmp_ops[i]]);
            dump_opt(n->items.items[i], out);
        }
        break;
    case N_LAMBDA:
        dump_args(n->args, out);
        dump_opt(n->a, out);
        break;
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_GENEXP:
        dump_opt(n->a, out);
        dump_list(&n->comps, out);
        break;
    case N_DICTCOMP:
        dump_opt(n->a, out);
        dump_opt(n->b, out);
        dump_list(&n->comps, out);
        break;
    case N_COMPFOR:
        dump_opt(n->a, out);
        dump_opt(n->b, out);
        dump_list(&n->items, out);
        break;
    case N_ASSIGN:
        dump_list(&n->items, out);
        dump_opt(n->a, out);
        break;
    case N_IF:
    case N_WHILE:
        dump_opt(n->a, out);
        dump_list(&n->body, out);
        dump_list(&n->orelse, out);
        break;
    case N_FOR:
        dump_opt(n->a, out);
        dump_opt(n->b, out);
        dump_list(&n->body, out);
        dump_list(&n->orelse, out);
        break;
    case N_BREAK:
    case N_CONTINUE:
    case N_PASS:
        break;
    case N_DEF:
        fprintf(out, " %s", n->name);
        dump_args(n->args, out);
        dump_list(&n->body, out);
        dump_list(&n->decorators, out);
        break;
    case N_CLASS:
        fprintf(out, " %s", n->name);
        dump_list(&n->items, out);
        dump_list(&n->keywords, out);
        dump_list(&n->body, out);
        dump_list(&n->decorators, out);
        break;
    case N_ASSERT:
    case N_RAISE:
    case N_WITHITEM:
        dump_opt(n->a, out);
        dump_opt(n->b, out);
        break;
    case N_TRY:
        dump_list(&n->body, out);
        dump_list(&n->handlers, out);
        dump_list(&n->orelse, out);
        dump_list(&n->finalbody, out);
        break;
    case N_HANDLER:
        dump_opt(n->a, out);
        fprintf(out, " %s", n->name ? n->name : "-");
        dump_list(&n->body, out);
        break;
    case N_WITH:
        dump_list(&n->items, out);
        dump_list(&n->body, out);
        break;
    case N_IMPORTFROM:
        fprintf(out, " %s", n->name);
        dump_list(&n->items, out);
        break;
    case N_ALIAS:
        fprintf(out, " %s %s", n->name, n->asname ? n->asname : "-");
        break;
    case N_GLOBAL:
    case N_NONLOCAL:
        for (int i = 0; i < n->nnames; i++) {
            fprintf(out, " %s", n->names[i]);
        }
        break;
    case N_MODULE:
        dump_list(&n->body, out);
        break;
    }
    fputc(')', out);
}

void ast_dump(const Node *node, FILE *out) {
    if (node) {
        dump_node(node, out);
    } else {
        fputs("-", out);
    }
}
