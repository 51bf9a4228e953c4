// Tests for compiler/codegen.c: the bytecode and tables that small programs
// compile to.
#include <criterion/criterion.h>
#include <string.h>

#include "compiler/codegen.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

static void setup(void) {
    vm_init(0, NULL);
}

TestSuite(codegen, .init = setup);

static CodeObj *compile(const char *src) {
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    CodeObj *co = codegen_compile(src, strlen(src), "<test>", &err);
    cr_assert_not_null(co, "compile failed: %s", err.msg);
    return co;
}

static int count_op(const CodeObj *co, Opcode op) {
    int n = 0;
    for (int i = 0; i < co->ncode; i++) {
        n += INSTR_OP(co->code[i]) == (uint32_t)op;
    }
    return n;
}

static CodeObj *first_function(const CodeObj *co) {
    for (int i = 0; i < co->nconsts; i++) {
        if (IS_OBJ(co->consts[i]) && co->consts[i].o->type == &code_type) {
            return (CodeObj *)co->consts[i].o;
        }
    }
    cr_assert_fail("no nested code object");
    return NULL;
}

Test(codegen, module_code_starts_with_a_check_point_and_returns_none) {
    CodeObj *co = compile("x = 1\n");
    cr_assert_eq(INSTR_OP(co->code[0]), (uint32_t)OP_RESUME);
    cr_assert_eq(INSTR_OP(co->code[co->ncode - 1]), (uint32_t)OP_RETURN_VALUE);
}

Test(codegen, loops_jump_back_through_a_check_point) {
    CodeObj *co = compile("for i in range(3):\n    pass\nwhile False:\n    pass\n");
    cr_assert_eq(count_op(co, OP_FOR_ITER), 1);
    cr_assert_eq(count_op(co, OP_JUMP_BACKWARD), 2);
}

Test(codegen, try_except_makes_exception_table_entries_not_instructions) {
    CodeObj *co = compile("try:\n    x = 1\nexcept ValueError:\n    pass\n");
    cr_assert_gt(co->nexc, 0);
    cr_assert_eq(count_op(co, OP_PUSH_EXC_INFO), 1);
    // The protected range covers the body and its handler lies outside it.
    const ExcEntry *e = &co->exctable[0];
    cr_assert(e->target >= e->end || e->target < e->start);
}

Test(codegen, finally_body_is_copied_for_the_normal_and_the_exceptional_path) {
    CodeObj *co = compile("try:\n    pass\nfinally:\n    print(1)\n");
    cr_assert_eq(count_op(co, OP_CALL), 2);
}

Test(codegen, return_inside_finally_protected_block_runs_the_finally_body_first) {
    CodeObj *co = first_function(compile("def f():\n    try:\n        return 1\n    finally:\n        print(2)\n"));
    // Normal path, exceptional path, and the copy before `return 1`.
    cr_assert_eq(count_op(co, OP_CALL), 3);
}

Test(codegen, method_calls_avoid_bound_methods) {
    CodeObj *co = compile("x = []\nx.append(1)\n");
    cr_assert_eq(count_op(co, OP_LOAD_METHOD), 1);
    cr_assert_eq(count_op(co, OP_CALL_METHOD), 1);
}

Test(codegen, keyword_arguments_use_call_kw) {
    CodeObj *co = compile("print(1, end='')\n");
    cr_assert_eq(count_op(co, OP_CALL_KW), 1);
}

Test(codegen, captured_locals_become_cells_and_inner_functions_get_closures) {
    CodeObj *outer = first_function(compile("def f():\n    n = 0\n    def g():\n        return n\n    return g\n"));
    cr_assert_eq(count_op(outer, OP_MAKE_CELL), 1);
    cr_assert_eq(count_op(outer, OP_LOAD_CLOSURE), 1);
    CodeObj *inner = first_function(outer);
    cr_assert_eq(count_op(inner, OP_COPY_FREE_VARS), 1);
    cr_assert_eq(count_op(inner, OP_LOAD_DEREF), 1);
}

Test(codegen, negative_literals_are_folded) {
    CodeObj *co = compile("x = -5\n");
    cr_assert_eq(count_op(co, OP_UNARY_OP), 0);
}

Test(codegen, simple_functions_are_marked_for_the_fast_call_path) {
    CodeObj *f = first_function(compile("def f(a, b):\n    return a\n"));
    cr_assert(f->flags & CO_SIMPLE);
    CodeObj *g = first_function(compile("def g(*a):\n    return a\n"));
    cr_assert_not(g->flags & CO_SIMPLE);
    cr_assert(g->flags & CO_VARARGS);
}

Test(codegen, generator_expressions_compile_to_generators) {
    CodeObj *co = compile("sum(x for x in [1])\n");
    CodeObj *g = first_function(co);
    cr_assert(g->flags & CO_GENERATOR);
    cr_assert_eq(count_op(g, OP_YIELD_VALUE), 1);
}

static void expect_error(const char *src, const char *msg, int line) {
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    CodeObj *co = codegen_compile(src, strlen(src), "<test>", &err);
    cr_assert_null(co);
    cr_assert_str_eq(err.msg, msg);
    cr_assert_eq(err.line, line);
}

Test(codegen, reports_return_outside_function) {
    expect_error("x = 1\nreturn x\n", "'return' outside function", 2);
}

Test(codegen, reports_break_outside_loop) {
    expect_error("break\n", "'break' outside loop", 1);
}

Test(codegen, reports_nonlocal_without_binding_at_the_declaration) {
    expect_error("def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2);
}
