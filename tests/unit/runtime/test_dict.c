// Tests for runtime/dict.c: insertion order, deletion holes, growth, and
// lookups by interned name.
#include <criterion/criterion.h>

#include "runtime/dict.h"
#include "runtime/str.h"
#include "vm/vm.h"

static void setup(void) {
    vm_init(0, NULL);
}

TestSuite(dict, .init = setup);

Test(dict, keeps_insertion_order_across_growth) {
    DictObj *d = dict_new();
    for (int64_t i = 0; i < 1000; i++) {
        cr_assert(dict_set(d, INT_VAL(i * 7919 % 1000), INT_VAL(i)));
    }
    cr_assert_eq(d->len, 1000);
    size_t pos = 0;
    Value k, v;
    int64_t i = 0;
    while (dict_next(d, &pos, &k, &v)) {
        cr_assert_eq(k.i, i * 7919 % 1000);
        cr_assert_eq(v.i, i);
        i++;
    }
    cr_assert_eq(i, 1000);
}

Test(dict, overwriting_a_key_keeps_its_place) {
    DictObj *d = dict_new();
    dict_set(d, INT_VAL(1), INT_VAL(10));
    dict_set(d, INT_VAL(2), INT_VAL(20));
    dict_set(d, INT_VAL(1), INT_VAL(11));
    size_t pos = 0;
    Value k, v;
    cr_assert(dict_next(d, &pos, &k, &v));
    cr_assert_eq(k.i, 1);
    cr_assert_eq(v.i, 11);
}

Test(dict, deleted_keys_are_gone_and_can_come_back_last) {
    DictObj *d = dict_new();
    for (int64_t i = 0; i < 10; i++) {
        dict_set(d, INT_VAL(i), INT_VAL(i));
    }
    Value out;
    cr_assert_eq(dict_del(d, INT_VAL(3), &out), 1);
    cr_assert_eq(out.i, 3);
    cr_assert_eq(dict_del(d, INT_VAL(3), NULL), 0);
    cr_assert_eq(dict_get(d, INT_VAL(3), &out), 0);
    dict_set(d, INT_VAL(3), INT_VAL(33));
    size_t pos = 0;
    Value k, v, last = NONE_VAL;
    while (dict_next(d, &pos, &k, &v)) {
        last = k;
    }
    cr_assert_eq(last.i, 3);
    cr_assert_eq(d->len, 10);
}

Test(dict, equal_numbers_are_the_same_key) {
    DictObj *d = dict_new();
    dict_set(d, INT_VAL(1), INT_VAL(1));
    dict_set(d, FLOAT_VAL(1.0), INT_VAL(2));
    dict_set(d, BOOL_VAL(true), INT_VAL(3));
    cr_assert_eq(d->len, 1);
    Value out;
    cr_assert_eq(dict_get(d, INT_VAL(1), &out), 1);
    cr_assert_eq(out.i, 3);
}

Test(dict, finds_interned_names_by_pointer_and_equal_strings_by_value) {
    DictObj *d = dict_new();
    StrObj *name = str_intern_cstr("spam");
    dict_set_str(d, name, INT_VAL(42));
    cr_assert_eq(dict_get_str(d, name).i, 42);
    Value out;
    cr_assert_eq(dict_get(d, OBJ_VAL(str_from_cstr("spam")), &out), 1);
    cr_assert_eq(out.i, 42);
    cr_assert(IS_UNDEF(dict_get_str(d, str_intern_cstr("eggs"))));
}

Test(dict, unhashable_keys_raise) {
    DictObj *d = dict_new();
    Value out;
    cr_assert_eq(dict_get(d, OBJ_VAL(dict_new()), &out), -1);
    cr_assert(vm_has_exc());
    vm_take_exc();
}
