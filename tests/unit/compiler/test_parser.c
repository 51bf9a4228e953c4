// Tests for compiler/parser.c (and the tree printer in compiler/ast.c).
// Expected trees and messages were produced by CPython 3.11 itself: the
// trees by walking `ast.parse` output into ast_dump's format, the messages
// by running `python3 x.py` and capturing stderr. They check spans,
// precedence, every statement form, and that syntax errors print exactly
// what python3 prints.
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/ast.h"
#include "compiler/parser.h"

// The tree for src as ast_dump writes it, or the formatted error.
static char *dump_len(const char *src, size_t len) {
    AstArena *arena = ast_arena_new();
    SyntaxErrorInfo err;
    Node *m = parser_parse_module(arena, src, len, &err);
    char *out;
    if (m) {
        size_t n;
        FILE *f = open_memstream(&out, &n);
        ast_dump(m, f);
        fclose(f);
    } else {
        out = parser_format_syntax_error(&err, src, len, "x.py");
    }
    ast_arena_free(arena);
    return out;
}

static void check_dump(const char *src, const char *expected) {
    char *got = dump_len(src, strlen(src));
    cr_expect_str_eq(got, expected, "source:\n%s", src);
    free(got);
}

// Parses src, which must fail, and compares the printed error.
static SyntaxErrorInfo check_error_len(const char *src, size_t len, const char *expected) {
    AstArena *arena = ast_arena_new();
    SyntaxErrorInfo err;
    Node *m = parser_parse_module(arena, src, len, &err);
    cr_expect_null(m, "source parsed but should not:\n%s", src);
    char *got = parser_format_syntax_error(&err, src, len, "x.py");
    cr_expect_str_eq(got, expected, "source:\n%s", src);
    free(got);
    ast_arena_free(arena);
    return err;
}

static SyntaxErrorInfo check_error(const char *src, const char *expected) {
    return check_error_len(src, strlen(src), expected);
}

// ---- trees ------------------------------------------------------------------

Test(parser, binds_power_tighter_than_unary_minus) {
    check_dump("-2**2\n",
               "(Module [(Expr@1:0-1:5 (UnaryOp@1:0-1:5 USub (BinOp@1:1-1:5 (Int@1:1-1:2 2) Pow "
               "(Int@1:4-1:5 2))))])");
}

Test(parser, binds_not_looser_than_comparison) {
    check_dump(
        "not a == b\n",
        "(Module [(Expr@1:0-1:10 (UnaryOp@1:0-1:10 Not (Compare@1:4-1:10 (Name@1:4-1:5 a) Eq "
        "(Name@1:9-1:10 b))))])");
}

Test(parser, keeps_a_comparison_chain_in_one_node) {
    check_dump("a < b <= c != d\n",
               "(Module [(Expr@1:0-1:15 (Compare@1:0-1:15 (Name@1:0-1:1 a) Lt (Name@1:4-1:5 b) LtE "
               "(Name@1:9-1:10 c) NotEq (Name@1:14-1:15 d)))])");
}

Test(parser, reads_not_in_and_is_not_as_single_operators) {
    check_dump(
        "x not in y is not z\n",
        "(Module [(Expr@1:0-1:19 (Compare@1:0-1:19 (Name@1:0-1:1 x) NotIn (Name@1:9-1:10 y) IsNot "
        "(Name@1:18-1:19 z)))])");
}

Test(parser, leaves_parentheses_out_of_the_inner_span_only) {
    check_dump(
        "(a + b) * c\n",
        "(Module [(Expr@1:0-1:11 (BinOp@1:0-1:11 (BinOp@1:1-1:6 (Name@1:1-1:2 a) Add (Name@1:5-1:6 "
        "b)) Mult (Name@1:10-1:11 c)))])");
}

Test(parser, makes_binary_operators_left_associative) {
    check_dump(
        "a - b - c // d % e\n",
        "(Module [(Expr@1:0-1:18 (BinOp@1:0-1:18 (BinOp@1:0-1:5 (Name@1:0-1:1 a) Sub (Name@1:4-1:5 "
        "b)) Sub (BinOp@1:8-1:18 (BinOp@1:8-1:14 (Name@1:8-1:9 c) FloorDiv (Name@1:13-1:14 d)) Mod "
        "(Name@1:17-1:18 e))))])");
}

Test(parser, makes_power_right_associative) {
    check_dump("a ** b ** -c\n", "(Module [(Expr@1:0-1:12 (BinOp@1:0-1:12 (Name@1:0-1:1 a) Pow "
                                 "(BinOp@1:5-1:12 (Name@1:5-1:6 "
                                 "b) Pow (UnaryOp@1:10-1:12 USub (Name@1:11-1:12 c)))))])");
}

Test(parser, orders_bitwise_operators_by_precedence) {
    check_dump("a | b ^ c & d << e + f @ g\n",
               "(Module [(Expr@1:0-1:26 (BinOp@1:0-1:26 (Name@1:0-1:1 a) BitOr (BinOp@1:4-1:26 "
               "(Name@1:4-1:5 b) BitXor (BinOp@1:8-1:26 (Name@1:8-1:9 c) BitAnd (BinOp@1:12-1:26 "
               "(Name@1:12-1:13 d) LShift (BinOp@1:17-1:26 (Name@1:17-1:18 e) Add (BinOp@1:21-1:26 "
               "(Name@1:21-1:22 f) MatMult (Name@1:25-1:26 g))))))))])");
}

Test(parser, flattens_boolean_operators_of_one_kind) {
    check_dump(
        "a or b or c and d and e\n",
        "(Module [(Expr@1:0-1:23 (BoolOp@1:0-1:23 Or [(Name@1:0-1:1 a) (Name@1:5-1:6 b) "
        "(BoolOp@1:10-1:23 And [(Name@1:10-1:11 c) (Name@1:16-1:17 d) (Name@1:22-1:23 e)])]))])");
}

Test(parser, spans_calls_attributes_and_subscripts) {
    check_dump(
        "obj.method(1, *rest, key=2, **extra)[0].attr\n",
        "(Module [(Expr@1:0-1:44 (Attribute@1:0-1:44 (Subscript@1:0-1:39 (Call@1:0-1:36 "
        "(Attribute@1:0-1:10 (Name@1:0-1:3 obj) method) [(Int@1:11-1:12 1) (Starred@1:14-1:19 "
        "(Name@1:15-1:19 rest))] [(keyword@1:21-1:26 key (Int@1:25-1:26 2)) (keyword@1:28-1:35 - "
        "(Name@1:30-1:35 extra))]) (Int@1:37-1:38 0)) attr))])");
}

