// dict: a hash table that remembers insertion order. Entries sit in an array
// in the order they were added; a separate index table of slots points into
// it, probed by hash. Deleting leaves a hole in the entries that a resize
// squeezes out.
#ifndef VM_RUNTIME_DICT_H
#define VM_RUNTIME_DICT_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/object.h"

typedef struct DictEntry {
    int64_t hash;
    Value key;   // UNDEF_VAL for a deleted entry
    Value value;
} DictEntry;

struct DictObj {
    Obj hdr;
    size_t len;          // live entries
    size_t nentries;     // used entries, holes included
    size_t cap;          // allocated entries
    size_t mask;         // index table size - 1 (a power of two minus one)
    int32_t *index;      // -1 empty, -2 deleted, else an entry number
    DictEntry *entries;
    uint64_t version;    // changes whenever any key or value changes (see dict_bump)
    uint64_t keys_version; // changes only when entries move: keys added, removed, resized
};

// Every change to any dict takes a fresh number from one counter, so a
// (dict version) pair seen earlier proves the dict has not changed since:
// the eval loop's global-variable caches rely on it.
extern uint64_t dict_version_counter;
// Bumped whenever the dict of any type changes: type_lookup's cache key.
extern uint64_t dict_type_version;

enum { DICT_OF_TYPE = 1 << 0 }; // hdr.flags: this dict is a type's namespace

// A key was added or removed, or the entries moved: positions are stale.
static inline void dict_bump_keys(DictObj *d) {
    d->keys_version = ++dict_version_counter;
}

static inline void dict_bump(DictObj *d) {
    d->version = ++dict_version_counter;
    if (d->hdr.flags & DICT_OF_TYPE) {
        dict_type_version++;
    }
}

extern TypeObj dict_type;

#define IS_DICT(v) (IS_OBJ(v) && (v).o->type == &dict_type)
#define AS_DICT(v) ((DictObj *)(v).o)

void dict_init_type(void);
DictObj *dict_new(void);

// Lookup: 1 found (*out set), 0 absent, -1 raised (unhashable key or an
// __eq__ that raised).
int dict_get(DictObj *d, Value key, Value *out);
// false when raised.
bool dict_set(DictObj *d, Value key, Value value);
// 1 deleted (*out set to the old value when out is not NULL), 0 absent, -1 raised.
int dict_del(DictObj *d, Value key, Value *out);

// Fast paths for keys that are interned strings (names): cannot raise.
Value dict_get_str(DictObj *d, StrObj *key); // UNDEF_VAL when absent
void dict_set_str(DictObj *d, StrObj *key, Value value);
void dict_set_cstr(DictObj *d, const char *key, Value value);

// The position of an interned-name key in d->entries, or -1: for caches
// that stay valid while d->keys_version does not change.
int64_t dict_index_str(DictObj *d, StrObj *key);

// Iteration: start with *pos = 0; returns false at the end.
bool dict_next(DictObj *d, size_t *pos, Value *key, Value *value);

// Position of the entry for an interned key, for the eval loop's caches; -1 if absent.
Value dict_getitem(Value self, Value key);

#endif
