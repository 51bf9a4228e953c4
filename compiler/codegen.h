// Code generation: turns the syntax tree of a module into code objects,
// one per module, function and lambda. Jumps are emitted to labels and
// patched at the end; the exception table is derived from which handler
// was active when each instruction was emitted.
#ifndef VM_COMPILER_CODEGEN_H
#define VM_COMPILER_CODEGEN_H

#include "compiler/ast.h"
#include "compiler/parser.h"
#include "vm/code.h"

// Compiles a parsed module. NULL with *err set for errors found after
// parsing ("'return' outside function", "'break' outside loop", ...).
CodeObj *codegen_module(AstArena *arena, Node *module, const char *filename,
                        SyntaxErrorInfo *err);

// Parses and compiles source text: the whole front end in one call.
CodeObj *codegen_compile(const char *src, size_t len, const char *filename,
                         SyntaxErrorInfo *err);

#endif
