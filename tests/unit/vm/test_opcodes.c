// Tests for vm/opcodes.c: the opcode table is complete and consistent, and
// every entry encodes, decodes and disassembles.
#include <criterion/criterion.h>
#include <string.h>

#include "runtime/strbuf.h"
#include "vm/code.h"
#include "vm/opcodes.h"

Test(opcodes, every_opcode_has_a_name_and_a_meaning) {
    for (int op = 0; op < OP__COUNT; op++) {
        cr_assert_not_null(opcode_info[op].name, "opcode %d has no name", op);
        cr_assert(strlen(opcode_info[op].doc) > 0, "opcode %s has no meaning", opcode_info[op].name);
    }
}

Test(opcodes, fit_in_the_eight_bit_opcode_field) {
    cr_assert_lt(OP__COUNT, 256);
}

Test(opcodes, encode_and_decode_every_entry_with_its_largest_argument) {
    for (int op = 0; op < OP__COUNT; op++) {
        uint32_t w = INSTR_MAKE(op, INSTR_ARG_MAX);
        cr_assert_eq(INSTR_OP(w), (uint32_t)op);
        cr_assert_eq(INSTR_ARG(w), (uint32_t)INSTR_ARG_MAX);
    }
}

Test(opcodes, jumps_have_jump_operands) {
    for (int op = 0; op < OP__COUNT; op++) {
        bool jump_flag = (opcode_info[op].flags & F_JUMP) != 0;
        bool jump_operand = opcode_info[op].operand == OPND_JUMP;
        cr_assert_eq(jump_flag, jump_operand, "%s", opcode_info[op].name);
    }
}

Test(opcodes, check_points_are_entry_backward_jumps_and_calls) {
    cr_assert(opcode_info[OP_RESUME].flags & F_CHECK);
    cr_assert(opcode_info[OP_JUMP_BACKWARD].flags & F_CHECK);
    cr_assert(opcode_info[OP_CALL].flags & F_CHECK);
    cr_assert_not(opcode_info[OP_JUMP].flags & F_CHECK);
    cr_assert_not(opcode_info[OP_BINARY_OP].flags & F_CHECK);
}

Test(opcodes, stack_effects_follow_the_argument) {
    cr_assert_eq(opcode_stack_effect(OP_LOAD_CONST, 0), 1);
    cr_assert_eq(opcode_stack_effect(OP_BUILD_LIST, 3), -2);
    cr_assert_eq(opcode_stack_effect(OP_BUILD_MAP, 2), -3);
    cr_assert_eq(opcode_stack_effect(OP_CALL, 2), -2);
    cr_assert_eq(opcode_stack_effect(OP_CALL_METHOD, 2), -3);
    cr_assert_eq(opcode_stack_effect(OP_UNPACK_SEQUENCE, 3), 2);
    cr_assert_eq(opcode_stack_effect(OP_UNPACK_EX, 1 | (2 << 8)), 3);
    cr_assert_eq(opcode_stack_effect(OP_MAKE_FUNCTION, 1 | 8), -2);
    cr_assert_eq(opcode_stack_effect(OP_FORMAT_VALUE, 4), -1);
    cr_assert_eq(opcode_stack_effect(OP_FORMAT_VALUE, 2), 0);
}
