// StrBuf: a growable byte buffer for building text (repr, str, join, print,
// f-strings). Plain malloc memory, not a VM object: finish it with
// strbuf_to_str or strbuf_free.
#ifndef VM_RUNTIME_STRBUF_H
#define VM_RUNTIME_STRBUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;

void strbuf_append(StrBuf *b, const char *s, size_t n);
void strbuf_puts(StrBuf *b, const char *s);
void strbuf_putc(StrBuf *b, char c);
// Appends a code point encoded as UTF-8.
void strbuf_put_codepoint(StrBuf *b, uint32_t cp);
void strbuf_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void strbuf_free(StrBuf *b);

#endif