Test(parser, reads_slices_with_steps_and_tuples_of_slices) {
    check_dump(
        "m[1:2, ::3, :]\n"
        "m[a:b:c]\n",
        "(Module [(Expr@1:0-1:14 (Subscript@1:0-1:14 (Name@1:0-1:1 m) (Tuple@1:2-1:13 "
        "[(Slice@1:2-1:5 (Int@1:2-1:3 1) (Int@1:4-1:5 2) -) (Slice@1:7-1:10 - - (Int@1:9-1:10 3)) "
        "(Slice@1:12-1:13 - - -)]))) (Expr@2:0-2:8 (Subscript@2:0-2:8 (Name@2:0-2:1 m) "
        "(Slice@2:2-2:7 (Name@2:2-2:3 a) (Name@2:4-2:5 b) (Name@2:6-2:7 c))))])");
}

Test(parser, reads_a_conditional_expression) {
    check_dump("x = a if cond else b\n",
               "(Module [(Assign@1:0-1:20 [(Name@1:0-1:1 x)] (IfExp@1:4-1:20 (Name@1:9-1:13 cond) "
               "(Name@1:4-1:5 a) (Name@1:19-1:20 b)))])");
}

Test(parser, reads_lambda_with_defaults_and_star_args) {
    check_dump("f = lambda a, b=2, *args, c, d=4, **kw: a\n",
               "(Module [(Assign@1:0-1:41 [(Name@1:0-1:1 f)] (Lambda@1:4-1:41 (arguments "
               "(arg@1:11-1:12 a) "
               "(arg@1:14-1:15 b (Int@1:16-1:17 2)) *args (arg@1:26-1:27 c) (arg@1:29-1:30 d "
               "(Int@1:31-1:32 4)) **kw) (Name@1:40-1:41 a)))])");
}

Test(parser, reads_chained_assignment_as_one_node) {
    check_dump("a = b = c = 1\n",
               "(Module [(Assign@1:0-1:13 [(Name@1:0-1:1 a) (Name@1:4-1:5 b) (Name@1:8-1:9 c)] "
               "(Int@1:12-1:13 1))])");
}

Test(parser, reads_starred_assignment_targets) {
    check_dump(
        "a, *rest = [1, 2, 3]\n"
        "(x, y), z = pair\n",
        "(Module [(Assign@1:0-1:20 [(Tuple@1:0-1:8 [(Name@1:0-1:1 a) (Starred@1:3-1:8 "
        "(Name@1:4-1:8 "
        "rest))])] (List@1:11-1:20 [(Int@1:12-1:13 1) (Int@1:15-1:16 2) (Int@1:18-1:19 3)])) "
        "(Assign@2:0-2:16 [(Tuple@2:0-2:9 [(Tuple@2:0-2:6 [(Name@2:1-2:2 x) (Name@2:4-2:5 y)]) "
        "(Name@2:8-2:9 z)])] (Name@2:12-2:16 pair))])");
}

Test(parser, reads_every_augmented_assignment) {
    check_dump(
        "a += 1\n"
        "b -= 1\n"
        "c *= 1\n"
        "d /= 1\n"
        "e //= 1\n"
        "f %= 1\n"
        "g **= 1\n"
        "h &= 1\n"
        "i |= 1\n"
        "j ^= 1\n"
        "k <<= 1\n"
        "l >>= 1\n",
        "(Module [(AugAssign@1:0-1:6 (Name@1:0-1:1 a) Add (Int@1:5-1:6 1)) (AugAssign@2:0-2:6 "
        "(Name@2:0-2:1 b) Sub (Int@2:5-2:6 1)) (AugAssign@3:0-3:6 (Name@3:0-3:1 c) Mult "
        "(Int@3:5-3:6 1)) (AugAssign@4:0-4:6 (Name@4:0-4:1 d) Div (Int@4:5-4:6 1)) "
        "(AugAssign@5:0-5:7 (Name@5:0-5:1 e) FloorDiv (Int@5:6-5:7 1)) (AugAssign@6:0-6:6 "
        "(Name@6:0-6:1 f) Mod (Int@6:5-6:6 1)) (AugAssign@7:0-7:7 (Name@7:0-7:1 g) Pow "
        "(Int@7:6-7:7 "
        "1)) (AugAssign@8:0-8:6 (Name@8:0-8:1 h) BitAnd (Int@8:5-8:6 1)) (AugAssign@9:0-9:6 "
        "(Name@9:0-9:1 i) BitOr (Int@9:5-9:6 1)) (AugAssign@10:0-10:6 (Name@10:0-10:1 j) BitXor "
        "(Int@10:5-10:6 1)) (AugAssign@11:0-11:7 (Name@11:0-11:1 k) LShift (Int@11:6-11:7 1)) "
        "(AugAssign@12:0-12:7 (Name@12:0-12:1 l) RShift (Int@12:6-12:7 1))])");
}

Test(parser, nests_elif_as_an_if_in_orelse) {
    check_dump(
        "if a:\n"
        "    x = 1\n"
        "elif b:\n"
        "    x = 2\n"
        "else:\n"
        "    x = 3\n",
        "(Module [(If@1:0-6:9 (Name@1:3-1:4 a) [(Assign@2:4-2:9 [(Name@2:4-2:5 x)] (Int@2:8-2:9 "
        "1))] [(If@3:0-6:9 (Name@3:5-3:6 b) [(Assign@4:4-4:9 [(Name@4:4-4:5 x)] (Int@4:8-4:9 2))] "
        "[(Assign@6:4-6:9 [(Name@6:4-6:5 x)] (Int@6:8-6:9 3))])])])");
}

Test(parser, reads_while_and_for_with_else) {
    check_dump(
        "while x:\n"
        "    break\n"
        "else:\n"
        "    pass\n"
        "for i, j in pairs:\n"
        "    continue\n"
        "else:\n"
        "    pass\n",
        "(Module [(While@1:0-4:8 (Name@1:6-1:7 x) [(Break@2:4-2:9)] [(Pass@4:4-4:8)]) (For@5:0-8:8 "
        "(Tuple@5:4-5:8 [(Name@5:4-5:5 i) (Name@5:7-5:8 j)]) (Name@5:12-5:17 pairs) "
        "[(Continue@6:4-6:12)] [(Pass@8:4-8:8)])])");
}

Test(parser, reads_a_def_with_every_kind_of_parameter) {
    check_dump(
        "def f(a, b=1, *args, c, d=2, **kw):\n"
        "    return a\n",
        "(Module [(FunctionDef@1:0-2:12 f (arguments (arg@1:6-1:7 a) (arg@1:9-1:10 b "
        "(Int@1:11-1:12 "
        "1)) *args (arg@1:21-1:22 c) (arg@1:24-1:25 d (Int@1:26-1:27 2)) **kw) [(Return@2:4-2:12 "
        "(Name@2:11-2:12 a))] [])])");
}

