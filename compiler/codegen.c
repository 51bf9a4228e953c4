// Code generation from the syntax tree. One Unit is the code object being
// built; units nest for functions. Every emitted instruction takes the
// source span of the node being compiled (for tracebacks), and the handler
// active at that moment (for the exception table). `depth` follows the
// stack depth instruction by instruction so handlers know where to cut the
// stack back to and the code object knows its deepest stack.
#include "compiler/codegen.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/scope.h"
#include "runtime/bigint.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/opcodes.h"

// What a break, continue or return inside a block must undo on its way out.
typedef enum BlockKind {
    FB_WHILE,          // nothing on the stack
    FB_FOR,            // the iterator on the stack
    FB_TRY_EXCEPT,     // a protected try body: nothing to undo
    FB_FINALLY_TRY,    // a try body with a finally: run the finally body
    FB_FINALLY_END,    // inside a finally body run for an exception: [prev exc]
    FB_HANDLER,        // inside an except body: [prev]; clear the `as` name
    FB_WITH,           // inside a with body: [exit]; call exit(None, None, None)
} BlockKind;

typedef struct Block {
    BlockKind kind;
    int continue_label;  // loops
    int exit_label;      // loops: where break goes
    Node *node;          // FB_FINALLY_TRY: the try statement; FB_HANDLER: the handler
    int outer_active;    // how many handlers are active outside this block
} Block;

typedef struct Handler {
    int label;
    int depth;
} Handler;

typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    uint32_t *code;
    Position *pos;
    int *handler_of;     // per instruction: index into handlers, or -1
    int ncode, capcode;
    Value *consts;
    int nconsts, capconsts;
    StrObj **names;
    int nnames, capnames;
    int *labels;         // label -> instruction index
    int nlabels, caplabels;
    Handler *handlers;
    int nhandlers, caphandlers;
    int active[64];      // the stack of active handlers
    int nactive;
    Block blocks[64];
    int nblocks;
    int depth, maxdepth;
    Span span;           // position for the next instructions
} Unit;

typedef struct Compiler {
    Unit *u;
    const char *filename;
    StrObj *filename_obj;
    SyntaxErrorInfo *err;
    bool failed;
    AstArena *arena;
    const Span *genexp_call; // the call a generator expression is an argument of
} Compiler;

#define GROW(arr, n, cap)                                                                          \
    do {                                                                                           \
        if ((n) >= (cap)) {                                                                        \
            (cap) = (cap) ? (cap) * 2 : 16;                                                        \
            (arr) = realloc((arr), sizeof(*(arr)) * (size_t)(cap));                                \
        }                                                                                          \
    } while (0)

static void error_at(Compiler *c, Span span, const char *fmt, ...) {
    if (c->failed) {
        return;
    }
    c->failed = true;
    snprintf(c->err->type, sizeof c->err->type, "SyntaxError");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err->msg, sizeof c->err->msg, fmt, ap);
    va_end(ap);
    c->err->line = span.line;
    c->err->offset = span.col + 1;
    c->err->end_line = span.end_line;
    c->err->end_offset = span.end_col + 1;
}

// ---- emitting ---------------------------------------------------------------------------

static int emit(Compiler *c, Opcode op, uint32_t arg) {
    Unit *u = c->u;
    if (u->ncode >= u->capcode) {
        // `code`, `pos` and `handler_of` grow together.
        u->capcode = u->capcode ? u->capcode * 2 : 64;
        u->code = realloc(u->code, sizeof(uint32_t) * (size_t)u->capcode);
        u->pos = realloc(u->pos, sizeof(Position) * (size_t)u->capcode);
        u->handler_of = realloc(u->handler_of, sizeof(int) * (size_t)u->capcode);
    }
    u->code[u->ncode] = INSTR_MAKE(op, arg);
    u->pos[u->ncode] = (Position){u->span.line, u->span.end_line, u->span.col, u->span.end_col};
    u->handler_of[u->ncode] = u->nactive ? u->active[u->nactive - 1] : -1;
    u->depth += opcode_stack_effect(op, arg);
    if (u->depth > u->maxdepth) {
        u->maxdepth = u->depth;
    }
    return u->ncode++;
}

// An instruction CPython emits without a position of its own (the jump that
// leaves an `if` body or a `try` with its `else`): see close_for_loop.
static void emit_noline(Compiler *c, Opcode op, uint32_t arg) {
    int at = emit(c, op, arg);
    c->u->pos[at] = (Position){-1, -1, -1, -1};
}

