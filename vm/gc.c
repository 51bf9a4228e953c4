// Mark-and-sweep collection of the VM heap. Objects form one singly linked
// list; marking uses an explicit gray stack rather than recursion, so a
// million-deep linked structure cannot overflow the C stack.
#include "vm/gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/vm.h"

static size_t bytes_allocated;
// The heap may grow to twice what the last collection left, and to at least
// GC_MIN_HEAP. The floor is kept about the size of a core's L2 cache: a
// program with little live data then allocates from blocks its last sweep
// just freed, still in cache, instead of streaming through many megabytes
// of cold memory between collections.
#define GC_MIN_HEAP (1u << 20)
static size_t next_gc = GC_MIN_HEAP;
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
// they come from 64 KiB chunks, each cut into blocks of one size class
// (sizes rounded up to 16 bytes). Pooled objects are not on the heap list:
// the sweep walks each chunk's blocks in address order, which the hardware
// prefetcher follows, where chasing `gc_next` through a heap much larger
// than the cache missed on nearly every object. A free block is marked by
// a NULL type and linked through `gc_next`; the sweep rebuilds each free
// list in address order, so allocation also moves forward through memory.
// A new chunk is handed out front to back (`used` counts the blocks given so
// far) rather than cut into a free list up front, which would write all of
// it once more. Bigger objects use malloc and the `large_objects` list. The
// sanitizer build uses malloc for everything, so ASan still sees every use
// after free.
#if defined(__SANITIZE_ADDRESS__)
#define POOL_MAX 0
#else
#define POOL_MAX 512
#endif
#define POOL_CLASSES (512 / 16 + 1)
#define CHUNK_SIZE (64 * 1024)

typedef struct Chunk {
    struct Chunk *next; // the next chunk of the same size class (or spare)
    size_t block;       // block size in bytes
    size_t nblocks;
    size_t used;        // blocks [0, used) have been handed out at least once
    // The blocks follow, 16-byte aligned.
    _Alignas(16) char blocks[];
} Chunk;

static Chunk *chunks[POOL_CLASSES];
static Chunk *fresh[POOL_CLASSES]; // the class's chunk with blocks never handed out
static Obj *free_lists[POOL_CLASSES];
// Wholly free chunks, reusable by any class. A sweep keeps as many as the
// allocation until the next collection may need and gives the rest back to
// malloc, so a heap that shrank does not stay large.
static Chunk *spare_chunks;
static size_t spare_count;

static Obj *large_objects;

// Starts a chunk for class `cls` (a spare one if there is one).
static Chunk *add_chunk(size_t cls) {
    Chunk *c = spare_chunks;
    if (c) {
        spare_chunks = c->next;
        spare_count--;
    } else {
        c = malloc(CHUNK_SIZE);
        if (!c) {
            out_of_memory();
        }
    }
    c->block = cls * 16;
    c->nblocks = (CHUNK_SIZE - offsetof(Chunk, blocks)) / c->block;
    c->used = 0;
    c->next = chunks[cls];
    chunks[cls] = c;
    fresh[cls] = c;
    return c;
}

static inline void *pool_take(size_t size) {
    size_t cls = (size + 15) / 16;
    Obj *b = free_lists[cls];
    if (b) {
        free_lists[cls] = b->gc_next;
        return b;
    }
    Chunk *c = fresh[cls];
    if (!c || c->used == c->nblocks) {
        c = add_chunk(cls);
    }
    return c->blocks + c->used++ * c->block;
}

// The size of an object's own allocation, after releasing what it owns.
static size_t destroy(Obj *o) {
    return o->type->destroy ? o->type->destroy(o) : o->type->instance_size;
}

static void sweep_class(size_t cls) {
    Obj *head = NULL;
    Obj **tail = &head;
    Chunk **link = &chunks[cls];
    while (*link) {
        Chunk *c = *link;
        Obj **chunk_tail = tail;
        size_t live = 0;
        char *p = c->blocks;
        for (size_t i = 0; i < c->used; i++, p += c->block) {
            Obj *o = (Obj *)p;
            if (o->type) {
                if (o->marked) {
                    o->marked = 0;
                    live++;
                    continue;
                }
                account(destroy(o), 0);
                o->type = NULL;
            }
            *tail = o;
            tail = &o->gc_next;
        }
        if (live == 0) {
            // Wholly free: drop its blocks from the list and make it a spare.
            tail = chunk_tail;
            *link = c->next;
            if (fresh[cls] == c) {
                fresh[cls] = NULL;
            }
            c->next = spare_chunks;
            spare_chunks = c;
            spare_count++;
            continue;
        }
        link = &c->next;
    }
    *tail = NULL;
    free_lists[cls] = head;
}

// Frees spare chunks beyond what `budget` bytes of allocation could use.
static void trim_spares(size_t budget) {
    size_t keep = budget / CHUNK_SIZE + 1;
    while (spare_count > keep) {
        Chunk *c = spare_chunks;
        spare_chunks = c->next;
        spare_count--;
        free(c);
    }
}

Obj *gc_alloc_uninit(TypeObj *type, size_t size) {
    Obj *o;
    if (size <= POOL_MAX) {
        account(0, size);
        o = pool_take(size);
        o->gc_next = NULL;
    } else {
        o = gc_realloc(NULL, 0, size);
        o->gc_next = large_objects;
        large_objects = o;
    }
    o->type = type;
    o->marked = 0;
    o->flags = 0;
    return o;
}

Obj *gc_alloc(TypeObj *type, size_t size) {
    Obj *o = gc_alloc_uninit(type, size);
    memset((char *)o + sizeof(Obj), 0, size - sizeof(Obj));
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
    for (size_t cls = 1; cls < POOL_CLASSES; cls++) {
        sweep_class(cls);
    }
    Obj **link = &large_objects;
    while (*link) {
        Obj *o = *link;
        if (o->marked) {
            o->marked = 0;
            link = &o->gc_next;
            continue;
        }
        *link = o->gc_next;
        account(destroy(o), 0);
        free(o);
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
    next_gc = bytes_allocated * 2 > GC_MIN_HEAP ? bytes_allocated * 2 : GC_MIN_HEAP;
    trim_spares(next_gc - bytes_allocated);
}

size_t gc_bytes_allocated(void) {
    return bytes_allocated;
}

size_t gc_collections(void) {
    return collections;
}