Test(parser, reads_keyword_only_parameters_after_a_bare_star) {
    check_dump("def f(a, *, b):\n"
               "    pass\n",
               "(Module [(FunctionDef@1:0-2:8 f (arguments (arg@1:6-1:7 a) * (arg@1:12-1:13 b)) "
               "[(Pass@2:4-2:8)] [])])");
}

Test(parser, drops_parameter_and_return_annotations) {
    check_dump("def f(x: int, y: str = 'a') -> bool:\n"
               "    pass\n",
               "(Module [(FunctionDef@1:0-2:8 f (arguments (arg@1:6-1:12 x) (arg@1:14-1:20 y "
               "(Str@1:23-1:26 \"a\"))) [(Pass@2:4-2:8)] [])])");
}

Test(parser, reads_decorators_on_def_and_class) {
    check_dump("@dec\n"
               "@mod.dec(1)\n"
               "def f():\n"
               "    pass\n"
               "\n"
               "@dec\n"
               "class C:\n"
               "    pass\n",
               "(Module [(FunctionDef@3:0-4:8 f (arguments) [(Pass@4:4-4:8)] [(Name@1:1-1:4 dec) "
               "(Call@2:1-2:11 (Attribute@2:1-2:8 (Name@2:1-2:4 mod) dec) [(Int@2:9-2:10 1)] [])]) "
               "(ClassDef@7:0-8:8 C [] [] [(Pass@8:4-8:8)] [(Name@6:1-6:4 dec)])])");
}

Test(parser, reads_class_bases_and_keywords) {
    check_dump(
        "class C(Base, object, metaclass=Meta):\n"
        "    x = 1\n"
        "    def m(self):\n"
        "        return self.x\n",
        "(Module [(ClassDef@1:0-4:21 C [(Name@1:8-1:12 Base) (Name@1:14-1:20 object)] "
        "[(keyword@1:22-1:36 metaclass (Name@1:32-1:36 Meta))] [(Assign@2:4-2:9 [(Name@2:4-2:5 x)] "
        "(Int@2:8-2:9 1)) (FunctionDef@3:4-4:21 m (arguments (arg@3:10-3:14 self)) "
        "[(Return@4:8-4:21 (Attribute@4:15-4:21 (Name@4:15-4:19 self) x))] [])] [])])");
}

Test(parser, reads_try_with_handlers_else_and_finally) {
    check_dump(
        "try:\n"
        "    f()\n"
        "except ValueError:\n"
        "    pass\n"
        "except (A, B) as e:\n"
        "    raise\n"
        "except:\n"
        "    pass\n"
        "else:\n"
        "    g()\n"
        "finally:\n"
        "    h()\n",
        "(Module [(Try@1:0-12:7 [(Expr@2:4-2:7 (Call@2:4-2:7 (Name@2:4-2:5 f) [] []))] "
        "[(ExceptHandler@3:0-4:8 (Name@3:7-3:17 ValueError) - [(Pass@4:4-4:8)]) "
        "(ExceptHandler@5:0-6:9 (Tuple@5:7-5:13 [(Name@5:8-5:9 A) (Name@5:11-5:12 B)]) e "
        "[(Raise@6:4-6:9 - -)]) (ExceptHandler@7:0-8:8 - - [(Pass@8:4-8:8)])] [(Expr@10:4-10:7 "
        "(Call@10:4-10:7 (Name@10:4-10:5 g) [] []))] [(Expr@12:4-12:7 (Call@12:4-12:7 "
        "(Name@12:4-12:5 h) [] []))])])");
}

Test(parser, reads_with_several_items) {
    check_dump(
        "with open(a) as f, lock, open(b) as (x, y):\n"
        "    pass\n",
        "(Module [(With@1:0-2:8 [(withitem (Call@1:5-1:12 (Name@1:5-1:9 open) [(Name@1:10-1:11 a)] "
        "[]) (Name@1:16-1:17 f)) (withitem (Name@1:19-1:23 lock) -) (withitem (Call@1:25-1:32 "
        "(Name@1:25-1:29 open) [(Name@1:30-1:31 b)] []) (Tuple@1:36-1:42 [(Name@1:37-1:38 x) "
        "(Name@1:40-1:41 y)]))] [(Pass@2:4-2:8)])])");
}

Test(parser, reads_a_parenthesized_with) {
    check_dump(
        "with (open(a) as f, open(b) as g):\n"
        "    pass\n",
        "(Module [(With@1:0-2:8 [(withitem (Call@1:6-1:13 (Name@1:6-1:10 open) [(Name@1:11-1:12 "
        "a)] "
        "[]) (Name@1:17-1:18 f)) (withitem (Call@1:20-1:27 (Name@1:20-1:24 open) [(Name@1:25-1:26 "
        "b)] []) (Name@1:31-1:32 g))] [(Pass@2:4-2:8)])])");
}

Test(parser, reads_import_forms) {
    check_dump(
        "import os\n"
        "import a.b.c as d, sys\n"
        "from m import x as y, z\n"
        "from p.q import (r,\n"
        "    s,)\n",
        "(Module [(Import@1:0-1:9 [(alias@1:7-1:9 os -)]) (Import@2:0-2:22 [(alias@2:7-2:17 a.b.c "
        "d) (alias@2:19-2:22 sys -)]) (ImportFrom@3:0-3:23 m [(alias@3:14-3:20 x y) "
        "(alias@3:22-3:23 z -)]) (ImportFrom@4:0-5:7 p.q [(alias@4:17-4:18 r -) (alias@5:4-5:5 s "
        "-)])])");
}

Test(parser, reads_global_nonlocal_del_assert_and_raise) {
    check_dump(
        "def f():\n"
        "    global a, b\n"
        "    def g():\n"
        "        nonlocal c\n"
        "    del a, b[0], c.d\n"
        "    assert x, 'msg'\n"
        "    raise E from cause\n",
        "(Module [(FunctionDef@1:0-7:22 f (arguments) [(Global@2:4-2:15 a b) (FunctionDef@3:4-4:18 "
        "g (arguments) [(Nonlocal@4:8-4:18 c)] []) (Delete@5:4-5:20 [(Name@5:8-5:9 a) "
        "(Subscript@5:11-5:15 (Name@5:11-5:12 b) (Int@5:13-5:14 0)) (Attribute@5:17-5:20 "
        "(Name@5:17-5:18 c) d)]) (Assert@6:4-6:19 (Name@6:11-6:12 x) (Str@6:14-6:19 \"msg\")) "
        "(Raise@7:4-7:22 (Name@7:10-7:11 E) (Name@7:17-7:22 cause))] [])])");
}

Test(parser, reads_return_pass_and_expression_statements) {
    check_dump(
        "def f():\n"
        "    pass\n"
        "    return 1, 2\n"
        "    return\n",
        "(Module [(FunctionDef@1:0-4:10 f (arguments) [(Pass@2:4-2:8) (Return@3:4-3:15 "
        "(Tuple@3:11-3:15 [(Int@3:11-3:12 1) (Int@3:14-3:15 2)])) (Return@4:4-4:10 -)] [])])");
}