static int new_label(Compiler *c) {
    Unit *u = c->u;
    GROW(u->labels, u->nlabels, u->caplabels);
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void place(Compiler *c, int label) {
    c->u->labels[label] = c->u->ncode;
}

static int add_const(Compiler *c, Value v) {
    Unit *u = c->u;
    for (int i = 0; i < u->nconsts; i++) {
        Value k = u->consts[i];
        if (k.tag != v.tag) {
            continue;
        }
        if (IS_STR(v) && IS_STR(k) && str_eq(AS_STR(v), AS_STR(k))) {
            return i;
        }
        if (v.tag != VAL_OBJ && value_is(k, v) &&
            !(v.tag == VAL_FLOAT && (v.f == 0.0 || v.f != v.f))) {
            return i;
        }
    }
    GROW(u->consts, u->nconsts, u->capconsts);
    u->consts[u->nconsts] = v;
    return u->nconsts++;
}

static int add_name(Compiler *c, const char *name) {
    Unit *u = c->u;
    StrObj *s = str_intern_cstr(name);
    for (int i = 0; i < u->nnames; i++) {
        if (u->names[i] == s) {
            return i;
        }
    }
    GROW(u->names, u->nnames, u->capnames);
    u->names[u->nnames] = s;
    return u->nnames++;
}

static void load_const(Compiler *c, Value v) {
    emit(c, OP_LOAD_CONST, (uint32_t)add_const(c, v));
}

static void push_handler(Compiler *c, int label, int depth) {
    Unit *u = c->u;
    GROW(u->handlers, u->nhandlers, u->caphandlers);
    u->handlers[u->nhandlers] = (Handler){label, depth};
    u->active[u->nactive++] = u->nhandlers++;
}

static void pop_handler(Compiler *c) {
    c->u->nactive--;
}

// `outer_active` is the handler count to go back to when leaving the block.
static void push_block(Compiler *c, BlockKind kind, int cont, int exit, Node *node,
                       int outer_active) {
    Unit *u = c->u;
    if (u->nblocks == 64) {
        error_at(c, u->span, "too many statically nested blocks");
        return;
    }
    u->blocks[u->nblocks++] = (Block){kind, cont, exit, node, outer_active};
}

static void pop_block(Compiler *c) {
    c->u->nblocks--;
}

// ---- names ------------------------------------------------------------------------------

typedef enum Access { LOAD, STORE, DEL } Access;

static void name_op(Compiler *c, const char *name, Access access) {
    Symbol *sym = scope_lookup(c->u->scope, name);
    SymKind kind = sym ? sym->kind : SYM_GLOBAL_IMPLICIT;
    if (c->u->scope->kind == SCOPE_CLASS && kind == SYM_FREE && access == LOAD) {
        emit(c, OP_LOAD_CLASSDEREF, (uint32_t)sym->slot);
        return;
    }
    if (c->u->scope->kind != SCOPE_FUNCTION && kind != SYM_GLOBAL_EXPLICIT) {
        kind = c->u->scope->kind == SCOPE_CLASS ? SYM_NAME : SYM_GLOBAL_EXPLICIT;
    }
    switch (kind) {
    case SYM_LOCAL:
        emit(c, access == LOAD ? OP_LOAD_FAST : access == STORE ? OP_STORE_FAST : OP_DELETE_FAST,
             (uint32_t)sym->slot);
        return;
    case SYM_CELL:
    case SYM_FREE:
        emit(c, access == LOAD ? OP_LOAD_DEREF : access == STORE ? OP_STORE_DEREF : OP_DELETE_DEREF,
             (uint32_t)sym->slot);
        return;
    case SYM_NAME:
        emit(c, access == LOAD ? OP_LOAD_NAME : access == STORE ? OP_STORE_NAME : OP_DELETE_NAME,
             (uint32_t)add_name(c, name));
        return;
    default:
        emit(c, access == LOAD ? OP_LOAD_GLOBAL : access == STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL,
             (uint32_t)add_name(c, name));
        return;
    }
}

// ---- expressions ------------------------------------------------------------------------

static void expr(Compiler *c, Node *n);
static void stmts(Compiler *c, NodeList *body);
static void function(Compiler *c, Node *n, const char *name);
static void comprehension(Compiler *c, Node *n);
static void prologue(Compiler *c);
static void unit_free(Unit *u);
static CodeObj *assemble(Compiler *c, Unit *u, const char *name, const char *qualname,
                         int firstlineno);

static Span set_span(Compiler *c, Span s) {
    Span old = c->u->span;
    c->u->span = s;
    return old;
}

static Value str_const(Node *n) {
    return OBJ_VAL(str_new(n->str, n->str_len));
}

// The value of a literal that CPython's optimizer folds into a constant:
// numbers (negated too), strings, bytes, None, True, False and tuples of
// these. false for anything else.
static bool literal_value(Node *n, Value *out) {
    switch (n->kind) {
    case N_CONST:
        if (n->const_kind == CONST_ELLIPSIS) {
            return false;
        }
        *out = n->const_kind == CONST_NONE ? NONE_VAL : BOOL_VAL(n->const_kind == CONST_TRUE);
        return true;
    case N_INT:
        *out = INT_VAL(n->i);
        return !n->big;
    case N_FLOAT:
        *out = FLOAT_VAL(n->f);
        return true;
    case N_STR:
        *out = str_const(n);
        return true;
    case N_BYTES:
        *out = OBJ_VAL(bytes_new(n->str, n->str_len));
        return true;
    case N_UNARY:
        if (n->op == OP_NEG && n->a->kind == N_INT && !n->a->big && n->a->i != INT64_MIN) {
            *out = INT_VAL(-n->a->i);
            return true;
        }
        if (n->op == OP_NEG && n->a->kind == N_FLOAT) {
            *out = FLOAT_VAL(-n->a->f);
            return true;
        }
        return false;
    case N_TUPLE: {
        TupleObj *t = tuple_new((size_t)n->items.len);
        for (int i = 0; i < n->items.len; i++) {
            if (!literal_value(n->items.items[i], &t->items[i])) {
                return false;
            }
        }
        *out = OBJ_VAL(t);
        return true;
    }
    default:
        return false;
    }
}

// A set display whose items are all literals, as the frozenset CPython
// folds it into (items added in order); NULL otherwise.
static SetObj *literal_set(Node *n) {
    if (n->kind != N_SET) {
        return NULL;
    }
    TupleObj *items = tuple_new((size_t)n->items.len);
    for (int i = 0; i < n->items.len; i++) {
        if (!literal_value(n->items.items[i], &items->items[i])) {
            return NULL;
        }
    }
    return set_frozen_from(items->items, items->len);
}

// The iterable of a `for` or a comprehension. A literal set display there
// becomes a frozenset constant, as in CPython; its table (and so the
// iteration order) can differ from the display's.
static void iterable(Compiler *c, Node *n) {
    SetObj *literal = literal_set(n);
    if (literal) {
        load_const(c, OBJ_VAL(literal));
        return;
    }
    expr(c, n);
}

static void fstring(Compiler *c, Node *n) {
    int parts = 0;
    for (int i = 0; i < n->items.len; i++) {
        Node *p = n->items.items[i];
        if (p->kind == N_STR) {
            if (p->str_len == 0) {
                continue;
            }
            load_const(c, str_const(p));
        } else {
            expr(c, p->a);
            int flags = p->conversion == 's' ? 1 : p->conversion == 'r' ? 2 : p->conversion == 'a' ? 3 : 0;
            if (p->b) {
                fstring(c, p->b);
                flags |= 4;
            }
            Span old = set_span(c, p->a->span);
            emit(c, OP_FORMAT_VALUE, (uint32_t)flags);
            set_span(c, old);
        }
        parts++;
    }
    if (parts == 0) {
        load_const(c, OBJ_VAL(str_new("", 0)));
    } else if (parts > 1) {
        emit(c, OP_BUILD_STRING, (uint32_t)parts);
    }
}

static bool has_starred(NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        if (l->items[i]->kind == N_STARRED) {
            return true;
        }
    }
    return false;
}

// Builds a list from items that may contain *x; leaves it on the stack.
static void starred_list(Compiler *c, NodeList *items) {
    int pending = 0;
    bool built = false;
    for (int i = 0; i < items->len; i++) {
        Node *it = items->items[i];
        if (it->kind == N_STARRED) {
            if (!built) {
                emit(c, OP_BUILD_LIST, (uint32_t)pending);
                built = true;
            } else if (pending) {
                emit(c, OP_BUILD_LIST, (uint32_t)pending);
                emit(c, OP_LIST_EXTEND, 1);
            }
            pending = 0;
            expr(c, it->a);
            emit(c, OP_LIST_EXTEND, 1);
        } else {
            expr(c, it);
            pending++;
        }
    }
    if (!built) {
        emit(c, OP_BUILD_LIST, (uint32_t)pending);
    } else if (pending) {
        emit(c, OP_BUILD_LIST, (uint32_t)pending);
        emit(c, OP_LIST_EXTEND, 1);
    }
}

// Compiles one positional argument. A generator expression runs inside the
// call in CPython, so its errors point at the call: remember its span.
static void call_arg(Compiler *c, Node *call_node, Node *arg) {
    const Span *saved = c->genexp_call;
    c->genexp_call = arg->kind == N_GENEXP ? &call_node->span : NULL;
    expr(c, arg);
    c->genexp_call = saved;
}

