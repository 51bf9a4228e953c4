// Scope analysis in two passes: the first walks the tree and records, per
// scope, which names are bound, used or declared; the second resolves free
// names against the enclosing function scopes and lays out local slots.
#include "compiler/scope.h"

#include <stdio.h>
#include <string.h>

enum {
    DEF_BOUND = 1 << 0,    // assigned, deleted, imported, a def/class name, a loop target
    DEF_PARAM = 1 << 1,
    DEF_USED = 1 << 2,
    DEF_GLOBAL = 1 << 3,
    DEF_NONLOCAL = 1 << 4,
    DEF_CAPTURED = 1 << 5, // an inner function reads it as a free variable
    DEF_PASS = 1 << 6,     // class scopes: a cell passed through to the methods
};

typedef struct Walker {
    AstArena *arena;
    SyntaxErrorInfo *err;
    bool failed;
} Walker;

static void fail(Walker *w, Span span, const char *fmt, const char *name) {
    if (w->failed) {
        return;
    }
    w->failed = true;
    snprintf(w->err->type, sizeof w->err->type, "SyntaxError");
    snprintf(w->err->msg, sizeof w->err->msg, fmt, name);
    w->err->line = span.line;
    w->err->offset = span.col + 1;
    w->err->end_line = span.end_line;
    w->err->end_offset = span.end_col + 1;
}

Symbol *scope_lookup(Scope *s, const char *name) {
    for (int i = 0; i < s->nsyms; i++) {
        if (strcmp(s->syms[i].name, name) == 0) {
            return &s->syms[i];
        }
    }
    return NULL;
}

static Symbol *add_sym(Walker *w, Scope *s, const char *name) {
    Symbol *sym = scope_lookup(s, name);
    if (sym) {
        return sym;
    }
    if ((s->nsyms & (s->nsyms - 1)) == 0) {
        Symbol *grown = ast_arena_alloc(w->arena, sizeof(Symbol) * (size_t)(s->nsyms ? s->nsyms * 2 : 8));
        if (s->nsyms) {
            memcpy(grown, s->syms, sizeof(Symbol) * (size_t)s->nsyms);
        }
        s->syms = grown;
    }
    sym = &s->syms[s->nsyms++];
    memset(sym, 0, sizeof *sym);
    sym->name = name;
    sym->slot = -1;
    return sym;
}

static void note(Walker *w, Scope *s, const char *name, unsigned flag, Span span) {
    Symbol *sym = add_sym(w, s, name);
    if ((flag & (DEF_BOUND | DEF_USED)) && (sym->flags & (DEF_GLOBAL | DEF_NONLOCAL)) == 0) {
        sym->flags |= flag;
        return;
    }
    if (flag & (DEF_GLOBAL | DEF_NONLOCAL)) {
        sym->decl = span;
    }
    sym->flags |= flag;
}

static Scope *new_scope(Walker *w, ScopeKind kind, Node *node, Scope *parent) {
    Scope *s = ast_arena_alloc(w->arena, sizeof(Scope));
    s->kind = kind;
    s->node = node;
    s->parent = parent;
    if (parent) {
        Scope **grown = ast_arena_alloc(w->arena, sizeof(Scope *) * (size_t)(parent->nchildren + 1));
        if (parent->nchildren) {
            memcpy(grown, parent->children, sizeof(Scope *) * (size_t)parent->nchildren);
        }
        grown[parent->nchildren++] = s;
        parent->children = grown;
    }
    return s;
}

static void walk_expr(Walker *w, Scope *s, Node *n);
static void walk_stmts(Walker *w, Scope *s, NodeList *body);

static void walk_list(Walker *w, Scope *s, NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        walk_expr(w, s, l->items[i]);
    }
}

// An assignment target: names become bound, everything else is evaluated.
static void walk_target(Walker *w, Scope *s, Node *t) {
    switch (t->kind) {
    case N_NAME:
        note(w, s, t->name, DEF_BOUND, t->span);
        break;
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < t->items.len; i++) {
            walk_target(w, s, t->items.items[i]);
        }
        break;
    case N_STARRED:
        walk_target(w, s, t->a);
        break;
    default:
        walk_expr(w, s, t);
        break;
    }
}

static void walk_args_defaults(Walker *w, Scope *s, Args *args) {
    for (int i = 0; i < args->nposargs; i++) {
        if (args->posargs[i].default_) {
            walk_expr(w, s, args->posargs[i].default_);
        }
    }
    for (int i = 0; i < args->nkwonly; i++) {
        if (args->kwonly[i].default_) {
            walk_expr(w, s, args->kwonly[i].default_);
        }
    }
}

