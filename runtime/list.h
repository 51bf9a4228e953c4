// list: a growable array of values.
#ifndef VM_RUNTIME_LIST_H
#define VM_RUNTIME_LIST_H

#include <stdbool.h>

#include "vm/object.h"

typedef struct ListObj {
    Obj hdr;
    size_t len, cap;
    Value *items;
} ListObj;

extern TypeObj list_type;

#define IS_LIST(v) (IS_OBJ(v) && (v).o->type == &list_type)
#define AS_LIST(v) ((ListObj *)(v).o)

void list_init_type(void);
// A list with room for `cap` items and length 0.
ListObj *list_new(size_t cap);
ListObj *list_from(const Value *items, size_t n);
void list_append(ListObj *l, Value v);
// Appends every item of an iterable; false when it raised.
bool list_extend(ListObj *l, Value iterable);
// Sorts in place with an optional key function; false when a comparison raised.
bool list_sort(ListObj *l, Value key, bool reverse);
Value list_getitem(Value self, Value key);
bool list_setitem(Value self, Value key, Value v);

#endif