Test(parser, reads_comprehensions_of_every_kind) {
    check_dump(
        "[x for x in y if x if z]\n"
        "{x for x in y}\n"
        "{k: v for k, v in d.items()}\n"
        "sum(x for x in y)\n"
        "(a for b in c for d in e)\n",
        "(Module [(Expr@1:0-1:24 (ListComp@1:0-1:24 (Name@1:1-1:2 x) [(comprehension (Name@1:7-1:8 "
        "x) (Name@1:12-1:13 y) [(Name@1:17-1:18 x) (Name@1:22-1:23 z)])])) (Expr@2:0-2:14 "
        "(SetComp@2:0-2:14 (Name@2:1-2:2 x) [(comprehension (Name@2:7-2:8 x) (Name@2:12-2:13 y) "
        "[])])) (Expr@3:0-3:28 (DictComp@3:0-3:28 (Name@3:1-3:2 k) (Name@3:4-3:5 v) "
        "[(comprehension "
        "(Tuple@3:10-3:14 [(Name@3:10-3:11 k) (Name@3:13-3:14 v)]) (Call@3:18-3:27 "
        "(Attribute@3:18-3:25 (Name@3:18-3:19 d) items) [] []) [])])) (Expr@4:0-4:17 "
        "(Call@4:0-4:17 "
        "(Name@4:0-4:3 sum) [(GeneratorExp@4:3-4:17 (Name@4:4-4:5 x) [(comprehension "
        "(Name@4:10-4:11 x) (Name@4:15-4:16 y) [])])] [])) (Expr@5:0-5:25 (GeneratorExp@5:0-5:25 "
        "(Name@5:1-5:2 a) [(comprehension (Name@5:7-5:8 b) (Name@5:12-5:13 c) []) (comprehension "
        "(Name@5:18-5:19 d) (Name@5:23-5:24 e) [])]))])");
}

Test(parser, reads_dict_and_set_displays) {
    check_dump(
        "{}\n"
        "{1: 2, **d, 3: 4}\n"
        "{1, *s}\n"
        "[*a, *b]\n"
        "()\n"
        "(1,)\n",
        "(Module [(Expr@1:0-1:2 (Dict@1:0-1:2 [])) (Expr@2:0-2:17 (Dict@2:0-2:17 [(Int@2:1-2:2 1) "
        "(Int@2:4-2:5 2) - (Name@2:9-2:10 d) (Int@2:12-2:13 3) (Int@2:15-2:16 4)])) (Expr@3:0-3:7 "
        "(Set@3:0-3:7 [(Int@3:1-3:2 1) (Starred@3:4-3:6 (Name@3:5-3:6 s))])) (Expr@4:0-4:8 "
        "(List@4:0-4:8 [(Starred@4:1-4:3 (Name@4:2-4:3 a)) (Starred@4:5-4:7 (Name@4:6-4:7 b))])) "
        "(Expr@5:0-5:2 (Tuple@5:0-5:2 [])) (Expr@6:0-6:4 (Tuple@6:0-6:4 [(Int@6:1-6:2 1)]))])");
}

Test(parser, concatenates_adjacent_string_literals) {
    check_dump("x = 'a' \"b\" '''c''' r'\\d'\n",
               "(Module [(Assign@1:0-1:25 [(Name@1:0-1:1 x)] (Str@1:4-1:25 \"abc\\\\d\"))])");
}

Test(parser, decodes_escapes_in_strings) {
    check_dump("x = '\\n\\t\\\\\\'\\x41\\u00e9\\U0001F600\\101\\z'\n",
               "(Module [(Assign@1:0-1:40 [(Name@1:0-1:1 x)] (Str@1:4-1:40 "
               "\"\\n\\x09\\\\'Aé😀A\\\\z\"))])");
}

Test(parser, builds_fstring_parts) {
    check_dump(
        "f'a{b!r}c{d:>{w}}e{{}}{g=}'\n",
        "(Module [(Expr@1:0-1:27 (JoinedStr@1:0-1:27 [(Str@1:0-1:27 \"a\") "
        "(FormattedValue@1:0-1:27 r "
        "(Name@1:4-1:5 b) -) (Str@1:0-1:27 \"c\") (FormattedValue@1:0-1:27 - (Name@1:10-1:11 d) "
        "(JoinedStr@1:0-1:27 [(Str@1:0-1:27 \">\") (FormattedValue@1:0-1:27 - (Name@1:14-1:15 w) "
        "-)])) (Str@1:0-1:27 \"e{}g=\") (FormattedValue@1:0-1:27 r (Name@1:23-1:24 g) -)]))])");
}

Test(parser, mixes_plain_strings_into_an_fstring) {
    check_dump("'x' f'{y}' 'z'\n", "(Module [(Expr@1:0-1:14 (JoinedStr@1:0-1:14 [(Str@1:0-1:14 "
                                   "\"x\") (FormattedValue@1:0-1:14 - "
                                   "(Name@1:7-1:8 y) -) (Str@1:0-1:14 \"z\")]))])");
}

Test(parser, reads_bytes_literals) {
    check_dump("b'a\\x00\\xff' rb'\\n'\n", "(Module [(Expr@1:0-1:19 (Bytes@1:0-1:19 \"a\\x00\xff"
                                           "\\\\n\"))])");
}

Test(parser, reads_numbers_in_every_base) {
    check_dump(
        "x = 0x_ff + 0o17 + 0b1_01 + 1_000 + 1.5e3 + .5 + 5. + 1_0.2_5\n",
        "(Module [(Assign@1:0-1:61 [(Name@1:0-1:1 x)] (BinOp@1:4-1:61 (BinOp@1:4-1:51 "
        "(BinOp@1:4-1:46 (BinOp@1:4-1:41 (BinOp@1:4-1:33 (BinOp@1:4-1:25 (BinOp@1:4-1:16 "
        "(Int@1:4-1:9 255) Add (Int@1:12-1:16 15)) Add (Int@1:19-1:25 5)) Add (Int@1:28-1:33 "
        "1000)) "
        "Add (Float@1:36-1:41 1500)) Add (Float@1:44-1:46 0.5)) Add (Float@1:49-1:51 5)) Add "
        "(Float@1:54-1:61 10.25)))])");
}

Test(parser, keeps_the_digits_of_a_big_int) {
    check_dump("x = 123456789012345678901234567890 + 0xFFFF_FFFF_FFFF_FFFF_F\n",
               "(Module [(Assign@1:0-1:60 [(Name@1:0-1:1 x)] (BinOp@1:4-1:60 (Int@1:4-1:34 big "
               "123456789012345678901234567890) Add (Int@1:37-1:60 big 0xFFFFFFFFFFFFFFFFF)))])");
}