static const char *join_qualname(Walker *w, Scope *parent, const char *name) {
    if (!parent || parent->kind == SCOPE_MODULE) {
        return name;
    }
    char buf[512];
    snprintf(buf, sizeof buf, "%s%s.%s", parent->qualname,
             parent->kind == SCOPE_FUNCTION ? ".<locals>" : "", name);
    return ast_arena_strdup(w->arena, buf, strlen(buf));
}

static void walk_function(Walker *w, Scope *parent, Node *n, const char *name) {
    Scope *s = new_scope(w, SCOPE_FUNCTION, n, parent);
    s->qualname = join_qualname(w, parent, name);
    Args *args = n->args;
    // Parameters in slot order: positional, keyword-only, *args, **kwargs.
    for (int i = 0; i < args->nposargs; i++) {
        note(w, s, args->posargs[i].name, DEF_PARAM | DEF_BOUND, args->posargs[i].span);
    }
    for (int i = 0; i < args->nkwonly; i++) {
        note(w, s, args->kwonly[i].name, DEF_PARAM | DEF_BOUND, args->kwonly[i].span);
    }
    if (args->vararg) {
        note(w, s, args->vararg, DEF_PARAM | DEF_BOUND, n->span);
    }
    if (args->kwarg) {
        note(w, s, args->kwarg, DEF_PARAM | DEF_BOUND, n->span);
    }
    if (n->kind == N_LAMBDA) {
        walk_expr(w, s, n->a);
    } else {
        walk_stmts(w, s, &n->body);
    }
}

static void walk_expr(Walker *w, Scope *s, Node *n) {
    if (!n) {
        return;
    }
    switch (n->kind) {
    case N_NAME:
        note(w, s, n->name, DEF_USED, n->span);
        return;
    case N_LAMBDA:
        walk_args_defaults(w, s, n->args);
        walk_function(w, s, n, "<lambda>");
        return;
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_DICTCOMP:
    case N_GENEXP: {
        // A scope of its own with one parameter, `.0`, the outermost
        // iterator, which is evaluated in the enclosing scope.
        walk_expr(w, s, n->comps.items[0]->b);
        const char *name = n->kind == N_LISTCOMP  ? "<listcomp>"
                           : n->kind == N_SETCOMP ? "<setcomp>"
                           : n->kind == N_DICTCOMP ? "<dictcomp>"
                                                   : "<genexpr>";
        Scope *cs = new_scope(w, SCOPE_FUNCTION, n, s);
        cs->qualname = join_qualname(w, s, name);
        note(w, cs, ".0", DEF_PARAM | DEF_BOUND, n->span);
        for (int i = 0; i < n->comps.len; i++) {
            Node *c = n->comps.items[i];
            if (i > 0) {
                walk_expr(w, cs, c->b);
            }
            walk_target(w, cs, c->a);
            walk_list(w, cs, &c->items);
        }
        walk_expr(w, cs, n->a);
        walk_expr(w, cs, n->b);
        return;
    }
    default:
        break;
    }
    walk_expr(w, s, n->a);
    walk_expr(w, s, n->b);
    walk_expr(w, s, n->c);
    walk_list(w, s, &n->items);
    walk_list(w, s, &n->values);
    walk_list(w, s, &n->keywords);
}

