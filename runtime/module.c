// Module objects and the registry of built-in modules.
#include "runtime/module.h"

#include <string.h>

#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/type.h"
#include "vm/gc.h"
#include "vm/vm.h"

static void module_trace(Obj *o) {
    ModuleObj *m = (ModuleObj *)o;
    gc_mark_obj((Obj *)m->name);
    gc_mark_obj((Obj *)m->dict);
}

static Value module_repr(Value self) {
    StrBuf b = {0};
    strbuf_printf(&b, "<module '%s' (built-in)>", AS_MODULE(self)->name->data);
    return OBJ_VAL(str_from_buf(&b));
}

static Value module_getattr(Value self, StrObj *name) {
    return dict_get_str(AS_MODULE(self)->dict, name);
}

static bool module_setattr(Value self, StrObj *name, Value v) {
    DictObj *d = AS_MODULE(self)->dict;
    if (IS_UNDEF(v)) {
        int r = dict_del(d, OBJ_VAL(name), NULL);
        if (r == 0) {
            exc_raise(&exc_AttributeError, "%s", name->data);
        }
        return r == 1;
    }
    dict_set_str(d, name, v);
    return true;
}

TypeObj module_type = {
    .name = "module",
    .instance_size = sizeof(ModuleObj),
    .trace = module_trace,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
};

void module_init_type(void) {
    type_init(&module_type, NULL);
}

ModuleObj *module_new(const char *name) {
    ModuleObj *m = (ModuleObj *)gc_alloc(&module_type, sizeof(ModuleObj));
    m->name = str_intern_cstr(name);
    m->dict = dict_new();
    dict_set_cstr(m->dict, "__name__", OBJ_VAL(m->name));
    return m;
}

void module_add_functions(ModuleObj *m, const MethodDef *fns) {
    for (; fns->name; fns++) {
        dict_set_cstr(m->dict, fns->name, OBJ_VAL(native_new(fns->name, fns->fn, NULL)));
    }
}

// The built-in modules, made on first import.
ModuleObj *mod_sys_create(void);
ModuleObj *mod_os_create(void);
ModuleObj *mod_time_create(void);
ModuleObj *mod_errno_create(void);
ModuleObj *mod_select_create(void);
ModuleObj *mod_signal_create(void);
ModuleObj *mod_faulthandler_create(void);

typedef struct BuiltinModule {
    const char *name;
    ModuleObj *(*create)(void);
} BuiltinModule;

static const BuiltinModule builtin_modules[] = {
    {"sys", mod_sys_create},
    {"os", mod_os_create},
    {"time", mod_time_create},
    {"errno", mod_errno_create},
    {"select", mod_select_create},
    {"signal", mod_signal_create},
    {"faulthandler", mod_faulthandler_create},
    {NULL, NULL},
};

Value module_import(StrObj *name) {
    Value m = dict_get_str(vm.modules, name);
    if (!IS_UNDEF(m)) {
        return m;
    }
    for (const BuiltinModule *b = builtin_modules; b->name; b++) {
        if (strcmp(b->name, name->data) == 0) {
            ModuleObj *mod = b->create();
            dict_set_str(vm.modules, name, OBJ_VAL(mod));
            return OBJ_VAL(mod);
        }
    }
    return exc_raise(&exc_ModuleNotFoundError, "No module named '%s'", name->data);
}
