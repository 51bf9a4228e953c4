// The heap: allocation, accounting and a mark-and-sweep collector.
//
// Allocation never collects. It only counts bytes and, past a threshold,
// sets the EB_GC bit of the eval breaker; the eval loop then collects at its
// next check point, where every live value is on the VM stack, in a frame or
// reachable from a root. C code may therefore hold fresh objects in locals
// without registering them, as long as it does not re-enter the eval loop
// while doing so (a collection is skipped while native code that called back
// into Python is on the C stack, see vm.native_depth).
#ifndef VM_VM_GC_H
#define VM_VM_GC_H

#include <stddef.h>

#include "vm/object.h"

// A new object of `size` bytes (header included) and type `type`, zeroed
// past the header. Never returns NULL: out of memory aborts with a message
// (MemoryError for oversized requests is raised by callers before this).
Obj *gc_alloc(TypeObj *type, size_t size);
// As gc_alloc, but only the header is initialised: for objects whose
// constructor writes every other byte itself (strings).
Obj *gc_alloc_uninit(TypeObj *type, size_t size);
// realloc with accounting; old_size/new_size in bytes. new_size 0 frees.
void *gc_realloc(void *p, size_t old_size, size_t new_size);
// Records `size` bytes owned by an object and freed later with gc_untrack.
void gc_track_bytes(size_t size);

// Marks a value or object reachable (used by types' trace slots).
void gc_mark_value(Value v);
void gc_mark_obj(Obj *o);
void gc_mark_values(const Value *v, size_t n);

// Registers a static object (a built-in type) whose references are roots.
void gc_add_root_obj(Obj *o);

// Collects now. Called by the eval loop at a check point.
void gc_collect(void);

// Bytes currently allocated (for tests and `vm --gc-stats`).
size_t gc_bytes_allocated(void);
// Number of completed collections.
size_t gc_collections(void);

#endif