Test(parser, reads_keywords_constants_and_ellipsis) {
    check_dump(
        "x = None, True, False, ...\n",
        "(Module [(Assign@1:0-1:26 [(Name@1:0-1:1 x)] (Tuple@1:4-1:26 [(Constant@1:4-1:8 None) "
        "(Constant@1:10-1:14 True) (Constant@1:16-1:21 False) (Constant@1:23-1:26 Ellipsis)]))])");
}

Test(parser, reads_semicolon_separated_statements) {
    check_dump(
        "a = 1; b = 2;\n"
        "if a: b = 3; c = 4\n",
        "(Module [(Assign@1:0-1:5 [(Name@1:0-1:1 a)] (Int@1:4-1:5 1)) (Assign@1:7-1:12 "
        "[(Name@1:7-1:8 b)] (Int@1:11-1:12 2)) (If@2:0-2:18 (Name@2:3-2:4 a) [(Assign@2:6-2:11 "
        "[(Name@2:6-2:7 b)] (Int@2:10-2:11 3)) (Assign@2:13-2:18 [(Name@2:13-2:14 c)] "
        "(Int@2:17-2:18 4))] [])])");
}

Test(parser, measures_columns_in_bytes) {
    check_dump(
        "s = 'été' + x\n",
        "(Module [(Assign@1:0-1:15 [(Name@1:0-1:1 s)] (BinOp@1:4-1:15 (Str@1:4-1:11 \"été\") Add "
        "(Name@1:14-1:15 x)))])");
}

Test(parser, accepts_crlf_and_a_missing_final_newline) {
    check_dump(
        "if x:\r\n"
        "    y = 1\r\n"
        "z = 2",
        "(Module [(If@1:0-2:9 (Name@1:3-1:4 x) [(Assign@2:4-2:9 [(Name@2:4-2:5 y)] (Int@2:8-2:9 "
        "1))] []) (Assign@3:0-3:5 [(Name@3:0-3:1 z)] (Int@3:4-3:5 2))])");
}

Test(parser, joins_lines_inside_brackets_and_after_backslashes) {
    check_dump(
        "x = (1 +\n"
        "     2)\n"
        "y = 3 + \\\n"
        "    4\n",
        "(Module [(Assign@1:0-2:7 [(Name@1:0-1:1 x)] (BinOp@1:5-2:6 (Int@1:5-1:6 1) Add "
        "(Int@2:5-2:6 2))) (Assign@3:0-4:5 [(Name@3:0-3:1 y)] (BinOp@3:4-4:5 (Int@3:4-3:5 3) Add "
        "(Int@4:4-4:5 4)))])");
}

Test(parser, reads_an_empty_file) {
    check_dump("", "(Module [])");
    check_dump("\n\n# only a comment\n", "(Module [])");
}

Test(parser, parses_a_lone_expression_with_spans_relative_to_it) {
    AstArena *arena = ast_arena_new();
    SyntaxErrorInfo err;
    const char *src = "  a[i] +\n f(x)  ";
    Node *e = parser_parse_expression(arena, src, strlen(src), &err);
    cr_assert_not_null(e);
    char *out;
    size_t n;
    FILE *f = open_memstream(&out, &n);
    ast_dump(e, f);
    fclose(f);
    cr_expect_str_eq(out,
                     "(BinOp@1:2-2:5 (Subscript@1:2-1:6 (Name@1:2-1:3 a) (Name@1:4-1:5 i)) Add "
                     "(Call@2:1-2:5 (Name@2:1-2:2 f) [(Name@2:3-2:4 x)] []))");
    free(out);
    ast_arena_free(arena);
}

Test(parser, rejects_what_is_not_one_expression) {
    AstArena *arena = ast_arena_new();
    SyntaxErrorInfo err;
    cr_expect_null(parser_parse_expression(arena, "a b", 3, &err));
    cr_expect_str_eq(err.type, "SyntaxError");
    cr_expect_null(parser_parse_expression(arena, "(a", 2, &err));
    cr_expect_str_eq(err.msg, "'(' was never closed");
    cr_expect_null(parser_parse_expression(arena, "", 0, &err));
    cr_expect_null(parser_parse_expression(arena, "x = 1", 5, &err));
    ast_arena_free(arena);
}

Test(parser, fills_in_the_error_record_like_cpython) {
    SyntaxErrorInfo e =
        check_error("if x:\npass\n", "  File \"x.py\", line 2\n"
                                     "    pass\n"
                                     "    ^\n"
                                     "IndentationError: expected an indented block after 'if' "
                                     "statement on line 1\n");
    cr_expect_str_eq(e.type, "IndentationError");
    cr_expect_eq(e.line, 2);
    cr_expect_eq(e.offset, 1);
    cr_expect_eq(e.end_line, 2);
    cr_expect_eq(e.end_offset, 5);
}

Test(parser, names_every_statement_that_needs_a_block) {
    static const char *const heads[][2] = {
        {"for x in y:", "'for' statement"},
        {"while x:", "'while' statement"},
        {"def f():", "function definition"},
        {"class C:", "class definition"},
        {"try:", "'try' statement"},
        {"with a:", "'with' statement"},
        {"if x:\n    pass\nelse:", "'else' statement"},
        {"if x:\n    pass\nelif y:", "'elif' statement"},
        {"try:\n    pass\nexcept E:", "'except' statement"},
        {"try:\n    pass\nfinally:", "'finally' statement"},
    };
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) {
        char src[128];
        snprintf(src, sizeof src, "%s\nx = 1\n", heads[i][0]);
        AstArena *arena = ast_arena_new();
        SyntaxErrorInfo err;
        cr_expect_null(parser_parse_module(arena, src, strlen(src), &err));
        int header_line = 1;
        for (const char *p = heads[i][0]; *p; p++) {
            header_line += *p == '\n';
        }
        char want[128];
        snprintf(want, sizeof want, "expected an indented block after %s on line %d", heads[i][1],
                 header_line);
        cr_expect_str_eq(err.type, "IndentationError");
        cr_expect_str_eq(err.msg, want);
        ast_arena_free(arena);
    }
}

// ---- syntax errors ------------------------------------------------------------

Test(syntax_errors, reports_a_missing_colon) {
    check_error("if x == 1\n"
                "    pass\n",
                "  File \"x.py\", line 1\n"
                "    if x == 1\n"
                "             ^\n"
                "SyntaxError: expected ':'\n");
}

Test(syntax_errors, reports_a_missing_colon_after_def) {
    check_error("def f(a, b)\n"
                "    return a\n",
                "  File \"x.py\", line 1\n"
                "    def f(a, b)\n"
                "               ^\n"
                "SyntaxError: expected ':'\n");
}

Test(syntax_errors, reports_a_bracket_never_closed) {
    check_error("values = [1, 2,\n"
                "          3\n"
                "print(values)\n",
                "  File \"x.py\", line 1\n"
                "    values = [1, 2,\n"
                "             ^\n"
                "SyntaxError: '[' was never closed\n");
}

