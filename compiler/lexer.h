// The tokenizer: turns a whole source file into an array of tokens, with
// INDENT/DEDENT from indentation, NEWLINE only at the end of logical lines,
// and the bracket bookkeeping that gives "'(' was never closed" and friends.
// It also owns the meaning of literal text: number values and the escape
// decoding of string bodies. It knows nothing about the grammar; deciding
// which error wins when both the tokenizer and the parser object is the
// parser's job.
#ifndef VM_COMPILER_LEXER_H
#define VM_COMPILER_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum TokenKind {
    TOK_ENDMARKER,
    TOK_NAME,
    TOK_NUMBER,
    TOK_STRING,
    TOK_NEWLINE,
    TOK_INDENT,
    TOK_DEDENT,
    // End of input inside an open bracket: stands where ENDMARKER would be.
    TOK_EOF_IN_BRACKET,
    // A character that starts no token (`$`, `?`, a lone `!`, a backtick).
    TOK_UNKNOWN,
    // Where the tokenizer stopped with an error (see LexError).
    TOK_ERRORTOKEN,

    TOK_LPAR,
    TOK_RPAR,
    TOK_LSQB,
    TOK_RSQB,
    TOK_LBRACE,
    TOK_RBRACE,
    TOK_COLON,
    TOK_COMMA,
    TOK_SEMI,
    TOK_DOT,
    TOK_ELLIPSIS,
    TOK_RARROW,
    TOK_COLONEQUAL,
    TOK_PLUS,
    TOK_MINUS,
    TOK_STAR,
    TOK_SLASH,
    TOK_DOUBLESLASH,
    TOK_PERCENT,
    TOK_DOUBLESTAR,
    TOK_AT,
    TOK_VBAR,
    TOK_AMPER,
    TOK_CIRCUMFLEX,
    TOK_TILDE,
    TOK_LEFTSHIFT,
    TOK_RIGHTSHIFT,
    TOK_LESS,
    TOK_GREATER,
    TOK_EQEQUAL,
    TOK_NOTEQUAL,
    TOK_LESSEQUAL,
    TOK_GREATEREQUAL,
    TOK_EQUAL,
    // Augmented assignment operators, in the order of BinOp (OP_ADD ... OP_MATMUL).
    TOK_PLUSEQUAL,
    TOK_MINEQUAL,
    TOK_STAREQUAL,
    TOK_SLASHEQUAL,
    TOK_DOUBLESLASHEQUAL,
    TOK_PERCENTEQUAL,
    TOK_DOUBLESTAREQUAL,
    TOK_LEFTSHIFTEQUAL,
    TOK_RIGHTSHIFTEQUAL,
    TOK_AMPEREQUAL,
    TOK_VBAREQUAL,
    TOK_CIRCUMFLEXEQUAL,
    TOK_ATEQUAL,

    // Keywords (hard keywords of Python 3.11).
    TOK_FALSE,
    TOK_NONE,
    TOK_TRUE,
    TOK_AND,
    TOK_AS,
    TOK_ASSERT,
    TOK_ASYNC,
    TOK_AWAIT,
    TOK_BREAK,
    TOK_CLASS,
    TOK_CONTINUE,
    TOK_DEF,
    TOK_DEL,
    TOK_ELIF,
    TOK_ELSE,
    TOK_EXCEPT,
    TOK_FINALLY,
    TOK_FOR,
    TOK_FROM,
    TOK_GLOBAL,
    TOK_IF,
    TOK_IMPORT,
    TOK_IN,
    TOK_IS,
    TOK_LAMBDA,
    TOK_NONLOCAL,
    TOK_NOT,
    TOK_OR,
    TOK_PASS,
    TOK_RAISE,
    TOK_RETURN,
    TOK_TRY,
    TOK_WHILE,
    TOK_WITH,
    TOK_YIELD,
    TOK_COUNT_
} TokenKind;

// One token. Lines count from 1, columns are byte offsets from 0, the end is
// exclusive. `level` is the bracket depth once the token has been read, so
// an opening bracket has level 1 and its closer level 0.
typedef struct Token {
    TokenKind kind;
    const char *start;
    int len;
    int line, col, end_line, end_col;
    int level;
} Token;

// A tokenizer error, already in the shape CPython reports it: 1-based
// offsets counted the way python3 counts them for that error. The token
// array then ends with TOK_ERRORTOKEN where the tokenizer stopped, and the
// parser decides: CPython reports a soft error (bad indentation, a stray
// character after a line continuation) only if the parser gets that far,
// and any other one even after a parse error earlier in the file (it
// tokenizes the rest of the file then), unless that was "unexpected indent".
typedef struct LexError {
    char type[32];
    char msg[256];
    int line, offset, end_line, end_offset;
    bool soft;
} LexError;

// The result of tokenizing a source. `text` is the source with newlines
// normalized to "\n", a leading UTF-8 BOM removed and a NUL appended; the
// tokens point into it. When `failed` is set the tokens stop at a
// TOK_ERRORTOKEN where the error was found and `error` says what it was. When the last token is
// TOK_EOF_IN_BRACKET, `open_*` describe the innermost bracket left open.
typedef struct LexResult {
    char *text;
    size_t text_len;
    Token *tokens;
    int ntokens;
    bool failed;
    LexError error;
    char open_char;
    int open_line, open_col;
} LexResult;

// Tokenizes src[0..len). Always fills *res (free it with lexer_result_free);
// returns false when res->failed.
bool lexer_tokenize(const char *src, size_t len, LexResult *res);
// Tokenizes src as if it sat inside a pair of brackets (newlines and
// indentation mean nothing), as for an f-string replacement field. Positions
// start at `line` and, on that first line, at column `col`. The token array
// ends with TOK_EOF_IN_BRACKET; its level is 1 when every bracket opened in
// src was closed.
bool lexer_tokenize_expression(const char *src, size_t len, int line, int col, LexResult *res);
void lexer_result_free(LexResult *res);

// A token kind's name for tests and debugging ("NAME", "'('", "'if'").
const char *lexer_token_name(TokenKind kind);

// Copies src into a fresh malloc'd NUL-terminated buffer with "\r\n" and lone
// "\r" turned into "\n" (what CPython does when it reads a file), storing the
// new length in *out_len.
char *lexer_normalize_newlines(const char *src, size_t len, size_t *out_len);

// The pieces of a STRING token: prefix flags, quote length, and the body
// between the quotes.
typedef struct StringParts {
    bool raw, bytes, fstring;
    int quote_len; // 1 or 3
    const char *body;
    size_t body_len;
} StringParts;

void lexer_string_parts(const Token *tok, StringParts *parts);

// Decodes the escapes of a (non-raw) string body into out, which must hold
// body_len bytes; str bodies become UTF-8 (lone surrogates as 3-byte
// sequences), bytes bodies raw bytes. Returns the decoded length, or -1 with
// a CPython-style message in msg (msg_size bytes) and, in *bad_at, the byte
// offset in the body of the offending escape.
long lexer_decode_escapes(const char *body, size_t body_len, bool bytes, char *out, char *msg,
                          size_t msg_size, size_t *bad_at);

// The value of a NUMBER token. Integers that fit in int64 go to *i; bigger
// ones set *big and leave the value alone (the caller keeps the digit text
// via lexer_number_digits). Floats go to *f with *is_float set.
void lexer_number_value(const Token *tok, bool *is_float, int64_t *i, double *f, bool *big);

// Copies the token's digits without underscores into out (which must hold
// tok->len + 1 bytes), keeping any base prefix; returns the copied length.
size_t lexer_number_digits(const Token *tok, char *out);

#endif
