// Python-visible frame objects: what a signal handler receives as `frame`.
// A Frame in vm.frames is reused as soon as its call returns, so a frame
// object cannot simply point at it. Instead it remembers its slot and checks
// on every access whether the slot still runs the same call (the slot's
// frame_obj is this object, and the slot is not above vm.frame). While it
// does, attributes are read live; afterwards the object answers with the
// line and locals it saw last. It does not own the Frame, the eval loop does.
#include "vm/frame.h"

#include <string.h>

#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "vm/gc.h"

typedef struct FrameObj {
    Obj hdr;
    Frame *slot; // the frame in vm.frames while the call runs
    CodeObj *code;
    DictObj *globals;
    DictObj *locals; // the last snapshot (or the namespace itself, see below)
    Obj *back;       // the caller's frame object, NULL at the bottom
    int lineno;      // the last line seen
} FrameObj;

int frame_lineno(const Frame *f) {
    return code_line_of(f->code, frame_instr(f));
}

static bool is_live(const FrameObj *fo) {
    return fo->slot >= vm.frames && fo->slot <= vm.frame && fo->slot->frame_obj == &fo->hdr;
}

// The frame's locals by name. Module code has none of its own (its namespace
// is the globals) and a class body has its namespace dict; both are returned
// as they are, as in CPython. A function's slots are copied, cells unwrapped,
// unbound names left out.
static DictObj *locals_of(const Frame *f) {
    if (f->locals) {
        return f->locals;
    }
    if (!f->func) {
        return f->globals;
    }
    const CodeObj *co = f->code;
    DictObj *d = dict_new();
    for (int i = 0; i < co->nlocals; i++) {
        Value v = f->base[i];
        if ((co->localkinds[i] & (LK_CELL | LK_FREE)) && IS_OBJ(v) && v.o->type == &cell_type) {
            v = AS_CELL(v)->value;
        }
        if (!IS_UNDEF(v)) {
            dict_set_str(d, co->localnames[i], v);
        }
    }
    return d;
}

// Refreshes the snapshot from the slot while the call still runs.
static void refresh(FrameObj *fo) {
    if (is_live(fo)) {
        fo->lineno = frame_lineno(fo->slot);
        fo->locals = locals_of(fo->slot);
    }
}

static void frame_trace(Obj *o) {
    FrameObj *fo = (FrameObj *)o;
    gc_mark_obj((Obj *)fo->code);
    gc_mark_obj((Obj *)fo->globals);
    gc_mark_obj((Obj *)fo->locals);
    gc_mark_obj(fo->back);
}

static Value frame_repr(Value self) {
    FrameObj *fo = (FrameObj *)self.o;
    refresh(fo);
    StrBuf b = {0};
    strbuf_printf(&b, "<frame at %p, file '%s', line %d, code %s>", (void *)fo,
                  fo->code->filename->data, fo->lineno, fo->code->name->data);
    return OBJ_VAL(str_from_buf(&b));
}

static Value frame_getattr(Value self, StrObj *name) {
    FrameObj *fo = (FrameObj *)self.o;
    const char *n = name->data;
    if (strcmp(n, "f_lineno") == 0) {
        if (is_live(fo)) {
            fo->lineno = frame_lineno(fo->slot);
        }
        // As in CPython, None at an instruction without a line (see close_for_loop).
        return fo->lineno < 0 ? NONE_VAL : INT_VAL(fo->lineno);
    }
    if (strcmp(n, "f_code") == 0) {
        return OBJ_VAL(fo->code);
    }
    if (strcmp(n, "f_back") == 0) {
        return fo->back ? OBJ_VAL(fo->back) : NONE_VAL;
    }
    if (strcmp(n, "f_locals") == 0) {
        refresh(fo);
        return OBJ_VAL(fo->locals);
    }
    if (strcmp(n, "f_globals") == 0) {
        return OBJ_VAL(fo->globals);
    }
    if (strcmp(n, "f_builtins") == 0) {
        return OBJ_VAL(vm.builtins);
    }
    if (strcmp(n, "f_lasti") == 0) {
        // CPython counts bytes of two-byte code units.
        return INT_VAL(is_live(fo) ? 2 * frame_instr(fo->slot) : -1);
    }
    if (strcmp(n, "f_trace") == 0) {
        return NONE_VAL;
    }
    return UNDEF_VAL;
}

TypeObj frame_type = {
    .name = "frame",
    .instance_size = sizeof(FrameObj),
    .trace = frame_trace,
    .repr = frame_repr,
    .getattr = frame_getattr,
};

static FrameObj *make(Frame *f) {
    FrameObj *fo = (FrameObj *)gc_alloc(&frame_type, sizeof(FrameObj));
    fo->slot = f;
    fo->code = f->code;
    fo->globals = f->globals;
    fo->locals = locals_of(f);
    fo->lineno = frame_lineno(f);
    fo->back = f > vm.frames ? f[-1].frame_obj : NULL;
    f->frame_obj = &fo->hdr;
    return fo;
}

void frame_detach(Frame *f) {
    FrameObj *fo = (FrameObj *)f->frame_obj;
    fo->lineno = frame_lineno(f);
    fo->locals = locals_of(f);
    fo->slot = NULL;
    f->frame_obj = NULL;
}

void frame_attach(Frame *f, Obj *frame_obj) {
    FrameObj *fo = (FrameObj *)frame_obj;
    fo->slot = f;
    // Its f_back is whoever resumed it this time (made now if need be).
    fo->back = f > vm.frames ? frame_get_obj(f - 1).o : NULL;
    f->frame_obj = frame_obj;
}

Value frame_get_obj(Frame *f) {
    if (!frame_type.hdr.type) {
        type_init(&frame_type, NULL);
    }
    if (f < vm.frames || f > vm.frame) {
        return NONE_VAL;
    }
    if (!f->frame_obj) {
        // Callers first, from the lowest one that has no object yet, so each
        // new object finds its f_back made (a loop: the stack may be deep).
        Frame *low = f;
        while (low > vm.frames && !low[-1].frame_obj) {
            low--;
        }
        for (Frame *g = low; g <= f; g++) {
            make(g);
        }
    }
    return OBJ_VAL(f->frame_obj);
}
