// Tests for runtime/intenum.c: members are unique per value, aliases share
// the member, and members behave as their ints in ops.
#include <criterion/criterion.h>

#include "runtime/intenum.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/vm.h"

static IntEnumClass *colors;

static void setup(void) {
    vm_init(0, NULL);
    colors = intenum_new_class("Color", "test");
    intenum_add(colors, "RED", 1);
    intenum_add(colors, "GREEN", 2);
    intenum_add(colors, "CRIMSON", 1);
}

TestSuite(intenum, .init = setup);

Test(intenum, aliases_share_the_first_member) {
    Value red = intenum_member(colors, 1);
    cr_assert(intenum_is(red));
    cr_assert_str_eq(((IntEnumObj *)red.o)->name->data, "RED");
    cr_assert_eq(colors->members->len, 2);
    cr_assert(IS_UNDEF(intenum_member(colors, 3)));
}

Test(intenum, members_are_their_ints) {
    Value green = intenum_member(colors, 2);
    cr_assert_eq(ops_eq(green, INT_VAL(2)), 1);
    int64_t h1, h2, i;
    cr_assert(ops_hash(green, &h1) && ops_hash(INT_VAL(2), &h2));
    cr_assert_eq(h1, h2);
    cr_assert(ops_index(green, &i));
    cr_assert_eq(i, 2);
    Value sum = ops_binary(OP_ADD, green, INT_VAL(1));
    cr_assert(IS_INT(sum) && sum.i == 3);
    Value s = ops_str(green);
    cr_assert_str_eq(AS_STR(s)->data, "2");
    Value r = ops_repr(green);
    cr_assert_str_eq(AS_STR(r)->data, "<Color.GREEN: 2>");
}

Test(intenum, int_to_enum_keeps_unknown_values) {
    Value v = intenum_or_int(colors, INT_VAL(7));
    cr_assert(IS_INT(v) && v.i == 7);
    cr_assert(intenum_is(intenum_or_int(colors, INT_VAL(1))));
}