static void call(Compiler *c, Node *n) {
    Node *f = n->a;
    bool stars = has_starred(&n->items);
    bool dstars = false;
    for (int i = 0; i < n->keywords.len; i++) {
        dstars |= n->keywords.items[i]->name == NULL;
    }
    if (f->kind == N_ATTR && !stars && !dstars && n->keywords.len == 0) {
        expr(c, f->a);
        Span old = set_span(c, f->span);
        emit(c, OP_LOAD_METHOD, (uint32_t)add_name(c, f->name));
        set_span(c, old);
        for (int i = 0; i < n->items.len; i++) {
            call_arg(c, n, n->items.items[i]);
        }
        emit(c, OP_CALL_METHOD, (uint32_t)n->items.len);
        return;
    }
    expr(c, f);
    if (stars || dstars) {
        starred_list(c, &n->items);
        emit(c, OP_LIST_TO_TUPLE, 0);
        if (n->keywords.len) {
            emit(c, OP_BUILD_MAP, 0);
            for (int i = 0; i < n->keywords.len; i++) {
                Node *k = n->keywords.items[i];
                if (k->name) {
                    load_const(c, OBJ_VAL(str_intern_cstr(k->name)));
                    expr(c, k->a);
                    emit(c, OP_BUILD_MAP, 1);
                    emit(c, OP_DICT_MERGE, 1);
                } else {
                    expr(c, k->a);
                    emit(c, OP_DICT_MERGE, 1);
                }
            }
            emit(c, OP_CALL_EX, 1);
        } else {
            emit(c, OP_CALL_EX, 0);
        }
        return;
    }
    for (int i = 0; i < n->items.len; i++) {
        call_arg(c, n, n->items.items[i]);
    }
    if (n->keywords.len == 0) {
        emit(c, OP_CALL, (uint32_t)n->items.len);
        return;
    }
    TupleObj *names = tuple_new((size_t)n->keywords.len);
    for (int i = 0; i < n->keywords.len; i++) {
        Node *k = n->keywords.items[i];
        for (int j = 0; j < i; j++) {
            if (strcmp(n->keywords.items[j]->name, k->name) == 0) {
                error_at(c, k->span, "keyword argument repeated: %s", k->name);
                return;
            }
        }
        expr(c, k->a);
        names->items[i] = OBJ_VAL(str_intern_cstr(k->name));
    }
    load_const(c, OBJ_VAL(names));
    emit(c, OP_CALL_KW, (uint32_t)(n->items.len + n->keywords.len));
}

static void compare(Compiler *c, Node *n) {
    expr(c, n->a);
    int count = n->items.len;
    if (count == 1) {
        expr(c, n->items.items[0]);
        emit(c, OP_COMPARE_OP, (uint32_t)n->cmp_ops[0]);
        return;
    }
    // a < b < c: keep each middle operand for the next comparison, and stop
    // at the first false result.
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < count - 1; i++) {
        expr(c, n->items.items[i]);
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 2);
        emit(c, OP_COMPARE_OP, (uint32_t)n->cmp_ops[i]);
        emit(c, OP_JUMP_IF_FALSE_OR_POP, (uint32_t)cleanup);
    }
    expr(c, n->items.items[count - 1]);
    emit(c, OP_COMPARE_OP, (uint32_t)n->cmp_ops[count - 1]);
    emit(c, OP_JUMP, (uint32_t)end);
    c->u->depth++; // at cleanup: [middle result]
    place(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_TOP, 0);
    place(c, end);
}

static void subscript_index(Compiler *c, Node *idx) {
    if (idx->kind == N_SLICE) {
        Node *parts[3] = {idx->a, idx->b, idx->c};
        int n = idx->c ? 3 : 2;
        for (int i = 0; i < n; i++) {
            if (parts[i]) {
                expr(c, parts[i]);
            } else {
                load_const(c, NONE_VAL);
            }
        }
        emit(c, OP_BUILD_SLICE, (uint32_t)n);
        return;
    }
    expr(c, idx);
}

static void expr(Compiler *c, Node *n) {
    if (c->failed) {
        return;
    }
    Span old = set_span(c, n->span);
    switch (n->kind) {
    case N_NAME:
        name_op(c, n->name, LOAD);
        break;
    case N_CONST:
        load_const(c, n->const_kind == CONST_TRUE    ? BOOL_VAL(true)
                      : n->const_kind == CONST_FALSE ? BOOL_VAL(false)
                                                     : NONE_VAL);
        break;
    case N_INT:
        if (n->big) {
            Value v;
            const char *err = bigint_from_literal(n->str, n->str_len, &v);
            if (err) {
                error_at(c, n->span, "%s", err);
            } else {
                load_const(c, v);
            }
            break;
        }
        load_const(c, INT_VAL(n->i));
        break;
    case N_FLOAT:
        load_const(c, FLOAT_VAL(n->f));
        break;
    case N_STR:
        load_const(c, str_const(n));
        break;
    case N_BYTES:
        load_const(c, OBJ_VAL(bytes_new(n->str, n->str_len)));
        break;
    case N_FSTRING:
        fstring(c, n);
        break;
    case N_TUPLE:
    case N_LIST:
        if (has_starred(&n->items)) {
            starred_list(c, &n->items);
            if (n->kind == N_TUPLE) {
                emit(c, OP_LIST_TO_TUPLE, 0);
            }
            break;
        }
        for (int i = 0; i < n->items.len; i++) {
            expr(c, n->items.items[i]);
        }
        set_span(c, n->span);
        emit(c, n->kind == N_TUPLE ? OP_BUILD_TUPLE : OP_BUILD_LIST, (uint32_t)n->items.len);
        break;
    case N_SET: {
        SetObj *literal = n->items.len > 2 ? literal_set(n) : NULL;
        if (literal) {
            // As CPython: merging a frozenset constant sizes the table
            // differently from adding the items one by one.
            emit(c, OP_BUILD_SET, 0);
            load_const(c, OBJ_VAL(literal));
            emit(c, OP_SET_UPDATE, 1);
            break;
        }
        for (int i = 0; i < n->items.len; i++) {
            expr(c, n->items.items[i]);
        }
        emit(c, OP_BUILD_SET, (uint32_t)n->items.len);
        break;
    }
    case N_DICT: {
        int pending = 0;
        bool built = false;
        for (int i = 0; i < n->items.len; i++) {
            Node *k = n->items.items[i];
            if (!k) {
                if (!built || pending) {
                    emit(c, OP_BUILD_MAP, (uint32_t)pending);
                    if (built) {
                        emit(c, OP_DICT_UPDATE, 1);
                    }
                    built = true;
                    pending = 0;
                }
                expr(c, n->values.items[i]);
                emit(c, OP_DICT_UPDATE, 1);
                continue;
            }
            expr(c, k);
            expr(c, n->values.items[i]);
            pending++;
        }
        set_span(c, n->span);
        if (!built) {
            emit(c, OP_BUILD_MAP, (uint32_t)pending);
        } else if (pending) {
            emit(c, OP_BUILD_MAP, (uint32_t)pending);
            emit(c, OP_DICT_UPDATE, 1);
        }
        break;
    }
    case N_ATTR:
        expr(c, n->a);
        set_span(c, n->span);
        emit(c, OP_LOAD_ATTR, (uint32_t)add_name(c, n->name));
        break;
    case N_SUBSCRIPT:
        expr(c, n->a);
        subscript_index(c, n->b);
        set_span(c, n->span);
        emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case N_SLICE:
        subscript_index(c, n);
        break;
    case N_CALL:
        call(c, n);
        break;
    case N_STARRED:
        error_at(c, n->span, "can't use starred expression here");
        break;
    case N_UNARY:
        if (n->op == OP_NEG && (n->a->kind == N_INT && !n->a->big && n->a->i != INT64_MIN)) {
            load_const(c, INT_VAL(-n->a->i));
            break;
        }
        if (n->op == OP_NEG && n->a->kind == N_FLOAT) {
            load_const(c, FLOAT_VAL(-n->a->f));
            break;
        }
        expr(c, n->a);
        set_span(c, n->span);
        emit(c, n->op == OP_NOT ? OP_UNARY_NOT : OP_UNARY_OP, (uint32_t)n->op);
        break;
    case N_BINARY:
        expr(c, n->a);
        expr(c, n->b);
        set_span(c, n->span);
        emit(c, OP_BINARY_OP, (uint32_t)n->op);
        break;
    case N_BOOL: {
        int end = new_label(c);
        for (int i = 0; i < n->items.len; i++) {
            expr(c, n->items.items[i]);
            if (i < n->items.len - 1) {
                emit(c, n->op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP,
                     (uint32_t)end);
            }
        }
        place(c, end);
        break;
    }
    case N_COMPARE:
        compare(c, n);
        break;
    case N_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        expr(c, n->a);
        emit(c, OP_POP_JUMP_IF_FALSE, (uint32_t)orelse);
        expr(c, n->b);
        emit(c, OP_JUMP, (uint32_t)end);
        c->u->depth--;
        place(c, orelse);
        expr(c, n->c);
        place(c, end);
        break;
    }
    case N_LAMBDA:
        function(c, n, "<lambda>");
        break;
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_DICTCOMP:
    case N_GENEXP:
        comprehension(c, n);
        break;
    default:
        error_at(c, n->span, "invalid syntax");
        break;
    }
    set_span(c, old);
}

