// The parser: source text in, syntax tree (compiler/ast.h) out, or the
// SyntaxError python3 would raise for the same text, with the same message
// and position. It reads the whole token array from the lexer first, so
// deciding which of several errors CPython would report happens here.
// Checks that CPython makes after parsing (symbol table, `return` outside a
// function, repeated keyword arguments) belong to the code generator.
#ifndef VM_COMPILER_PARSER_H
#define VM_COMPILER_PARSER_H

#include <stddef.h>

#include "compiler/ast.h"

typedef struct SyntaxErrorInfo {
    char type[32];  // "SyntaxError", "IndentationError" or "TabError"
    char msg[256];  // CPython's message, e.g. "expected ':'", "invalid syntax", "'(' was never
                    // closed"
    int line;       // 1-based line of the error
    int offset;     // 1-based column (in characters) where the caret starts, as SyntaxError.offset
    int end_line;   // as SyntaxError.end_lineno
    int end_offset; // as SyntaxError.end_offset (exclusive); 0 when CPython leaves it None/equal
} SyntaxErrorInfo;

// Parses a whole module. Returns the N_MODULE node, or NULL with *err filled.
// The tree lives in `arena`. Offsets in *err are what `python3 file.py`
// reports: bytes for errors found by the grammar, characters for errors found
// by the tokenizer, exactly like CPython 3.11. A few errors are not
// SyntaxErrors at all: line 0 then means "no position" (the non-UTF-8 source
// error, and "RecursionError: maximum recursion depth exceeded during
// compilation" for absurdly deep nesting).
Node *parser_parse_module(AstArena *arena, const char *src, size_t len, SyntaxErrorInfo *err);
// Parses one expression (the whole text must be one expression, surrounding whitespace allowed);
// used for f-string replacement fields and by the traceback printer to find operator positions.
// NULL + *err on failure. Spans are relative to src: line 1, column 0 is its first byte.
Node *parser_parse_expression(AstArena *arena, const char *src, size_t len, SyntaxErrorInfo *err);
// Writes exactly what python3 prints on stderr for an uncaught SyntaxError at compile time of
// `filename` (the `  File "x.py", line N` line, the stripped source line indented 4 spaces, the
// caret line, and `SyntaxError: msg`), into a malloc'd string.
char *parser_format_syntax_error(const SyntaxErrorInfo *err, const char *src, size_t len,
                                 const char *filename);

#endif