Test(syntax_errors, reports_mismatched_brackets) {
    check_error("x = (1, 2]\n",
                "  File \"x.py\", line 1\n"
                "    x = (1, 2]\n"
                "             ^\n"
                "SyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n");
}

Test(syntax_errors, reports_mismatched_brackets_across_lines) {
    check_error(
        "x = {\n"
        "    'a': 1)\n",
        "  File \"x.py\", line 2\n"
        "    'a': 1)\n"
        "          ^\n"
        "SyntaxError: closing parenthesis ')' does not match opening parenthesis '{' on line 1\n");
}

Test(syntax_errors, reports_an_unmatched_closer) {
    check_error("print('hi'))\n", "  File \"x.py\", line 1\n"
                                  "    print('hi'))\n"
                                  "               ^\n"
                                  "SyntaxError: unmatched ')'\n");
}

Test(syntax_errors, reports_an_unterminated_string) {
    check_error("name = 'alice\n"
                "print(name)\n",
                "  File \"x.py\", line 1\n"
                "    name = 'alice\n"
                "           ^\n"
                "SyntaxError: unterminated string literal (detected at line 1)\n");
}

Test(syntax_errors, reports_an_unterminated_triple_quoted_string) {
    check_error("x = 1\n"
                "doc = \"\"\"never\n"
                "ends\n",
                "  File \"x.py\", line 2\n"
                "    doc = \"\"\"never\n"
                "          ^\n"
                "SyntaxError: unterminated triple-quoted string literal (detected at line 3)\n");
}

Test(syntax_errors, reports_a_missing_indented_block_after_if) {
    check_error("if ready:\n"
                "print('go')\n",
                "  File \"x.py\", line 2\n"
                "    print('go')\n"
                "    ^\n"
                "IndentationError: expected an indented block after 'if' statement on line 1\n");
}

Test(syntax_errors, reports_a_missing_indented_block_after_def_at_end_of_file) {
    check_error(
        "def f():\n",
        "  File \"x.py\", line 1\n"
        "    def f():\n"
        "IndentationError: expected an indented block after function definition on line 1\n");
}

Test(syntax_errors, reports_a_missing_indented_block_after_class) {
    check_error("class A:\n"
                "\n"
                "x = 1\n",
                "  File \"x.py\", line 3\n"
                "    x = 1\n"
                "    ^\n"
                "IndentationError: expected an indented block after class definition on line 1\n");
}

Test(syntax_errors, reports_an_unexpected_indent) {
    check_error("x = 1\n"
                "    y = 2\n",
                "  File \"x.py\", line 2\n"
                "    y = 2\n"
                "IndentationError: unexpected indent\n");
}

Test(syntax_errors, reports_an_unindent_matching_no_outer_level) {
    check_error("if x:\n"
                "        a = 1\n"
                "    b = 2\n",
                "  File \"x.py\", line 3\n"
                "    b = 2\n"
                "         ^\n"
                "IndentationError: unindent does not match any outer indentation level\n");
}

Test(syntax_errors, reports_inconsistent_tabs_and_spaces) {
    check_error("if x:\n"
                "\ta = 1\n"
                "        b = 2\n",
                "  File \"x.py\", line 3\n"
                "    b = 2\n"
                "TabError: inconsistent use of tabs and spaces in indentation\n");
}

Test(syntax_errors, reports_an_invalid_character) {
    check_error("price = 5€\n", "  File \"x.py\", line 1\n"
                                "    price = 5€\n"
                                "             ^\n"
                                "SyntaxError: invalid character '€' (U+20AC)\n");
}

Test(syntax_errors, reports_a_non_printable_character) {
    check_error("x = 1 + 2\n", "  File \"x.py\", line 1\n"
                               "    x = 1 + 2\n"
                               "         ^\n"
                               "SyntaxError: invalid non-printable character U+00A0\n");
}

Test(syntax_errors, reports_generic_invalid_syntax_at_the_furthest_token) {
    check_error("x = 1 +\n", "  File \"x.py\", line 1\n"
                             "    x = 1 +\n"
                             "           ^\n"
                             "SyntaxError: invalid syntax\n");
}