// ---- assignment targets -------------------------------------------------------------------

static void store(Compiler *c, Node *t) {
    Span old = set_span(c, t->span);
    switch (t->kind) {
    case N_NAME:
        name_op(c, t->name, STORE);
        break;
    case N_ATTR:
        expr(c, t->a);
        set_span(c, t->span);
        emit(c, OP_STORE_ATTR, (uint32_t)add_name(c, t->name));
        break;
    case N_SUBSCRIPT:
        expr(c, t->a);
        subscript_index(c, t->b);
        set_span(c, t->span);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    case N_TUPLE:
    case N_LIST: {
        int star = -1;
        for (int i = 0; i < t->items.len; i++) {
            if (t->items.items[i]->kind == N_STARRED) {
                if (star >= 0) {
                    error_at(c, t->items.items[i]->span, "multiple starred expressions in assignment");
                    return;
                }
                star = i;
            }
        }
        if (star >= 0) {
            emit(c, OP_UNPACK_EX, (uint32_t)(star | ((t->items.len - star - 1) << 8)));
        } else {
            emit(c, OP_UNPACK_SEQUENCE, (uint32_t)t->items.len);
        }
        for (int i = 0; i < t->items.len; i++) {
            Node *it = t->items.items[i];
            store(c, it->kind == N_STARRED ? it->a : it);
        }
        break;
    }
    case N_STARRED:
        error_at(c, t->span, "starred assignment target must be in a list or tuple");
        break;
    default:
        error_at(c, t->span, "cannot assign to expression");
        break;
    }
    set_span(c, old);
}

static void delete(Compiler *c, Node *t) {
    Span old = set_span(c, t->span);
    switch (t->kind) {
    case N_NAME:
        name_op(c, t->name, DEL);
        break;
    case N_ATTR:
        expr(c, t->a);
        set_span(c, t->span);
        emit(c, OP_DELETE_ATTR, (uint32_t)add_name(c, t->name));
        break;
    case N_SUBSCRIPT:
        expr(c, t->a);
        subscript_index(c, t->b);
        set_span(c, t->span);
        emit(c, OP_DELETE_SUBSCR, 0);
        break;
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < t->items.len; i++) {
            delete(c, t->items.items[i]);
        }
        break;
    default:
        error_at(c, t->span, "cannot delete expression");
        break;
    }
    set_span(c, old);
}

// ---- unwinding for return / break / continue ------------------------------------------------

static void clear_handler_name(Compiler *c, Node *handler) {
    if (handler && handler->name) {
        load_const(c, NONE_VAL);
        name_op(c, handler->name, STORE);
        name_op(c, handler->name, DEL);
    }
}

// Starts compiling the code object of an inner scope (function, lambda,
// comprehension, class body): a new unit, with the prologue emitted.
static void unit_begin(Compiler *c, Scope *s, Span span) {
    Unit *u = calloc(1, sizeof(Unit));
    u->parent = c->u;
    u->scope = s;
    u->span = span;
    c->u = u;
    prologue(c);
}

// Finishes the innermost unit: its code object (NULL after an error), and
// back to the enclosing unit.
static CodeObj *unit_end(Compiler *c, const char *name, int firstlineno) {
    Unit *u = c->u;
    c->u = u->parent;
    CodeObj *co = c->failed ? NULL : assemble(c, u, name, u->scope->qualname, firstlineno);
    unit_free(u);
    free(u);
    return co;
}

// Pushes the tuple of cells an inner scope's free variables come from: our
// own cells, or our free variables passed on. Ordered by the inner slots.
static void closure_tuple(Compiler *c, Scope *inner) {
    int count = 0;
    for (int slot = inner->nslots - inner->nfree; slot < inner->nslots; slot++) {
        for (int i = 0; i < inner->nsyms; i++) {
            Symbol *sym = &inner->syms[i];
            if (sym->slot == slot) {
                Symbol *outer = scope_lookup(c->u->scope, sym->name);
                emit(c, OP_LOAD_CLOSURE, (uint32_t)outer->slot);
                count++;
            }
        }
    }
    emit(c, OP_BUILD_TUPLE, (uint32_t)count);
}

// Leaving a with block normally: exit(None, None, None), result dropped.
static void call_exit_none(Compiler *c, Node *with) {
    Span old = set_span(c, with->span);
    load_const(c, NONE_VAL);
    load_const(c, NONE_VAL);
    load_const(c, NONE_VAL);
    emit(c, OP_CALL, 3);
    emit(c, OP_POP_TOP, 0);
    set_span(c, old);
}

// Undoes one block on the way out. `keep` is true when a return value sits
// on top of the stack and must survive. The caller has already made the
// handlers of this block inactive.
static void unwind(Compiler *c, Block *b, bool keep) {
    switch (b->kind) {
    case FB_WHILE:
    case FB_TRY_EXCEPT:
        break;
    case FB_FOR:
        if (keep) {
            emit(c, OP_SWAP, 2);
        }
        emit(c, OP_POP_TOP, 0);
        break;
    case FB_FINALLY_TRY:
        stmts(c, &b->node->finalbody);
        break;
    case FB_FINALLY_END:
        if (keep) {
            emit(c, OP_SWAP, 2);
            emit(c, OP_POP_TOP, 0); // drop the exception under the value
            emit(c, OP_SWAP, 2);
        } else {
            emit(c, OP_POP_TOP, 0);
        }
        emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_HANDLER:
        if (keep) {
            emit(c, OP_SWAP, 2);
        }
        emit(c, OP_POP_EXCEPT, 0);
        clear_handler_name(c, b->node);
        break;
    case FB_WITH:
        if (keep) {
            emit(c, OP_SWAP, 2);
        }
        call_exit_none(c, b->node);
        break;
    }
}

// Unwinds every block above index `stop`, innermost first. Code emitted
// while leaving a block runs outside it: outside its handlers, and with
// only the enclosing blocks visible to a return inside a finally body.
static void unwind_to(Compiler *c, int stop, bool keep) {
    Unit *u = c->u;
    int saved_active = u->nactive, saved_blocks = u->nblocks, saved_depth = u->depth;
    for (int i = saved_blocks - 1; i > stop && !c->failed; i--) {
        Block b = u->blocks[i];
        u->nactive = b.outer_active;
        u->nblocks = i;
        unwind(c, &b, keep);
    }
    u->nblocks = saved_blocks;
    u->nactive = saved_active;
    u->depth = saved_depth;
}

static int innermost_loop(Compiler *c) {
    for (int i = c->u->nblocks - 1; i >= 0; i--) {
        if (c->u->blocks[i].kind == FB_WHILE || c->u->blocks[i].kind == FB_FOR) {
            return i;
        }
    }
    return -1;
}

