// Code objects: what the compiler produces for a module, a function or a
// lambda, and what a frame executes. Instructions are 32-bit words: the low
// 8 bits are the opcode, the high 24 bits its argument (see vm/opcodes.def).
// Each instruction has a source position (for tracebacks and the caret line)
// and the code carries an exception table instead of setup instructions, so
// a try block costs nothing until something raises.
#ifndef VM_VM_CODE_H
#define VM_VM_CODE_H

#include <stdint.h>

#include "runtime/str.h"
#include "vm/object.h"

#define INSTR_OP(w) ((w) & 0xFF)
#define INSTR_ARG(w) ((w) >> 8)
#define INSTR_MAKE(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_ARG_MAX 0xFFFFFF

// The source span of one instruction (byte columns, end exclusive).
typedef struct Position {
    int32_t line, end_line;
    int32_t col, end_col;
} Position;

// Instructions [start, end) are protected by the handler at `target`; on an
// exception the stack is cut back to `depth` items above the locals, the
// exception is pushed, and execution continues at `target`.
typedef struct ExcEntry {
    uint32_t start, end, target, depth;
} ExcEntry;

// Flags of a code object.
enum {
    CO_VARARGS = 1 << 0,   // has *args
    CO_VARKEYWORDS = 1 << 1, // has **kwargs
    CO_MODULE = 1 << 2,    // module-level code: names are globals
    CO_SIMPLE = 1 << 3,    // positional parameters only: calls bind by copying
    CO_GENERATOR = 1 << 4, // calling it makes a generator (a generator expression)
};

// What a slot of the frame's locals holds.
enum {
    LK_LOCAL = 0,
    LK_CELL = 1 << 0, // a local captured by an inner function (holds a CellObj)
    LK_FREE = 1 << 1, // a variable of an enclosing function (holds its CellObj)
};

// What LOAD_GLOBAL remembers about its last lookup: where the name's entry
// sits (in the globals, or in the builtins when the globals lack it). Valid
// while neither dict has gained or lost keys; assigning a global keeps it.
typedef struct GlobalCache {
    uint64_t globals_keys;
    uint64_t builtins_keys;
    DictObj *dict;        // the dict holding the entry
    int64_t index;        // its position in dict->entries
} GlobalCache;

typedef struct CodeObj {
    Obj hdr;
    uint32_t *code;
    int ncode;
    Position *positions;  // one per instruction
    Value *consts;
    int nconsts;
    StrObj **names;       // global, attribute and import names
    int nnames;
    StrObj **localnames;  // names of every local slot (parameters first)
    uint8_t *localkinds;  // LK_* per slot
    int nlocals;          // all slots: parameters, locals, cells, free variables
    int argcount;         // positional parameters
    int kwonlyargcount;
    int flags;
    int stacksize;        // deepest the value stack gets above the locals
    ExcEntry *exctable;
    int nexc;
    GlobalCache *gcache;  // one per instruction, made on first use by LOAD_GLOBAL
    StrObj *name;         // "<module>", the function's name, "<lambda>"
    StrObj *qualname;
    StrObj *filename;
    int firstlineno;
} CodeObj;

extern TypeObj code_type;

void code_init_type(void);
CodeObj *code_new(void);
// The line of instruction i (0 when it has none).
int code_line_of(const CodeObj *c, int i);

#endif
