// The abstract syntax tree: what the parser builds and the code generator
// reads. Nodes live in an arena owned by the parse (ast_arena_*); nothing here
// is a VM object, so the tree needs no garbage collector. Every node carries
// its source span (line and byte column of its first and one-past-last
// character), which becomes the position of the instructions made from it
// and, in a traceback, the caret line under the source.
#ifndef VM_COMPILER_AST_H
#define VM_COMPILER_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

// A source span. Lines count from 1, columns are byte offsets from 0.
typedef struct Span {
    int32_t line, end_line;
    int32_t col, end_col;
} Span;

typedef enum NodeKind {
    // Expressions
    N_NAME,       // name
    N_CONST,      // const (None, True, False, Ellipsis), i, f, str
    N_INT,        // i (fits in int64) or str (decimal digits of a bigger literal)
    N_FLOAT,      // f
    N_STR,        // str: decoded UTF-8 contents, str_len bytes
    N_BYTES,      // str: raw bytes, str_len bytes
    N_FSTRING,    // items: N_STR parts and N_FVALUE parts, in order
    N_FVALUE,     // a: expression, conversion: 0/'r'/'s'/'a', b: format spec
                  // (an N_FSTRING, may be NULL)
    N_TUPLE,      // items
    N_LIST,       // items
    N_SET,        // items
    N_DICT,       // items: keys, values: values (a NULL key means **value)
    N_ATTR,       // a: object, name
    N_SUBSCRIPT,  // a: object, b: index (may be an N_SLICE or N_TUPLE)
    N_SLICE,      // a: lower, b: upper, c: step (each may be NULL)
    N_CALL,       // a: callee, items: positional args (N_STARRED for *x),
                  // keywords: N_KEYWORD list (name NULL for **x)
    N_KEYWORD,    // name, a: value
    N_STARRED,    // a: value (in calls, displays and assignment targets)
    N_UNARY,      // op: OP_NEG/OP_POS/OP_INVERT/OP_NOT, a
    N_BINARY,     // op: one of the arithmetic BinOp values, a, b
    N_BOOL,       // op: BOOL_AND/BOOL_OR, items: operands (two or more)
    N_COMPARE,    // a: first operand, items: the other operands,
                  // cmp_ops: one CmpOp per item
    N_IFEXP,      // a: test, b: body, c: orelse
    N_LAMBDA,     // args, a: body expression
    N_LISTCOMP,   // a: element, comps: N_COMPFOR list
    N_SETCOMP,    // a: element, comps
    N_DICTCOMP,   // a: key, b: value, comps
    N_GENEXP,     // a: element, comps
    N_COMPFOR,    // a: target, b: iterable, items: the `if` conditions

    // Statements
    N_EXPR_STMT,  // a
    N_ASSIGN,     // items: targets (one or more, a = b = value), a: value
    N_AUGASSIGN,  // op: BinOp, a: target, b: value
    N_IF,         // a: test, body, orelse
    N_WHILE,      // a: test, body, orelse
    N_FOR,        // a: target, b: iterable, body, orelse
    N_BREAK,
    N_CONTINUE,
    N_PASS,
    N_DEF,        // name, args, body, decorators
    N_CLASS,      // name, items: bases, keywords, body, decorators
    N_RETURN,     // a (may be NULL)
    N_DELETE,     // items: targets
    N_ASSERT,     // a: test, b: message (may be NULL)
    N_RAISE,      // a: exception (may be NULL), b: cause (may be NULL)
    N_TRY,        // body, handlers: N_HANDLER list, orelse, finalbody
    N_HANDLER,    // a: type (may be NULL), name (may be NULL), body
    N_WITH,       // items: N_WITHITEM list, body
    N_WITHITEM,   // a: context expression, b: target (may be NULL)
    N_IMPORT,     // items: N_ALIAS list
    N_IMPORTFROM, // name: module, items: N_ALIAS list
    N_ALIAS,      // name, asname (may be NULL); name may be dotted "a.b"
    N_GLOBAL,     // names
    N_NONLOCAL,   // names
    N_MODULE,     // body
} NodeKind;

typedef enum BinOp {
    OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_AND, OP_OR, OP_XOR, OP_MATMUL,
    OP_NEG, OP_POS, OP_INVERT, OP_NOT, // unary
} BinOp;

typedef enum BoolOp { BOOL_AND, BOOL_OR } BoolOp;

typedef enum CmpOp {
    CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE,
    CMP_IN, CMP_NOT_IN, CMP_IS, CMP_IS_NOT,
} CmpOp;

typedef enum ConstKind { CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS } ConstKind;

typedef struct Node Node;

// A growable array of node pointers, allocated in the arena.
typedef struct NodeList {
    Node **items;
    int len;
} NodeList;

// Parameters of a def or lambda.
typedef struct Arg {
    const char *name;   // interned-in-arena UTF-8, NUL-terminated
    Node *default_;     // may be NULL
    Span span;
} Arg;

typedef struct Args {
    Arg *posargs;       // positional-or-keyword parameters
    int nposargs;
    const char *vararg; // name after `*`, NULL if none
    Arg *kwonly;        // keyword-only parameters (after `*` or `*args`)
    int nkwonly;
    const char *kwarg;  // name after `**`, NULL if none
} Args;

struct Node {
    NodeKind kind;
    Span span;
    int op;                 // BinOp / BoolOp for N_UNARY, N_BINARY, N_BOOL, N_AUGASSIGN
    Node *a, *b, *c;
    NodeList items;
    NodeList values;        // N_DICT values
    NodeList keywords;      // N_CALL, N_CLASS
    NodeList body, orelse, finalbody, handlers, decorators, comps;
    CmpOp *cmp_ops;         // N_COMPARE, one per item
    const char *name;       // NUL-terminated UTF-8 (N_NAME, N_ATTR, N_DEF, ...)
    const char *asname;     // N_ALIAS
    const char **names;     // N_GLOBAL, N_NONLOCAL
    int nnames;
    Args *args;             // N_DEF, N_LAMBDA
    int conversion;         // N_FVALUE: 0, 'r', 's' or 'a'
    ConstKind const_kind;   // N_CONST
    int64_t i;              // N_INT
    double f;               // N_FLOAT
    const char *str;        // N_STR, N_BYTES (not NUL-terminated), N_INT (big literal digits)
    size_t str_len;
    bool big;               // N_INT: the literal does not fit in int64; str holds its digits
};

// The arena: every node, list and string of one parse.
typedef struct AstArena AstArena;

AstArena *ast_arena_new(void);
void ast_arena_free(AstArena *arena);
// Returns zeroed memory that lives until ast_arena_free.
void *ast_arena_alloc(AstArena *arena, size_t size);
// Copies n bytes and appends a NUL.
const char *ast_arena_strdup(AstArena *arena, const char *s, size_t n);
// A new zeroed node of the given kind and span.
Node *ast_node_new(AstArena *arena, NodeKind kind, Span span);
// Appends to a list, growing it inside the arena.
void ast_list_push(AstArena *arena, NodeList *list, Node *node);

// The kind's name, for debugging and the parser's unit tests ("Name", "BinOp", ...).
const char *ast_kind_name(NodeKind kind);

// Writes the tree as a one-line S-expression, e.g.
// `(Expr@1:0-1:5 (BinOp@1:0-1:5 (Name@1:0-1:1 a) Add (Int@1:4-1:5 1)))`: every
// node with its span (line:col-end_line:end_col), lists in [], NULL as `-`.
void ast_dump(const Node *node, FILE *out);

#endif
