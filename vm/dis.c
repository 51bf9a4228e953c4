// Disassembly. Everything it knows about instructions comes from the opcode
// table, so a new opcode shows up here without changes.
#include "vm/dis.h"

#include <stdlib.h>

#include "compiler/ast.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/opcodes.h"

static const char *const binop_names[] = {
    [OP_ADD] = "+",   [OP_SUB] = "-",      [OP_MUL] = "*",  [OP_TRUEDIV] = "/",
    [OP_FLOORDIV] = "//", [OP_MOD] = "%",  [OP_POW] = "**", [OP_LSHIFT] = "<<",
    [OP_RSHIFT] = ">>", [OP_AND] = "&",    [OP_OR] = "|",   [OP_XOR] = "^",
    [OP_MATMUL] = "@", [OP_NEG] = "-",     [OP_POS] = "+",  [OP_INVERT] = "~",
    [OP_NOT] = "not",
};

static const char *const cmp_names[] = {
    [CMP_LT] = "<",  [CMP_LE] = "<=", [CMP_EQ] = "==", [CMP_NE] = "!=", [CMP_GT] = ">",
    [CMP_GE] = ">=", [CMP_IN] = "in", [CMP_NOT_IN] = "not in", [CMP_IS] = "is",
    [CMP_IS_NOT] = "is not",
};

static void operand(StrBuf *b, const CodeObj *code, Opcode op, uint32_t arg) {
    switch (opcode_info[op].operand) {
    case OPND_CONST: {
        Value v = code->consts[arg];
        strbuf_printf(b, "%u (", arg);
        if (IS_OBJ(v) && v.o->type == &code_type) {
            strbuf_printf(b, "<code %s>", ((CodeObj *)v.o)->qualname->data);
        } else {
            ops_repr_into(b, v);
        }
        strbuf_putc(b, ')');
        break;
    }
    case OPND_NAME:
        strbuf_printf(b, "%u (%s)", arg, code->names[arg]->data);
        break;
    case OPND_LOCAL:
        strbuf_printf(b, "%u (%s)", arg, code->localnames[arg]->data);
        break;
    case OPND_JUMP:
        strbuf_printf(b, "to %u", arg);
        break;
    case OPND_BINOP:
        strbuf_printf(b, "%u (%s)", arg, arg <= OP_NOT ? binop_names[arg] : "?");
        break;
    case OPND_CMP:
        strbuf_printf(b, "%u (%s)", arg, arg <= CMP_IS_NOT ? cmp_names[arg] : "?");
        break;
    case OPND_COUNT:
    case OPND_FLAGS:
        strbuf_printf(b, "%u", arg);
        break;
    case OPND_NONE:
        break;
    }
}

void dis_code(StrBuf *b, const CodeObj *code) {
    strbuf_printf(b, "Disassembly of <code %s>, file \"%s\", line %d:\n", code->qualname->data,
                  code->filename->data, code->firstlineno);
    // Which instructions are jump targets, to mark them with >>.
    bool *target = calloc((size_t)code->ncode + 1, 1);
    for (int i = 0; i < code->ncode; i++) {
        Opcode op = (Opcode)INSTR_OP(code->code[i]);
        if (opcode_info[op].flags & F_JUMP) {
            target[INSTR_ARG(code->code[i])] = true;
        }
    }
    for (int i = 0; i < code->nexc; i++) {
        target[code->exctable[i].target] = true;
    }
    int last_line = -1;
    for (int i = 0; i < code->ncode; i++) {
        Opcode op = (Opcode)INSTR_OP(code->code[i]);
        uint32_t arg = INSTR_ARG(code->code[i]);
        int line = code->positions[i].line;
        if (line != last_line && line > 0) {
            strbuf_printf(b, "%s%4d ", i ? "\n" : "", line);
            last_line = line;
        } else {
            strbuf_puts(b, "     ");
        }
        strbuf_printf(b, "%s %c %5d %-22s ", target[i] ? ">>" : "  ",
                      (opcode_info[op].flags & F_CHECK) ? '*' : ' ', i, opcode_info[op].name);
        operand(b, code, op, arg);
        // trim trailing spaces
        while (b->len && b->data[b->len - 1] == ' ') {
            b->data[--b->len] = '\0';
        }
        strbuf_putc(b, '\n');
    }
    if (code->nexc) {
        strbuf_puts(b, "ExceptionTable:\n");
        for (int i = 0; i < code->nexc; i++) {
            const ExcEntry *e = &code->exctable[i];
            strbuf_printf(b, "  %u to %u -> %u [%u]\n", e->start, e->end, e->target, e->depth);
        }
    }
    free(target);
    for (int i = 0; i < code->nconsts; i++) {
        Value v = code->consts[i];
        if (IS_OBJ(v) && v.o->type == &code_type) {
            strbuf_putc(b, '\n');
            dis_code(b, (CodeObj *)v.o);
        }
    }
}