static void walk_stmt(Walker *w, Scope *s, Node *n) {
    switch (n->kind) {
    case N_EXPR_STMT:
    case N_RETURN:
        walk_expr(w, s, n->a);
        break;
    case N_ASSIGN:
        walk_expr(w, s, n->a);
        for (int i = 0; i < n->items.len; i++) {
            walk_target(w, s, n->items.items[i]);
        }
        break;
    case N_AUGASSIGN:
        walk_expr(w, s, n->b);
        if (n->a->kind == N_NAME) {
            note(w, s, n->a->name, DEF_USED | DEF_BOUND, n->a->span);
        } else {
            walk_expr(w, s, n->a);
        }
        break;
    case N_IF:
    case N_WHILE:
        walk_expr(w, s, n->a);
        walk_stmts(w, s, &n->body);
        walk_stmts(w, s, &n->orelse);
        break;
    case N_FOR:
        walk_expr(w, s, n->b);
        walk_target(w, s, n->a);
        walk_stmts(w, s, &n->body);
        walk_stmts(w, s, &n->orelse);
        break;
    case N_DEF:
        walk_list(w, s, &n->decorators);
        walk_args_defaults(w, s, n->args);
        note(w, s, n->name, DEF_BOUND, n->span);
        walk_function(w, s, n, n->name);
        break;
    case N_CLASS: {
        walk_list(w, s, &n->decorators);
        walk_list(w, s, &n->items);
        walk_list(w, s, &n->keywords);
        note(w, s, n->name, DEF_BOUND, n->span);
        Scope *c = new_scope(w, SCOPE_CLASS, n, s);
        c->qualname = join_qualname(w, s, n->name);
        walk_stmts(w, c, &n->body);
        break;
    }
    case N_DELETE:
        for (int i = 0; i < n->items.len; i++) {
            walk_target(w, s, n->items.items[i]);
        }
        break;
    case N_ASSERT:
    case N_RAISE:
        walk_expr(w, s, n->a);
        walk_expr(w, s, n->b);
        break;
    case N_TRY:
        walk_stmts(w, s, &n->body);
        for (int i = 0; i < n->handlers.len; i++) {
            Node *h = n->handlers.items[i];
            walk_expr(w, s, h->a);
            if (h->name) {
                note(w, s, h->name, DEF_BOUND, h->span);
            }
            walk_stmts(w, s, &h->body);
        }
        walk_stmts(w, s, &n->orelse);
        walk_stmts(w, s, &n->finalbody);
        break;
    case N_WITH:
        for (int i = 0; i < n->items.len; i++) {
            walk_expr(w, s, n->items.items[i]->a);
            if (n->items.items[i]->b) {
                walk_target(w, s, n->items.items[i]->b);
            }
        }
        walk_stmts(w, s, &n->body);
        break;
    case N_IMPORT:
    case N_IMPORTFROM:
        for (int i = 0; i < n->items.len; i++) {
            Node *a = n->items.items[i];
            const char *bound = a->asname;
            if (!bound) {
                const char *dot = strchr(a->name, '.');
                bound = dot && n->kind == N_IMPORT
                            ? ast_arena_strdup(w->arena, a->name, (size_t)(dot - a->name))
                            : a->name;
            }
            note(w, s, bound, DEF_BOUND, a->span);
        }
        break;
    case N_GLOBAL:
    case N_NONLOCAL:
        for (int i = 0; i < n->nnames; i++) {
            const char *name = n->names[i];
            Symbol *sym = scope_lookup(s, name);
            bool global = n->kind == N_GLOBAL;
            if (!global && s->kind == SCOPE_MODULE) {
                fail(w, n->span, "nonlocal declaration not allowed at module level%s", "");
                return;
            }
            if (sym && (sym->flags & DEF_PARAM)) {
                fail(w, n->span,
                     global ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal",
                     name);
                return;
            }
            if (sym && (sym->flags & DEF_USED) && !(sym->flags & (DEF_GLOBAL | DEF_NONLOCAL))) {
                fail(w, n->span,
                     global ? "name '%s' is used prior to global declaration"
                            : "name '%s' is used prior to nonlocal declaration",
                     name);
                return;
            }
            if (sym && (sym->flags & DEF_BOUND) && !(sym->flags & (DEF_GLOBAL | DEF_NONLOCAL))) {
                fail(w, n->span,
                     global ? "name '%s' is assigned to before global declaration"
                            : "name '%s' is assigned to before nonlocal declaration",
                     name);
                return;
            }
            note(w, s, name, global ? DEF_GLOBAL : DEF_NONLOCAL, n->span);
        }
        break;
    default:
        break;
    }
}

static void walk_stmts(Walker *w, Scope *s, NodeList *body) {
    for (int i = 0; i < body->len && !w->failed; i++) {
        walk_stmt(w, s, body->items[i]);
    }
}

// Finds the function scope (skipping classes) above s that binds name.
static Scope *binding_scope(Scope *s, const char *name) {
    for (Scope *p = s->parent; p && p->kind != SCOPE_MODULE; p = p->parent) {
        if (p->kind == SCOPE_CLASS) {
            continue;
        }
        Symbol *sym = scope_lookup(p, name);
        if (sym && (sym->flags & DEF_GLOBAL)) {
            return NULL;
        }
        if (sym && (sym->flags & (DEF_BOUND | DEF_NONLOCAL))) {
            return p;
        }
    }
    return NULL;
}

