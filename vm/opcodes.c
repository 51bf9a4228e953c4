// The opcode table as data, for the disassembler and the compiler.
#include "vm/opcodes.h"

const OpInfo opcode_info[OP__COUNT] = {
#define OP(name, operand, effect, flags, doc) [OP_##name] = {#name, OPND_##operand, flags, doc},
#include "vm/opcodes.def"
#undef OP
};

int opcode_stack_effect(Opcode op, uint32_t uarg) {
    int arg = (int)uarg;
    (void)arg;
    switch (op) {
#define OP(name, operand, effect, flags, doc)                                                      \
    case OP_##name:                                                                                \
        return (int)(effect);
#include "vm/opcodes.def"
#undef OP
    default:
        return 0;
    }
}
