// Plain text in memory, as the parser, tracebacks and `vm explore` read it.
#ifndef VM_RUNTIME_TEXT_H
#define VM_RUNTIME_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

// Line k (from 1) of text[0..len): its start and its length without the
// '\n'. false when the text has fewer than k lines (an empty text has none).
static inline bool text_line(const char *text, size_t len, size_t k, const char **line,
                             size_t *n) {
    const char *p = text, *end = text + len;
    for (size_t i = 1; i < k; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            return false;
        }
        p = nl + 1;
    }
    if (p >= end) {
        return false;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *line = p;
    *n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    return true;
}

#endif
