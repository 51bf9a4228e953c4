// Code objects.
#include "vm/code.h"

#include <stdlib.h>

#include "runtime/type.h"
#include "vm/gc.h"

static void code_trace(Obj *o) {
    CodeObj *c = (CodeObj *)o;
    gc_mark_values(c->consts, (size_t)c->nconsts);
    for (int i = 0; i < c->nnames; i++) {
        gc_mark_obj((Obj *)c->names[i]);
    }
    for (int i = 0; i < c->nlocals; i++) {
        gc_mark_obj((Obj *)c->localnames[i]);
    }
    gc_mark_obj((Obj *)c->name);
    gc_mark_obj((Obj *)c->qualname);
    gc_mark_obj((Obj *)c->filename);
}

static size_t code_destroy(Obj *o) {
    CodeObj *c = (CodeObj *)o;
    free(c->code);
    free(c->positions);
    free(c->consts);
    free(c->names);
    free(c->localnames);
    free(c->localkinds);
    free(c->exctable);
    free(c->gcache);
    return sizeof(CodeObj);
}

static Value code_repr(Value self) {
    CodeObj *c = (CodeObj *)self.o;
    StrBuf b = {0};
    strbuf_printf(&b, "<code object %s at %p, file \"%s\", line %d>", c->name->data, (void *)c,
                  c->filename->data, c->firstlineno);
    return OBJ_VAL(str_from_buf(&b));
}

static Value code_getattr(Value self, StrObj *name) {
    CodeObj *c = (CodeObj *)self.o;
    if (str_eq(name, str_intern_cstr("co_name"))) {
        return OBJ_VAL(c->name);
    }
    if (str_eq(name, str_intern_cstr("co_filename"))) {
        return OBJ_VAL(c->filename);
    }
    if (str_eq(name, str_intern_cstr("co_firstlineno"))) {
        return INT_VAL(c->firstlineno);
    }
    if (str_eq(name, str_intern_cstr("co_qualname"))) {
        return OBJ_VAL(c->qualname);
    }
    if (str_eq(name, str_intern_cstr("co_argcount"))) {
        return INT_VAL(c->argcount);
    }
    return UNDEF_VAL;
}

TypeObj code_type = {
    .name = "code",
    .instance_size = sizeof(CodeObj),
    .trace = code_trace,
    .destroy = code_destroy,
    .repr = code_repr,
    .getattr = code_getattr,
};

void code_init_type(void) {
    type_init(&code_type, NULL);
}

CodeObj *code_new(void) {
    return (CodeObj *)gc_alloc(&code_type, sizeof(CodeObj));
}

int code_line_of(const CodeObj *c, int i) {
    if (i < 0 || i >= c->ncode) {
        return 0;
    }
    return c->positions[i].line;
}