// ---- statements ----------------------------------------------------------------------------

static void try_stmt(Compiler *c, Node *n);
static void class_def(Compiler *c, Node *n);
static void with_stmt(Compiler *c, Node *n, int item);

static void if_stmt(Compiler *c, Node *n) {
    int orelse = new_label(c), end = new_label(c);
    expr(c, n->a);
    emit(c, OP_POP_JUMP_IF_FALSE, (uint32_t)orelse);
    stmts(c, &n->body);
    if (n->orelse.len) {
        emit_noline(c, OP_JUMP, (uint32_t)end);
    }
    place(c, orelse);
    stmts(c, &n->orelse);
    place(c, end);
}

static void while_stmt(Compiler *c, Node *n) {
    int top = new_label(c), orelse = new_label(c), end = new_label(c);
    place(c, top);
    expr(c, n->a);
    emit(c, OP_POP_JUMP_IF_FALSE, (uint32_t)orelse);
    push_block(c, FB_WHILE, top, end, n, c->u->nactive);
    stmts(c, &n->body);
    pop_block(c);
    emit(c, OP_JUMP_BACKWARD, (uint32_t)top);
    place(c, orelse);
    stmts(c, &n->orelse);
    place(c, end);
}

static bool falls_through(Opcode op) {
    return op != OP_JUMP && op != OP_JUMP_BACKWARD && op != OP_RETURN_VALUE &&
           op != OP_RAISE_VARARGS && op != OP_RERAISE;
}

// Emits the jump back to `top` that closes a for loop, positioned as CPython
// 3.11 positions it, because a signal handler sees it: its `frame.f_lineno`
// and the traceback of a KeyboardInterrupt show it. CPython gives this jump
// no position of its own. Plain jumps to it become copies of it (those with
// no position take the one of the instruction before them), and then it takes
// the position of its one remaining predecessor, or none (line -1, f_lineno
// None) where paths still meet, as after an `if` without `else`.
static void close_for_loop(Compiler *c, int top) {
    Unit *u = c->u;
    int here = u->ncode;
    int handler = u->nactive ? u->active[u->nactive - 1] : -1;
    int preds = 0;
    Position pos = {-1, -1, -1, -1};
    for (int j = 0; j < here; j++) {
        Opcode op = (Opcode)INSTR_OP(u->code[j]);
        if (opcode_info[op].operand != OPND_JUMP || u->labels[INSTR_ARG(u->code[j])] != here) {
            continue;
        }
        // A copy must stay under the same exception handler as the original.
        if (op == OP_JUMP && u->handler_of[j] == handler) {
            u->code[j] = INSTR_MAKE(OP_JUMP_BACKWARD, (uint32_t)top);
            if (u->pos[j].line < 0 && j > 0) {
                u->pos[j] = u->pos[j - 1];
            }
            continue;
        }
        preds++;
        pos = u->pos[j];
    }
    if (here > 0 && falls_through((Opcode)INSTR_OP(u->code[here - 1]))) {
        preds++;
        pos = u->pos[here - 1];
    }
    int at = emit(c, OP_JUMP_BACKWARD, (uint32_t)top);
    u->pos[at] = preds == 1 ? pos : (Position){-1, -1, -1, -1};
}

static void for_stmt(Compiler *c, Node *n) {
    int top = new_label(c), orelse = new_label(c), end = new_label(c);
    iterable(c, n->b);
    // CPython gives GET_ITER and FOR_ITER the span of the whole statement.
    Span old = set_span(c, n->span);
    emit(c, OP_GET_ITER, 0);
    place(c, top);
    emit(c, OP_FOR_ITER, (uint32_t)orelse);
    set_span(c, old);
    store(c, n->a);
    push_block(c, FB_FOR, top, end, n, c->u->nactive);
    stmts(c, &n->body);
    pop_block(c);
    close_for_loop(c, top);
    c->u->depth--; // the exhausted iterator is popped by FOR_ITER
    place(c, orelse);
    stmts(c, &n->orelse);
    place(c, end);
}

static void return_stmt(Compiler *c, Node *n) {
    if (c->u->scope->kind != SCOPE_FUNCTION) {
        error_at(c, n->span, "'return' outside function");
        return;
    }
    if (n->a) {
        expr(c, n->a);
    } else {
        load_const(c, NONE_VAL);
    }
    unwind_to(c, -1, true);
    emit(c, OP_RETURN_VALUE, 0);
}

static void raise_stmt(Compiler *c, Node *n) {
    int count = 0;
    if (n->a) {
        expr(c, n->a);
        count++;
        if (n->b) {
            expr(c, n->b);
            count++;
        }
    }
    emit(c, OP_RAISE_VARARGS, (uint32_t)count);
}

static void assert_stmt(Compiler *c, Node *n) {
    int end = new_label(c);
    expr(c, n->a);
    emit(c, OP_POP_JUMP_IF_TRUE, (uint32_t)end);
    // The raise points at the test, as in CPython.
    Span old = set_span(c, n->a->span);
    emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (n->b) {
        expr(c, n->b);
        emit(c, OP_CALL, 1);
    }
    emit(c, OP_RAISE_VARARGS, 1);
    set_span(c, old);
    place(c, end);
}

static void import_stmt(Compiler *c, Node *n) {
    for (int i = 0; i < n->items.len; i++) {
        Node *a = n->items.items[i];
        Span old = set_span(c, a->span);
        if (strchr(a->name, '.')) {
            error_at(c, a->span, "dotted imports are not supported");
            return;
        }
        emit(c, OP_IMPORT_NAME, (uint32_t)add_name(c, a->name));
        name_op(c, a->asname ? a->asname : a->name, STORE);
        set_span(c, old);
    }
}

static void import_from(Compiler *c, Node *n) {
    emit(c, OP_IMPORT_NAME, (uint32_t)add_name(c, n->name));
    for (int i = 0; i < n->items.len; i++) {
        Node *a = n->items.items[i];
        Span old = set_span(c, a->span);
        emit(c, OP_IMPORT_FROM, (uint32_t)add_name(c, a->name));
        name_op(c, a->asname ? a->asname : a->name, STORE);
        set_span(c, old);
    }
    emit(c, OP_POP_TOP, 0);
}

