// Module objects and the table of built-in modules that `import` finds.
#ifndef VM_RUNTIME_MODULE_H
#define VM_RUNTIME_MODULE_H

#include "runtime/dict.h"
#include "runtime/str.h"

typedef struct ModuleObj {
    Obj hdr;
    StrObj *name;
    DictObj *dict;
} ModuleObj;

extern TypeObj module_type;

#define IS_MODULE(v) (IS_OBJ(v) && (v).o->type == &module_type)
#define AS_MODULE(v) ((ModuleObj *)(v).o)

void module_init_type(void);
ModuleObj *module_new(const char *name);
// Adds native functions to a module's dict.
void module_add_functions(ModuleObj *m, const MethodDef *fns);
// `import name`: the module object, created on first import; ERR_VAL
// (ModuleNotFoundError) for an unknown module.
Value module_import(StrObj *name);

#endif
