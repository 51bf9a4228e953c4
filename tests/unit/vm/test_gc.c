// Tests for vm/gc.c: unreachable objects (cycles included) are freed, and
// reachable ones survive.
#include <criterion/criterion.h>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "vm/gc.h"
#include "vm/vm.h"

static void setup(void) {
    vm_init(0, NULL);
}

TestSuite(gc, .init = setup);

Test(gc, frees_unreachable_cycles) {
    gc_collect();
    size_t before = gc_bytes_allocated();
    for (int i = 0; i < 1000; i++) {
        ListObj *a = list_new(0), *b = list_new(0);
        list_append(a, OBJ_VAL(b));
        list_append(b, OBJ_VAL(a));
    }
    cr_assert_gt(gc_bytes_allocated(), before);
    gc_collect();
    cr_assert_eq(gc_bytes_allocated(), before);
}

Test(gc, keeps_objects_reachable_from_builtins) {
    ListObj *l = list_new(0);
    list_append(l, INT_VAL(7));
    dict_set_cstr(vm.builtins, "kept", OBJ_VAL(l));
    gc_collect();
    Value v = dict_get_str(vm.builtins, str_intern_cstr("kept"));
    cr_assert_eq(AS_LIST(v)->len, 1);
    cr_assert_eq(AS_LIST(v)->items[0].i, 7);
}

Test(gc, counts_collections) {
    size_t n = gc_collections();
    gc_collect();
    cr_assert_eq(gc_collections(), n + 1);
}