static void stmt(Compiler *c, Node *n) {
    if (c->failed) {
        return;
    }
    Span old = set_span(c, n->span);
    int depth = c->u->depth;
    switch (n->kind) {
    case N_EXPR_STMT:
        expr(c, n->a);
        emit(c, OP_POP_TOP, 0);
        break;
    case N_ASSIGN:
        expr(c, n->a);
        for (int i = 0; i < n->items.len; i++) {
            if (i < n->items.len - 1) {
                emit(c, OP_COPY, 1);
            }
            store(c, n->items.items[i]);
        }
        break;
    case N_AUGASSIGN: {
        Node *t = n->a;
        if (t->kind == N_NAME) {
            expr(c, t);
            expr(c, n->b);
            set_span(c, n->span);
            emit(c, OP_INPLACE_OP, (uint32_t)n->op);
            set_span(c, t->span);
            name_op(c, t->name, STORE);
        } else if (t->kind == N_ATTR) {
            expr(c, t->a);
            emit(c, OP_COPY, 1);
            set_span(c, t->span);
            emit(c, OP_LOAD_ATTR, (uint32_t)add_name(c, t->name));
            expr(c, n->b);
            set_span(c, n->span);
            emit(c, OP_INPLACE_OP, (uint32_t)n->op);
            emit(c, OP_SWAP, 2);
            set_span(c, t->span);
            emit(c, OP_STORE_ATTR, (uint32_t)add_name(c, t->name));
        } else if (t->kind == N_SUBSCRIPT) {
            expr(c, t->a);
            subscript_index(c, t->b);
            emit(c, OP_COPY, 2);
            emit(c, OP_COPY, 2);
            set_span(c, t->span);
            emit(c, OP_BINARY_SUBSCR, 0);
            expr(c, n->b);
            set_span(c, n->span);
            emit(c, OP_INPLACE_OP, (uint32_t)n->op);
            emit(c, OP_SWAP, 3);
            emit(c, OP_SWAP, 2);
            set_span(c, t->span);
            emit(c, OP_STORE_SUBSCR, 0);
        } else {
            error_at(c, t->span, "'%s' is an illegal expression for augmented assignment",
                     "expression");
        }
        break;
    }
    case N_IF:
        if_stmt(c, n);
        break;
    case N_WHILE:
        while_stmt(c, n);
        break;
    case N_FOR:
        for_stmt(c, n);
        break;
    case N_BREAK:
    case N_CONTINUE: {
        int loop = innermost_loop(c);
        if (loop < 0) {
            error_at(c, n->span, n->kind == N_BREAK ? "'break' outside loop"
                                                    : "'continue' not properly in loop");
            break;
        }
        Block b = c->u->blocks[loop];
        unwind_to(c, loop, false);
        if (n->kind == N_BREAK) {
            if (b.kind == FB_FOR) {
                emit(c, OP_POP_TOP, 0);
            }
            emit(c, OP_JUMP, (uint32_t)b.exit_label);
        } else {
            emit(c, OP_JUMP_BACKWARD, (uint32_t)b.continue_label);
        }
        break;
    }
    case N_PASS:
    case N_GLOBAL:
    case N_NONLOCAL:
        break;
    case N_DEF:
        function(c, n, n->name);
        name_op(c, n->name, STORE);
        break;
    case N_CLASS:
        class_def(c, n);
        name_op(c, n->name, STORE);
        break;
    case N_WITH:
        with_stmt(c, n, 0);
        break;
    case N_RETURN:
        return_stmt(c, n);
        break;
    case N_DELETE:
        for (int i = 0; i < n->items.len; i++) {
            delete(c, n->items.items[i]);
        }
        break;
    case N_ASSERT:
        assert_stmt(c, n);
        break;
    case N_RAISE:
        raise_stmt(c, n);
        break;
    case N_TRY:
        try_stmt(c, n);
        break;
    case N_IMPORT:
        import_stmt(c, n);
        break;
    case N_IMPORTFROM:
        import_from(c, n);
        break;
    default:
        error_at(c, n->span, "invalid syntax");
        break;
    }
    c->u->depth = depth; // every statement leaves the stack as it found it
    set_span(c, old);
}

// with A() as a, B(): body -- one nested block per item. Layout per item:
//   mgr; BEFORE_WITH; store target; [body, protected]; exit(None, None, None)
//   handler: PUSH_EXC_INFO; WITH_EXCEPT_START; if the result is true the
//   exception is suppressed, else re-raised (through a cleanup handler that
//   restores the previously handled exception).
static void with_stmt(Compiler *c, Node *n, int item) {
    if (item == n->items.len) {
        stmts(c, &n->body);
        return;
    }
    Unit *u = c->u;
    Node *wi = n->items.items[item];
    int base = u->depth;
    int handler = new_label(c), cleanup = new_label(c), suppress = new_label(c),
        end = new_label(c);
    expr(c, wi->a);
    Span old = set_span(c, n->span);
    emit(c, OP_BEFORE_WITH, 0); // [exit, entered]
    set_span(c, old);
    if (wi->b) {
        store(c, wi->b);
    } else {
        emit(c, OP_POP_TOP, 0);
    }
    push_block(c, FB_WITH, -1, -1, n, u->nactive);
    push_handler(c, handler, base + 1);
    with_stmt(c, n, item + 1);
    pop_handler(c);
    pop_block(c);
    call_exit_none(c, n);
    emit(c, OP_JUMP, (uint32_t)end);

    old = set_span(c, n->span);
    u->depth = base + 2;
    place(c, handler); // [exit, exc]
    emit(c, OP_PUSH_EXC_INFO, 0); // [exit, prev, exc]
    push_handler(c, cleanup, base + 2);
    emit(c, OP_WITH_EXCEPT_START, 0);
    emit(c, OP_POP_JUMP_IF_TRUE, (uint32_t)suppress);
    emit(c, OP_RERAISE, 0);
    pop_handler(c);
    u->depth = base + 3;
    place(c, cleanup); // [exit, prev, exc]
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
    u->depth = base + 3;
    place(c, suppress); // [exit, prev, exc]
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);
    set_span(c, old);
    u->depth = base;
    place(c, end);
}

// The loops of a comprehension, innermost last; the element goes into the
// collection `ncomps + 1` items down the stack.
static void comp_loop(Compiler *c, Node *n, int i) {
    Node *gen = n->comps.items[i];
    int top = new_label(c), next = new_label(c), end = new_label(c);
    if (i == 0) {
        emit(c, OP_LOAD_FAST, 0); // the outermost iterator, passed in as `.0`
    } else {
        iterable(c, gen->b);
        emit(c, OP_GET_ITER, 0);
    }
    place(c, top);
    emit(c, OP_FOR_ITER, (uint32_t)end);
    store(c, gen->a);
    for (int k = 0; k < gen->items.len; k++) {
        expr(c, gen->items.items[k]);
        emit(c, OP_POP_JUMP_IF_FALSE, (uint32_t)next);
    }
    if (i + 1 < n->comps.len) {
        comp_loop(c, n, i + 1);
    } else if (n->kind == N_DICTCOMP) {
        expr(c, n->a);
        expr(c, n->b);
        emit(c, OP_MAP_ADD, (uint32_t)(n->comps.len + 1));
    } else if (n->kind == N_GENEXP) {
        expr(c, n->a);
        emit(c, OP_YIELD_VALUE, 0);
        emit(c, OP_POP_TOP, 0);
    } else {
        expr(c, n->a);
        emit(c, n->kind == N_SETCOMP ? OP_SET_ADD : OP_LIST_APPEND,
             (uint32_t)(n->comps.len + 1));
    }
    // Every iteration, filtered out or not, passes the backward jump: a check point.
    place(c, next);
    emit(c, OP_JUMP_BACKWARD, (uint32_t)top);
    c->u->depth--;
    place(c, end);
}

// A comprehension runs as a function of its own (its variables do not leak),
// called at once with the outermost iterator. For a generator expression
// that function is a generator: calling it returns the lazy iterator.
static void comprehension(Compiler *c, Node *n) {
    Scope *s = scope_of(c->u->scope, n);
    const char *name = n->kind == N_LISTCOMP  ? "<listcomp>"
                       : n->kind == N_SETCOMP ? "<setcomp>"
                       : n->kind == N_DICTCOMP ? "<dictcomp>"
                                               : "<genexpr>";
    int flags = 0;
    if (s->nfree) {
        closure_tuple(c, s);
        flags |= 8;
    }
    unit_begin(c, s, n->span);
    if (n->kind != N_GENEXP) {
        emit(c, n->kind == N_DICTCOMP ? OP_BUILD_MAP : n->kind == N_SETCOMP ? OP_BUILD_SET : OP_BUILD_LIST, 0);
    }
    comp_loop(c, n, 0);
    if (n->kind == N_GENEXP) {
        load_const(c, NONE_VAL);
    }
    emit(c, OP_RETURN_VALUE, 0);
    CodeObj *co = unit_end(c, name, n->span.line);
    if (!co) {
        return;
    }
    if (n->kind == N_GENEXP) {
        co->flags |= CO_GENERATOR;
    }
    const Span *call_span = c->genexp_call;
    c->genexp_call = NULL;
    load_const(c, OBJ_VAL(co));
    emit(c, OP_MAKE_FUNCTION, (uint32_t)flags);
    iterable(c, n->comps.items[0]->b);
    set_span(c, call_span ? *call_span : n->span);
    emit(c, OP_GET_ITER, 0);
    emit(c, OP_CALL, 1);
}