Test(syntax_errors, suggests_a_forgotten_comma_inside_brackets) {
    check_error("items = [1, 2 3]\n", "  File \"x.py\", line 1\n"
                                      "    items = [1, 2 3]\n"
                                      "                ^^^\n"
                                      "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
}

Test(syntax_errors, suggests_a_forgotten_comma_in_call_arguments) {
    check_error("f(a b)\n", "  File \"x.py\", line 1\n"
                            "    f(a b)\n"
                            "      ^^^\n"
                            "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
}

Test(syntax_errors, reports_assignment_to_a_literal_in_a_for_target) {
    check_error("for 1 in range(3):\n"
                "    pass\n",
                "  File \"x.py\", line 1\n"
                "    for 1 in range(3):\n"
                "        ^\n"
                "SyntaxError: cannot assign to literal\n");
}

Test(syntax_errors, suggests_equality_for_assignment_to_a_literal) {
    check_error(
        "1 = x\n",
        "  File \"x.py\", line 1\n"
        "    1 = x\n"
        "    ^\n"
        "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n");
}

Test(syntax_errors, suggests_equality_for_assignment_to_a_call) {
    check_error(
        "f() = 1\n",
        "  File \"x.py\", line 1\n"
        "    f() = 1\n"
        "    ^^^\n"
        "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n");
}

Test(syntax_errors, suggests_equality_in_an_if_condition) {
    check_error("if x = 1:\n"
                "    pass\n",
                "  File \"x.py\", line 1\n"
                "    if x = 1:\n"
                "       ^^^^^\n"
                "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n");
}

Test(syntax_errors, reports_an_invalid_decimal_literal) {
    check_error("x = 12abc\n", "  File \"x.py\", line 1\n"
                               "    x = 12abc\n"
                               "         ^\n"
                               "SyntaxError: invalid decimal literal\n");
}

Test(syntax_errors, reports_leading_zeros_in_an_int) {
    check_error("x = 007\n", "  File \"x.py\", line 1\n"
                             "    x = 007\n"
                             "        ^^\n"
                             "SyntaxError: leading zeros in decimal integer literals are not "
                             "permitted; use an 0o prefix for octal integers\n");
}

Test(syntax_errors, reports_mixed_bytes_and_str_literals) {
    check_error("x = 'a' b'b'\n", "  File \"x.py\", line 1\n"
                                  "    x = 'a' b'b'\n"
                                  "                ^\n"
                                  "SyntaxError: cannot mix bytes and nonbytes literals\n");
}

Test(syntax_errors, reports_non_ascii_bytes_literals) {
    check_error("x = b'café'\n", "  File \"x.py\", line 1\n"
                                 "    x = b'café'\n"
                                 "        ^^^^^^^^\n"
                                 "SyntaxError: bytes can only contain ASCII literal characters\n");
}

Test(syntax_errors, reports_python2_print) {
    check_error("print 'hello'\n",
                "  File \"x.py\", line 1\n"
                "    print 'hello'\n"
                "    ^^^^^^^^^^^^^\n"
                "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n");
}

Test(syntax_errors, reports_expected_else_in_conditional) {
    check_error("x = 1 if y\n", "  File \"x.py\", line 1\n"
                                "    x = 1 if y\n"
                                "        ^^^^^^\n"
                                "SyntaxError: expected 'else' after 'if' expression\n");
}

Test(syntax_errors, reports_positional_after_keyword_argument) {
    check_error("f(a=1, b)\n", "  File \"x.py\", line 1\n"
                               "    f(a=1, b)\n"
                               "            ^\n"
                               "SyntaxError: positional argument follows keyword argument\n");
}

Test(syntax_errors, reports_an_unparenthesized_generator_argument) {
    check_error("f(x for x in y, 1)\n",
                "  File \"x.py\", line 1\n"
                "    f(x for x in y, 1)\n"
                "      ^^^^^^^^^^^^\n"
                "SyntaxError: Generator expression must be parenthesized\n");
}

Test(syntax_errors, reports_a_non_default_argument_after_default) {
    check_error("def f(a=1, b):\n"
                "    pass\n",
                "  File \"x.py\", line 1\n"
                "    def f(a=1, b):\n"
                "               ^\n"
                "SyntaxError: non-default argument follows default argument\n");
}

Test(syntax_errors, reports_an_illegal_augmented_assignment_target) {
    check_error("a, b += 1\n",
                "  File \"x.py\", line 1\n"
                "    a, b += 1\n"
                "    ^^^^\n"
                "SyntaxError: 'tuple' is an illegal expression for augmented assignment\n");
}

Test(syntax_errors, reports_deleting_a_call) {
    check_error("del f()\n", "  File \"x.py\", line 1\n"
                             "    del f()\n"
                             "        ^^^\n"
                             "SyntaxError: cannot delete function call\n");
}

Test(syntax_errors, reports_an_fstring_missing_brace) {
    check_error("x = f'{a'\n", "  File \"x.py\", line 1\n"
                               "    x = f'{a'\n"
                               "             ^\n"
                               "SyntaxError: f-string: expecting '}'\n");
}

Test(syntax_errors, reports_an_fstring_single_closing_brace) {
    check_error("x = f'a}'\n", "  File \"x.py\", line 1\n"
                               "    x = f'a}'\n"
                               "             ^\n"
                               "SyntaxError: f-string: single '}' is not allowed\n");
}

Test(syntax_errors, prefers_a_later_tokenizer_error_over_a_parse_error) {
    check_error("x = (1 2)\n"
                "y = 'abc\n",
                "  File \"x.py\", line 2\n"
                "    y = 'abc\n"
                "        ^\n"
                "SyntaxError: unterminated string literal (detected at line 2)\n");
}

Test(syntax_errors, prefers_unexpected_indent_over_a_later_tokenizer_error) {
    check_error("x = 1\n"
                "  y = 2\n"
                "z = 'abc\n",
                "  File \"x.py\", line 2\n"
                "    y = 2\n"
                "IndentationError: unexpected indent\n");
}

Test(syntax_errors, prefers_a_parse_error_over_a_later_indentation_error) {
    check_error("x = (1 2)\n"
                "if x:\n"
                "    a\n"
                "  b\n",
                "  File \"x.py\", line 1\n"
                "    x = (1 2)\n"
                "         ^^^\n"
                "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
}

Test(syntax_errors, counts_carets_in_bytes_after_non_ascii_text) {
    check_error("é = f(a b)\n", "  File \"x.py\", line 1\n"
                                "    é = f(a b)\n"
                                "           ^^^\n"
                                "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
}

Test(syntax_errors, reports_a_backslash_followed_by_text) {
    check_error("x = 1 \\ 2\n",
                "  File \"x.py\", line 1\n"
                "    x = 1 \\ 2\n"
                "           ^\n"
                "SyntaxError: unexpected character after line continuation character\n");
}

Test(syntax_errors, reports_a_missing_except_or_finally) {
    check_error("try:\n"
                "    x = 1\n"
                "y = 2\n",
                "  File \"x.py\", line 3\n"
                "    y = 2\n"
                "    ^\n"
                "SyntaxError: expected 'except' or 'finally' block\n");
}

Test(syntax_errors, reports_multiple_exception_types_without_parentheses) {
    check_error("try:\n"
                "    pass\n"
                "except A, B:\n"
                "    pass\n",
                "  File \"x.py\", line 3\n"
                "    except A, B:\n"
                "           ^^^^\n"
                "SyntaxError: multiple exception types must be parenthesized\n");
}

Test(syntax_errors, shows_the_parenthesized_field_for_errors_inside_an_fstring) {
    check_error("x = 1\n"
                "y = f'abc {a b} def'\n",
                "  File \"x.py\", line 2\n"
                "    (a b)\n"
                "     ^^^\n"
                "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?\n");
}

Test(syntax_errors, reports_invalid_syntax_inside_an_fstring_field) {
    check_error("y = f'{a + }'\n", "  File \"x.py\", line 1\n"
                                   "    (a + )\n"
                                   "         ^\n"
                                   "SyntaxError: f-string: invalid syntax\n");
}

Test(syntax_errors, reports_a_bad_conversion_in_an_fstring) {
    check_error("y = f'{a!x}'\n",
                "  File \"x.py\", line 1\n"
                "    y = f'{a!x}'\n"
                "                ^\n"
                "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n");
}

Test(syntax_errors, reports_an_empty_fstring_field) {
    check_error("y = f'{}'\n", "  File \"x.py\", line 1\n"
                               "    y = f'{}'\n"
                               "             ^\n"
                               "SyntaxError: f-string: empty expression not allowed\n");
}

Test(syntax_errors, reports_positional_after_keyword_unpacking) {
    check_error("f(**k, a)\n",
                "  File \"x.py\", line 1\n"
                "    f(**k, a)\n"
                "            ^\n"
                "SyntaxError: positional argument follows keyword argument unpacking\n");
}

Test(syntax_errors, reports_a_trailing_comma_in_an_unparenthesized_import) {
    check_error("from m import a,\n",
                "  File \"x.py\", line 1\n"
                "    from m import a,\n"
                "                    ^\n"
                "SyntaxError: trailing comma not allowed without surrounding parentheses\n");
}

Test(syntax_errors, reports_a_dict_key_without_a_value) {
    check_error("d = {1: 2, 3}\n", "  File \"x.py\", line 1\n"
                                   "    d = {1: 2, 3}\n"
                                   "               ^\n"
                                   "SyntaxError: ':' expected after dictionary key\n");
}

Test(syntax_errors, reports_an_indented_block_missing_at_end_of_file_after_else) {
    check_error("if x:\n"
                "    pass\n"
                "else:\n",
                "  File \"x.py\", line 3\n"
                "    else:\n"
                "IndentationError: expected an indented block after 'else' statement on line 3\n");
}

Test(syntax_errors, reports_an_unexpected_eof_after_a_backslash) {
    check_error("x = 1 + \\\n", "  File \"x.py\", line 1\n"
                                "    x = 1 + \\\n"
                                "             ^\n"
                                "SyntaxError: unexpected EOF while parsing\n");
}

Test(syntax_errors, reports_null_bytes_on_their_line) {
    static const char src[] = "x = 1\ny\0 = 2\n";
    check_error_len(src, sizeof src - 1,
                    "  File \"x.py\", line 2\n"
                    "    y\n"
                    "SyntaxError: source code cannot contain null bytes\n");
}

Test(syntax_errors, names_the_file_in_the_non_utf8_message) {
    static const char src[] = "x = 1\ny = '\xff'\n";
    check_error_len(src, sizeof src - 1,
                    "SyntaxError: Non-UTF-8 code starting with '\\xff' in file x.py on line 2, but "
                    "no encoding declared; see https://peps.python.org/pep-0263/ for details\n");
}

Test(syntax_errors, limits_brackets_to_two_hundred_levels) {
    char src[1024];
    int n = sprintf(src, "x = ");
    for (int i = 0; i < 201; i++) {
        src[n++] = '(';
    }
    src[n++] = '\n';
    src[n] = '\0';
    AstArena *arena = ast_arena_new();
    SyntaxErrorInfo err;
    cr_expect_null(parser_parse_module(arena, src, strlen(src), &err));
    cr_expect_str_eq(err.msg, "too many nested parentheses");
    cr_expect_eq(err.offset, 205);
    ast_arena_free(arena);
}

Test(syntax_errors, accepts_two_hundred_nested_brackets) {
    char src[1024];
    int n = sprintf(src, "x = ");
    for (int i = 0; i < 200; i++) {
        src[n++] = i % 2 ? '[' : '(';
    }
    src[n++] = '1';
    for (int i = 199; i >= 0; i--) {
        src[n++] = i % 2 ? ']' : ')';
    }
    src[n++] = '\n';
    src[n] = '\0';
    AstArena *arena = ast_arena_new();
    SyntaxErrorInfo err;
    cr_expect_not_null(parser_parse_module(arena, src, strlen(src), &err));
    ast_arena_free(arena);
}

// Parses before + count * unit + after.
static SyntaxErrorInfo parse_repeated(const char *before, const char *unit, int count,
                                      const char *after, bool *ok) {
    size_t cap = strlen(before) + strlen(unit) * (size_t)count + strlen(after) + 1;
    char *src = malloc(cap);
    char *p = src + sprintf(src, "%s", before);
    for (int i = 0; i < count; i++) {
        p += sprintf(p, "%s", unit);
    }
    sprintf(p, "%s", after);
    AstArena *arena = ast_arena_new();
    SyntaxErrorInfo err;
    *ok = parser_parse_module(arena, src, strlen(src), &err) != NULL;
    ast_arena_free(arena);
    free(src);
    return err;
}

// CPython compiles a tree up to 3001 levels deep (module included) and
// gives up on deeper ones with a RecursionError that has no position.
Test(syntax_errors, matches_cpython_on_the_deepest_tree_it_compiles) {
    bool ok;
    parse_repeated("", "-", 2998, "1\n", &ok);
    cr_expect(ok);
    SyntaxErrorInfo err = parse_repeated("", "-", 2999, "1\n", &ok);
    cr_expect(!ok);
    cr_expect_str_eq(err.type, "RecursionError");
    cr_expect_eq(err.line, 0);
    char *text = parser_format_syntax_error(&err, "", 0, "x.py");
    cr_expect_str_eq(text, "RecursionError: maximum recursion depth exceeded during compilation\n");
    free(text);
    parse_repeated("x = 1", " + 1", 100000, "\n", &ok);
    cr_expect(!ok);
}

Test(syntax_errors, survives_deep_nesting_without_brackets) {
    bool ok;
    SyntaxErrorInfo err = parse_repeated("x = ", "lambda: ", 100000, "1\n", &ok);
    cr_expect(!ok);
    cr_expect_str_eq(err.type, "RecursionError");
    parse_repeated("x = ", "not ", 100000, "1\n", &ok);
    cr_expect(!ok);
    parse_repeated("x = 1", " if 1 else 1", 50000, "\n", &ok);
    cr_expect(!ok);
    parse_repeated("x = 2", " ** 2", 50000, "\n", &ok);
    cr_expect(!ok);
}

// Every byte sequence is either parsed or rejected with a message.
Test(syntax_errors, never_crashes_on_random_bytes) {
    static const char alphabet[] = "()[]{}:,.;=+-*/%<>!@\"'#\\ \t\n\rab1_fbrxe0\x00\xc3\xa9\xff";
    unsigned seed = 12345;
    char src[64];
    for (int round = 0; round < 20000; round++) {
        seed = seed * 1103515245u + 12345u;
        int len = (int)((seed >> 16) % sizeof src);
        for (int i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            src[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        AstArena *arena = ast_arena_new();
        SyntaxErrorInfo err;
        Node *m = parser_parse_module(arena, src, (size_t)len, &err);
        if (!m) {
            cr_assert(err.msg[0] != '\0');
            char *text = parser_format_syntax_error(&err, src, (size_t)len, "x.py");
            cr_assert_not_null(text);
            free(text);
        }
        ast_arena_free(arena);
    }
}

// Python outside the subset gets a SyntaxError that says so.
Test(syntax_errors, names_unsupported_syntax) {
    static const char *const cases[][2] = {
        {"def f():\n    yield 1\n", "'yield' is not supported"},
        {"if (n := 10) > 5:\n    pass\n", "assignment expressions (':=') are not supported"},
        {"async def f():\n    pass\n", "'async' is not supported"},
        {"from . import x\n", "relative imports are not supported"},
        {"from m import *\n", "'from ... import *' is not supported"},
        {"def f(a, /, b):\n    pass\n", "positional-only parameters are not supported"},
        {"x = 1j\n", "imaginary numbers are not supported"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        AstArena *arena = ast_arena_new();
        SyntaxErrorInfo err;
        cr_expect_null(parser_parse_module(arena, cases[i][0], strlen(cases[i][0]), &err));
        cr_expect_str_eq(err.type, "SyntaxError");
        cr_expect_str_eq(err.msg, cases[i][1]);
        ast_arena_free(arena);
    }
}
