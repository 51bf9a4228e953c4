// Mark-and-sweep collection of the VM heap. Objects form one singly linked
// list; marking uses an explicit gray stack rather than recursion, so a
// million-deep linked structure cannot overflow the C stack.
#include "vm/gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/vm.h"

static Obj *all_objects;
static size_t bytes_allocated;
static size_t next_gc = 8u << 20; // first collection after 8 MiB
static size_t collections;

static Obj **gray;
static size_t gray_len, gray_cap;

static Obj **static_roots;
static size_t static_roots_len, static_roots_cap;

static void out_of_memory(void) {
    // Reached only when malloc itself fails: nothing sensible can be raised.
    fputs("Fatal Python error: out of memory\n", stderr);
    abort();
}

static void account(size_t old_size, size_t new_size) {
    bytes_allocated += new_size;
    bytes_allocated -= old_size;
    if (bytes_allocated > next_gc) {
        atomic_fetch_or_explicit(&vm.eval_breaker, EB_GC, memory_order_relaxed);
    }
}

void *gc_realloc(void *p, size_t old_size, size_t new_size) {
    account(old_size, new_size);
    if (new_size == 0) {
        free(p);
        return NULL;
    }
    void *q = realloc(p, new_size);
    if (!q) {
        out_of_memory();
    }
    return q;
}

void gc_track_bytes(size_t size) {
    account(0, size);
}

// ---- small-object pools -------------------------------------------------------
// Most objects are small and short-lived (strings, tuples, bound methods), so
// they come from per-size free lists carved out of 64 KiB chunks instead of
// malloc. Sizes are rounded up to 16 bytes; bigger objects use malloc. The
// sanitizer build uses malloc for everything, so ASan still sees every
// use after free.
#if defined(__SANITIZE_ADDRESS__)
#define POOL_MAX 0
#else
#define POOL_MAX 512
#endif
#define POOL_CLASSES (512 / 16 + 1)
#define CHUNK_SIZE (64 * 1024)

typedef struct FreeBlock {
    struct FreeBlock *next;
} FreeBlock;

static FreeBlock *free_lists[POOL_CLASSES];

static void *pool_take(size_t size) {
    size_t cls = (size + 15) / 16;
    FreeBlock *b = free_lists[cls];
    if (!b) {
        size_t block = cls * 16;
        char *chunk = malloc(CHUNK_SIZE);
        if (!chunk) {
            out_of_memory();
        }
        for (size_t off = 0; off + block <= CHUNK_SIZE; off += block) {
            FreeBlock *f = (FreeBlock *)(chunk + off);
            f->next = free_lists[cls];
            free_lists[cls] = f;
        }
        b = free_lists[cls];
    }
    free_lists[cls] = b->next;
    return b;
}

static void pool_give(void *p, size_t size) {
    size_t cls = (size + 15) / 16;
    FreeBlock *b = p;
    b->next = free_lists[cls];
    free_lists[cls] = b;
}

// Releases an object's own memory (not what it owns).
static void free_object(Obj *o, size_t size) {
    account(size, 0);
    if (size <= POOL_MAX) {
        pool_give(o, size);
    } else {
        free(o);
    }
}

Obj *gc_alloc(TypeObj *type, size_t size) {
    Obj *o;
    if (size <= POOL_MAX) {
        account(0, size);
        o = pool_take(size);
    } else {
        o = gc_realloc(NULL, 0, size);
    }
    memset(o, 0, size);
    o->type = type;
    o->gc_next = all_objects;
    all_objects = o;
    return o;
}

void gc_mark_obj(Obj *o) {
    if (!o || o->marked) {
        return;
    }
    o->marked = 1;
    if (gray_len == gray_cap) {
        gray_cap = gray_cap ? gray_cap * 2 : 1024;
        gray = realloc(gray, gray_cap * sizeof *gray);
        if (!gray) {
            out_of_memory();
        }
    }
    gray[gray_len++] = o;
}

void gc_mark_value(Value v) {
    if (v.tag == VAL_OBJ) {
        gc_mark_obj(v.o);
    }
}

void gc_mark_values(const Value *v, size_t n) {
    for (size_t i = 0; i < n; i++) {
        gc_mark_value(v[i]);
    }
}

void gc_add_root_obj(Obj *o) {
    if (static_roots_len == static_roots_cap) {
        static_roots_cap = static_roots_cap ? static_roots_cap * 2 : 64;
        static_roots = realloc(static_roots, static_roots_cap * sizeof *static_roots);
        if (!static_roots) {
            out_of_memory();
        }
    }
    static_roots[static_roots_len++] = o;
}

// Static objects are not on the heap list, so they are never swept; their
// mark bit is reset by hand after each collection.
static void trace_gray(void) {
    while (gray_len > 0) {
        Obj *o = gray[--gray_len];
        gc_mark_obj(&o->type->hdr);
        if (o->type->trace) {
            o->type->trace(o);
        }
    }
}

static void sweep(void) {
    Obj **link = &all_objects;
    while (*link) {
        Obj *o = *link;
        if (o->marked) {
            o->marked = 0;
            link = &o->gc_next;
            continue;
        }
        *link = o->gc_next;
        size_t size = o->type->destroy ? o->type->destroy(o) : o->type->instance_size;
        free_object(o, size);
    }
}

void gc_collect(void) {
    for (size_t i = 0; i < static_roots_len; i++) {
        gc_mark_obj(static_roots[i]);
    }
    vm_mark_roots();
    trace_gray();
    sweep();
    for (size_t i = 0; i < static_roots_len; i++) {
        static_roots[i]->marked = 0;
    }
    collections++;
    next_gc = bytes_allocated * 2 > (8u << 20) ? bytes_allocated * 2 : (8u << 20);
}

size_t gc_bytes_allocated(void) {
    return bytes_allocated;
}

size_t gc_collections(void) {
    return collections;
}