// class C(Base): body. The body is compiled as a function whose names are
// stored into the class namespace; __build_class__ runs it and makes the
// class from what it left there.
static void class_def(Compiler *c, Node *n) {
    Scope *s = scope_of(c->u->scope, n);
    for (int i = 0; i < n->decorators.len; i++) {
        expr(c, n->decorators.items[i]);
    }
    Span old = set_span(c, n->span);
    emit(c, OP_LOAD_BUILD_CLASS, 0);
    unit_begin(c, s, n->span);
    stmts(c, &n->body);
    c->u->span = (Span){-1, -1, -1, -1};
    load_const(c, NONE_VAL);
    emit(c, OP_RETURN_VALUE, 0);
    CodeObj *co = unit_end(c, n->name, n->span.line);
    if (!co) {
        return;
    }
    int flags = 0;
    if (s->nfree) {
        closure_tuple(c, s);
        flags |= 8;
    }
    load_const(c, OBJ_VAL(co));
    emit(c, OP_MAKE_FUNCTION, (uint32_t)flags);
    load_const(c, OBJ_VAL(str_intern_cstr(n->name)));
    for (int i = 0; i < n->items.len; i++) {
        expr(c, n->items.items[i]);
    }
    if (n->keywords.len) {
        error_at(c, n->keywords.items[0]->span, "class keyword arguments are not supported");
        return;
    }
    set_span(c, n->span);
    emit(c, OP_CALL, (uint32_t)(2 + n->items.len));
    for (int i = n->decorators.len - 1; i >= 0; i--) {
        emit(c, OP_CALL, 1);
    }
    set_span(c, old);
}

static void stmts(Compiler *c, NodeList *body) {
    for (int i = 0; i < body->len && !c->failed; i++) {
        stmt(c, body->items[i]);
    }
}

// try/except/else/finally. Layout:
//   [try body, protected by the except handler (and the finally handler)]
//   else body; finally body; JUMP end
//   except: PUSH_EXC_INFO, then each clause tests the type and runs its
//           body, protected by a cleanup handler that restores the
//           previously handled exception and re-raises
//   finally (exceptional path): PUSH_EXC_INFO, body, RERAISE
static void try_stmt(Compiler *c, Node *n) {
    Unit *u = c->u;
    int base = u->depth;
    int end = new_label(c);
    bool has_finally = n->finalbody.len > 0;
    int fin_handler = new_label(c);
    if (has_finally) {
        push_block(c, FB_FINALLY_TRY, -1, fin_handler, n, u->nactive);
        push_handler(c, fin_handler, base);
    }
    if (n->handlers.len) {
        int exc_handler = new_label(c), cleanup = new_label(c), after = new_label(c);
        push_block(c, FB_TRY_EXCEPT, -1, exc_handler, n, u->nactive);
        push_handler(c, exc_handler, base);
        Span old = set_span(c, n->span);
        emit(c, OP_NOP, 0);
        set_span(c, old);
        stmts(c, &n->body);
        pop_block(c);
        pop_handler(c);
        stmts(c, &n->orelse);
        emit_noline(c, OP_JUMP, (uint32_t)after);

        // The handlers: the exception arrives on the stack.
        u->depth = base + 1;
        place(c, exc_handler);
        emit(c, OP_PUSH_EXC_INFO, 0); // [prev exc]
        int outside = u->nactive;
        push_handler(c, cleanup, base + 1);
        for (int i = 0; i < n->handlers.len && !c->failed; i++) {
            Node *h = n->handlers.items[i];
            int next = new_label(c);
            Span hold = set_span(c, h->span);
            if (h->a) {
                expr(c, h->a);
                set_span(c, h->span);
                emit(c, OP_CHECK_EXC_MATCH, 0);
                emit(c, OP_POP_JUMP_IF_FALSE, (uint32_t)next);
            } else if (i < n->handlers.len - 1) {
                error_at(c, h->span, "default 'except:' must be last");
                return;
            }
            int named_cleanup = -1;
            if (h->name) {
                name_op(c, h->name, STORE);
                named_cleanup = new_label(c);
                push_handler(c, named_cleanup, base + 1);
            } else {
                emit(c, OP_POP_TOP, 0);
            }
            push_block(c, FB_HANDLER, -1, -1, h, outside);
            stmts(c, &h->body);
            pop_block(c);
            if (h->name) {
                pop_handler(c);
            }
            emit(c, OP_POP_EXCEPT, 0);
            clear_handler_name(c, h);
            emit(c, OP_JUMP, (uint32_t)after);
            if (h->name) {
                // An exception inside a named handler: forget the name, then clean up.
                u->depth = base + 2;
                place(c, named_cleanup);
                clear_handler_name(c, h);
                emit(c, OP_JUMP, (uint32_t)cleanup);
            }
            set_span(c, hold);
            u->depth = base + 2;
            place(c, next);
        }
        // No clause matched: re-raise (through the cleanup handler).
        emit(c, OP_RERAISE, 0);
        pop_handler(c);
        u->depth = base + 2;
        place(c, cleanup); // [prev newexc]
        emit(c, OP_SWAP, 2);
        emit(c, OP_POP_EXCEPT, 0);
        emit(c, OP_RERAISE, 0);
        u->depth = base;
        place(c, after);
    } else {
        Span old = set_span(c, n->span);
        emit(c, OP_NOP, 0);
        set_span(c, old);
        stmts(c, &n->body);
    }
    if (has_finally) {
        pop_block(c);
        pop_handler(c);
        stmts(c, &n->finalbody);
        emit(c, OP_JUMP, (uint32_t)end);
        // The exceptional path: run the body with the exception handled, then re-raise.
        int cleanup = new_label(c);
        u->depth = base + 1;
        place(c, fin_handler);
        emit(c, OP_PUSH_EXC_INFO, 0);
        push_block(c, FB_FINALLY_END, -1, -1, n, u->nactive);
        push_handler(c, cleanup, base + 1);
        stmts(c, &n->finalbody);
        pop_block(c);
        emit(c, OP_RERAISE, 0);
        pop_handler(c);
        u->depth = base + 2;
        place(c, cleanup);
        emit(c, OP_SWAP, 2);
        emit(c, OP_POP_EXCEPT, 0);
        emit(c, OP_RERAISE, 0);
    }
    u->depth = base;
    place(c, end);
}

// ---- code objects ---------------------------------------------------------------------------

static void unit_free(Unit *u) {
    free(u->code);
    free(u->pos);
    free(u->handler_of);
    free(u->consts);
    free(u->names);
    free(u->labels);
    free(u->handlers);
}

