// Printing an exception the way CPython does when it reaches the top level:
// the chained exceptions first, each with its traceback (source lines and
// the caret line under the failing expression), then `Type: message`.
#ifndef VM_VM_TRACEBACK_H
#define VM_VM_TRACEBACK_H

#include "runtime/strbuf.h"
#include "vm/value.h"

// Appends the whole report for exception `exc` to b.
void traceback_format(StrBuf *b, Value exc);
// Writes the report to standard error (file descriptor 2).
void traceback_print(Value exc);
// Appends just the last line, `Type: message`.
void traceback_format_exception_only(StrBuf *b, Value exc);

#endif
