// Scope analysis: decides, for every name in every function, whether it is
// a local (a fast slot), a cell (a local that an inner function captures),
// a free variable (a cell of an enclosing function), or a global. Runs over
// the whole module before code generation, because a variable's kind in an
// outer function depends on what its inner functions do.
#ifndef VM_COMPILER_SCOPE_H
#define VM_COMPILER_SCOPE_H

#include <stdbool.h>

#include "compiler/ast.h"
#include "compiler/parser.h"

typedef enum ScopeKind { SCOPE_MODULE, SCOPE_FUNCTION, SCOPE_CLASS } ScopeKind;

typedef enum SymKind {
    SYM_GLOBAL_IMPLICIT, // used, never assigned here: globals then builtins
    SYM_GLOBAL_EXPLICIT, // declared `global`
    SYM_LOCAL,           // a fast slot
    SYM_CELL,            // a local captured by an inner function
    SYM_FREE,            // a variable of an enclosing function
    SYM_NAME,            // module or class level: looked up by name
} SymKind;

typedef struct Symbol {
    const char *name;
    unsigned flags;      // DEF_* bits gathered while walking
    SymKind kind;
    int slot;            // local slot for LOCAL, CELL and FREE
    Span decl;           // where a global/nonlocal declaration names it
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    Node *node;          // N_MODULE, N_DEF, N_LAMBDA or N_CLASS
    Scope *parent;
    Scope **children;
    int nchildren;
    Symbol *syms;
    int nsyms;
    int nslots;          // locals (with cells), then free variables
    int nfree;
    const char *qualname;
};

// Analyses a module. Returns the module scope, or NULL with *err set (e.g.
// "no binding for nonlocal 'x' found"). Scopes are allocated in the arena.
Scope *scope_analyze(AstArena *arena, Node *module, SyntaxErrorInfo *err);
// The scope made for a def, lambda or class node.
Scope *scope_of(Scope *parent, Node *node);
// Looks a name up in a scope (NULL when the scope never mentions it).
Symbol *scope_lookup(Scope *s, const char *name);

#endif