// Patches jump targets, builds the exception table and the code object.
static CodeObj *assemble(Compiler *c, Unit *u, const char *name, const char *qualname,
                         int firstlineno) {
    CodeObj *co = code_new();
    for (int i = 0; i < u->ncode; i++) {
        Opcode op = (Opcode)INSTR_OP(u->code[i]);
        if (opcode_info[op].operand == OPND_JUMP) {
            u->code[i] = INSTR_MAKE(op, (uint32_t)u->labels[INSTR_ARG(u->code[i])]);
        }
    }
    // Runs of instructions with the same handler become table entries,
    // innermost first since runs never overlap.
    ExcEntry *table = NULL;
    int ntable = 0, cap = 0;
    for (int i = 0; i < u->ncode;) {
        int h = u->handler_of[i];
        int j = i;
        while (j < u->ncode && u->handler_of[j] == h) {
            j++;
        }
        if (h >= 0) {
            GROW(table, ntable, cap);
            table[ntable++] = (ExcEntry){(uint32_t)i, (uint32_t)j,
                                         (uint32_t)u->labels[u->handlers[h].label],
                                         (uint32_t)u->handlers[h].depth};
        }
        i = j;
    }
    co->code = u->code;
    co->ncode = u->ncode;
    co->positions = u->pos;
    co->consts = u->consts;
    co->nconsts = u->nconsts;
    co->names = u->names;
    co->nnames = u->nnames;
    co->exctable = table;
    co->nexc = ntable;
    co->stacksize = u->maxdepth + 2;
    co->name = str_intern_cstr(name);
    co->qualname = str_intern_cstr(qualname);
    co->filename = c->filename_obj;
    co->firstlineno = firstlineno;
    u->code = NULL;
    u->pos = NULL;
    u->consts = NULL;
    u->names = NULL;
    Scope *s = u->scope;
    if (s->kind != SCOPE_MODULE) {
        co->nlocals = s->nslots;
        co->localnames = calloc((size_t)s->nslots + 1, sizeof(StrObj *));
        co->localkinds = calloc((size_t)s->nslots + 1, 1);
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->slot >= 0) {
                co->localnames[sym->slot] = str_intern_cstr(sym->name);
                co->localkinds[sym->slot] = sym->kind == SYM_CELL   ? LK_CELL
                                            : sym->kind == SYM_FREE ? LK_FREE
                                            : s->kind == SCOPE_CLASS ? LK_FREE
                                                                    : LK_LOCAL;
            }
        }
    }
    if (s->kind == SCOPE_FUNCTION) {
        Args *args = s->node->args;
        if (!args) {
            co->argcount = 1; // a comprehension: its one parameter is the iterator
            co->flags = CO_SIMPLE;
        } else {
            co->argcount = args->nposargs;
            co->kwonlyargcount = args->nkwonly;
            co->flags = (args->vararg ? CO_VARARGS : 0) | (args->kwarg ? CO_VARKEYWORDS : 0);
            if (!args->vararg && !args->kwarg && args->nkwonly == 0) {
                co->flags |= CO_SIMPLE;
            }
        }
    } else if (s->kind == SCOPE_CLASS) {
        co->flags = CO_SIMPLE;
    }
    if (s->kind == SCOPE_MODULE) {
        co->flags = CO_MODULE;
    }
    return co;
}

// Emits the prologue that turns captured locals into cells and copies in
// the closure's cells.
static void prologue(Compiler *c) {
    Scope *s = c->u->scope;
    if (s->kind == SCOPE_CLASS && s->nfree) {
        emit(c, OP_COPY_FREE_VARS, (uint32_t)s->nfree);
    }
    if (s->kind == SCOPE_FUNCTION) {
        for (int i = 0; i < s->nsyms; i++) {
            if (s->syms[i].kind == SYM_CELL) {
                emit(c, OP_MAKE_CELL, (uint32_t)s->syms[i].slot);
            }
        }
        if (s->nfree) {
            emit(c, OP_COPY_FREE_VARS, (uint32_t)s->nfree);
        }
    }
    int at = emit(c, OP_RESUME, 0);
    // As in CPython, RESUME sits on the definition's first line with an
    // empty column range: a traceback through this check point (a signal
    // handler's exception at function entry) shows an empty caret line.
    c->u->pos[at] = (Position){c->u->span.line, c->u->span.line, 0, 0};
}

static void function(Compiler *c, Node *n, const char *name) {
    Scope *s = scope_of(c->u->scope, n);
    Args *args = n->args;
    // Decorators are evaluated before the function is made.
    for (int i = 0; i < n->decorators.len; i++) {
        expr(c, n->decorators.items[i]);
    }
    Span old = set_span(c, n->span);
    int flags = 0;
    int ndefaults = 0;
    for (int i = 0; i < args->nposargs; i++) {
        if (args->posargs[i].default_) {
            expr(c, args->posargs[i].default_);
            ndefaults++;
        } else if (ndefaults) {
            error_at(c, args->posargs[i].span, "non-default argument follows default argument");
            return;
        }
    }
    if (ndefaults) {
        emit(c, OP_BUILD_TUPLE, (uint32_t)ndefaults);
        flags |= 1;
    }
    int nkwdefaults = 0;
    for (int i = 0; i < args->nkwonly; i++) {
        if (args->kwonly[i].default_) {
            load_const(c, OBJ_VAL(str_intern_cstr(args->kwonly[i].name)));
            expr(c, args->kwonly[i].default_);
            nkwdefaults++;
        }
    }
    if (nkwdefaults) {
        emit(c, OP_BUILD_MAP, (uint32_t)nkwdefaults);
        flags |= 2;
    }
    if (s->nfree) {
        closure_tuple(c, s);
        flags |= 8;
    }

    unit_begin(c, s, n->span);
    if (n->kind == N_LAMBDA) {
        expr(c, n->a);
        emit(c, OP_RETURN_VALUE, 0);
    } else {
        stmts(c, &n->body);
        load_const(c, NONE_VAL);
        emit(c, OP_RETURN_VALUE, 0);
    }
    CodeObj *co = unit_end(c, name, n->span.line);
    if (!co) {
        return;
    }
    load_const(c, OBJ_VAL(co));
    emit(c, OP_MAKE_FUNCTION, (uint32_t)flags);
    set_span(c, old);
    for (int i = n->decorators.len - 1; i >= 0; i--) {
        emit(c, OP_CALL, 1);
    }
}

CodeObj *codegen_module(AstArena *arena, Node *module, const char *filename,
                        SyntaxErrorInfo *err) {
    Scope *s = scope_analyze(arena, module, err);
    if (!s) {
        return NULL;
    }
    Compiler c = {0};
    c.filename = filename;
    c.filename_obj = str_from_cstr(filename);
    c.err = err;
    c.arena = arena;
    Unit u = {0};
    u.scope = s;
    u.span = (Span){1, 1, 0, 0};
    c.u = &u;
    prologue(&c);
    stmts(&c, &module->body);
    u.span = (Span){-1, -1, -1, -1};
    load_const(&c, NONE_VAL);
    emit(&c, OP_RETURN_VALUE, 0);
    CodeObj *co = c.failed ? NULL : assemble(&c, &u, "<module>", "<module>", 1);
    unit_free(&u);
    return co;
}

CodeObj *codegen_compile(const char *src, size_t len, const char *filename,
                         SyntaxErrorInfo *err) {
    AstArena *arena = ast_arena_new();
    Node *m = parser_parse_module(arena, src, len, err);
    CodeObj *co = m ? codegen_module(arena, m, filename, err) : NULL;
    ast_arena_free(arena);
    return co;
}