// Marks name as captured in its binding scope and free in every function
// scope between (so each passes the cell down to the next).
static void capture(Walker *w, Scope *user, Scope *owner, const char *name) {
    Symbol *sym = scope_lookup(owner, name);
    if (sym->flags & DEF_NONLOCAL) {
        sym->flags |= DEF_CAPTURED; // already free in owner; it passes it on
    } else {
        sym->flags |= DEF_CAPTURED;
    }
    for (Scope *p = user->parent; p != owner; p = p->parent) {
        Symbol *mid = add_sym(w, p, name);
        // A function in between holds it as a free variable nobody assigns; a
        // class in between keeps its own name and passes the cell along.
        mid->flags |= p->kind == SCOPE_FUNCTION ? DEF_NONLOCAL : DEF_PASS;
    }
}

static void resolve(Walker *w, Scope *s) {
    if (s->kind == SCOPE_CLASS) {
        // A class body may read variables of the enclosing functions.
        for (int i = 0; i < s->nsyms && !w->failed; i++) {
            Symbol *sym = &s->syms[i];
            if (!(sym->flags & (DEF_BOUND | DEF_GLOBAL | DEF_NONLOCAL)) && (sym->flags & DEF_USED)) {
                Scope *owner = binding_scope(s, sym->name);
                if (owner) {
                    sym->flags |= DEF_NONLOCAL;
                    capture(w, s, owner, sym->name);
                }
            }
        }
    }
    if (s->kind == SCOPE_FUNCTION) {
        for (int i = 0; i < s->nsyms && !w->failed; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->flags & DEF_GLOBAL) {
                continue;
            }
            if (sym->flags & DEF_NONLOCAL) {
                Scope *owner = binding_scope(s, sym->name);
                if (!owner) {
                    fail(w, sym->decl, "no binding for nonlocal '%s' found", sym->name);
                    return;
                }
                capture(w, s, owner, sym->name);
            } else if (!(sym->flags & DEF_BOUND)) {
                Scope *owner = binding_scope(s, sym->name);
                if (owner) {
                    sym->flags |= DEF_NONLOCAL;
                    capture(w, s, owner, sym->name);
                }
            }
        }
    }
    for (int i = 0; i < s->nchildren; i++) {
        resolve(w, s->children[i]);
    }
}

// Decides kinds and slots once every capture is known.
static void layout(Scope *s) {
    if (s->kind == SCOPE_FUNCTION) {
        int slot = 0;
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->flags & DEF_GLOBAL) {
                sym->kind = SYM_GLOBAL_EXPLICIT;
            } else if (sym->flags & DEF_NONLOCAL) {
                sym->kind = SYM_FREE;
            } else if (sym->flags & DEF_BOUND) {
                sym->kind = (sym->flags & DEF_CAPTURED) ? SYM_CELL : SYM_LOCAL;
                sym->slot = slot++;
            } else {
                sym->kind = SYM_GLOBAL_IMPLICIT;
            }
        }
        for (int i = 0; i < s->nsyms; i++) {
            if (s->syms[i].kind == SYM_FREE) {
                s->syms[i].slot = slot++;
                s->nfree++;
            }
        }
        s->nslots = slot;
    } else {
        int slot = 0;
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            sym->kind = (sym->flags & DEF_GLOBAL) ? SYM_GLOBAL_EXPLICIT : SYM_NAME;
            if (s->kind == SCOPE_MODULE) {
                sym->kind = SYM_GLOBAL_EXPLICIT;
            } else if (sym->flags & (DEF_NONLOCAL | DEF_PASS)) {
                // Class scopes: cells of enclosing functions get slots, read
                // by LOAD_CLASSDEREF or passed on to methods' closures.
                if ((sym->flags & DEF_NONLOCAL) && !(sym->flags & DEF_BOUND)) {
                    sym->kind = SYM_FREE;
                }
                sym->slot = slot++;
                s->nfree++;
            }
        }
        s->nslots = slot;
    }
    for (int i = 0; i < s->nchildren; i++) {
        layout(s->children[i]);
    }
}

Scope *scope_analyze(AstArena *arena, Node *module, SyntaxErrorInfo *err) {
    Walker w = {arena, err, false};
    Scope *s = new_scope(&w, SCOPE_MODULE, module, NULL);
    s->qualname = "";
    walk_stmts(&w, s, &module->body);
    if (!w.failed) {
        resolve(&w, s);
    }
    if (w.failed) {
        return NULL;
    }
    layout(s);
    return s;
}

Scope *scope_of(Scope *parent, Node *node) {
    for (int i = 0; i < parent->nchildren; i++) {
        if (parent->children[i]->node == node) {
            return parent->children[i];
        }
    }
    return NULL;
}
