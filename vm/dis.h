// The disassembler behind `vm dis FILE`: a readable listing of every code
// object with line numbers, operands, jump targets, the exception table,
// and `*` on the check points where signal handlers can run.
#ifndef VM_VM_DIS_H
#define VM_VM_DIS_H

#include "runtime/strbuf.h"
#include "vm/code.h"

// Appends the listing of `code` and of every code object in its constants.
void dis_code(StrBuf *b, const CodeObj *code);

#endif
