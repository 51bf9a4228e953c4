// Tests for runtime/iter.c: range arithmetic at the edges of int64, where
// a careless `next + step` or `stop - start` overflows, and the reversed
// iterator over a range.
#include <criterion/criterion.h>

#include "runtime/exc.h"
#include "runtime/iter.h"
#include "runtime/ops.h"
#include "vm/vm.h"

static void setup(void) {
    vm_init(0, NULL);
}

TestSuite(iter, .init = setup);

// Drains an iterator into out (at most max items); returns the count.
static int drain(Value it, int64_t *out, int max) {
    int n = 0;
    for (;;) {
        Value v = ops_next(it);
        cr_assert(!IS_ERR(v));
        if (IS_UNDEF(v)) {
            return n;
        }
        cr_assert(n < max, "iterator did not stop");
        out[n++] = v.i;
    }
}

Test(iter, range_length_counts_partial_steps) {
    cr_assert_eq(iter_range_new(0, 10, 3)->len, 4);
    cr_assert_eq(iter_range_new(10, 0, -3)->len, 4);
    cr_assert_eq(iter_range_new(5, 5, 1)->len, 0);
    cr_assert_eq(iter_range_new(0, 5, -1)->len, 0);
    cr_assert_eq(iter_range_new(INT64_MIN, INT64_MAX, 1)->len, UINT64_MAX);
}

Test(iter, range_iterator_stops_at_the_top_of_int64) {
    int64_t got[8];
    int n = drain(ops_iter(OBJ_VAL(iter_range_new(INT64_MAX - 5, INT64_MAX, 2))), got, 8);
    cr_assert_eq(n, 3);
    cr_assert_eq(got[2], INT64_MAX - 1);
}

Test(iter, range_iterator_stops_at_the_bottom_of_int64) {
    int64_t got[8];
    int n = drain(ops_iter(OBJ_VAL(iter_range_new(INT64_MIN + 4, INT64_MIN, -3))), got, 8);
    cr_assert_eq(n, 2);
    cr_assert_eq(got[1], INT64_MIN + 1);
}

Test(iter, huge_steps_do_not_wrap) {
    int64_t got[8];
    int n = drain(ops_iter(OBJ_VAL(iter_range_new(INT64_MIN, INT64_MAX, INT64_MAX))), got, 8);
    cr_assert_eq(n, 3);
    cr_assert_eq(got[0], INT64_MIN);
    cr_assert_eq(got[1], -1);
    cr_assert_eq(got[2], INT64_MAX - 1);
}

Test(iter, reversed_range_yields_the_same_items_backwards) {
    int64_t got[8];
    Value r = OBJ_VAL(iter_range_new(INT64_MIN, INT64_MAX, INT64_MAX / 2));
    int n = drain(iter_reversed(r), got, 8);
    cr_assert_eq(n, 5);
    for (int i = 0; i < n; i++) {
        Value item = ops_getitem(r, INT_VAL(n - 1 - i));
        cr_assert_eq(got[i], item.i);
    }
}

Test(iter, contains_uses_the_step) {
    Value r = OBJ_VAL(iter_range_new(10, -10, -3));
    cr_assert_eq(ops_contains(r, INT_VAL(4)), 1);
    cr_assert_eq(ops_contains(r, INT_VAL(5)), 0);
    cr_assert_eq(ops_contains(r, INT_VAL(-8)), 1);
    cr_assert_eq(ops_contains(r, INT_VAL(-11)), 0);
    cr_assert_eq(ops_contains(OBJ_VAL(iter_range_new(INT64_MIN, INT64_MAX, 1)), INT_VAL(0)), 1);
}

Test(iter, negative_index_counts_from_the_end) {
    Value r = OBJ_VAL(iter_range_new(0, 10, 3));
    cr_assert_eq(ops_getitem(r, INT_VAL(-1)).i, 9);
    cr_assert_eq(ops_getitem(r, INT_VAL(-4)).i, 0);
    cr_assert(IS_ERR(ops_getitem(r, INT_VAL(-5))));
    cr_assert(exc_pending_matches(&exc_IndexError));
    vm_take_exc();
}

Test(iter, equal_ranges_compare_by_items) {
    cr_assert(iter_range_eq(iter_range_new(0, 0, 1), iter_range_new(5, 2, 3)));
    cr_assert(iter_range_eq(iter_range_new(0, 3, 5), iter_range_new(0, 1, 1)));
    cr_assert(!iter_range_eq(iter_range_new(0, 10, 2), iter_range_new(0, 10, 3)));
    cr_assert(iter_range_eq(iter_range_new(0, 10, 3), iter_range_new(0, 11, 3)));
}
