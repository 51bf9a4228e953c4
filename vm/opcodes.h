// The opcode enum and the per-opcode facts, all expanded from vm/opcodes.def.
#ifndef VM_VM_OPCODES_H
#define VM_VM_OPCODES_H

#include <stdbool.h>
#include <stdint.h>

typedef enum Opcode {
#define OP(name, operand, effect, flags, doc) OP_##name,
#include "vm/opcodes.def"
#undef OP
    OP__COUNT
} Opcode;

enum { F_JUMP = 1 << 0, F_RAISES = 1 << 1, F_CHECK = 1 << 2 };

typedef enum OperandKind {
    OPND_NONE, OPND_CONST, OPND_NAME, OPND_LOCAL, OPND_JUMP,
    OPND_COUNT, OPND_BINOP, OPND_CMP, OPND_FLAGS,
} OperandKind;

typedef struct OpInfo {
    const char *name;
    OperandKind operand;
    uint8_t flags;
    const char *doc;
} OpInfo;

extern const OpInfo opcode_info[OP__COUNT];

// The change in stack depth when op with argument arg falls through.
int opcode_stack_effect(Opcode op, uint32_t arg);

#endif
