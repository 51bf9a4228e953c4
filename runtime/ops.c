// Generic operations on values of any type (see ops.h). The order of cases
// follows how often programs meet them: ints and floats first, then
// strings and containers, then the type's own slots.
#include "runtime/ops.h"

#include <math.h>
#include <string.h>

#include "runtime/bigint.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/intenum.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/set.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/signal.h"
#include "vm/vm.h"

static const char *const binop_symbols[] = {
    [OP_ADD] = "+",  [OP_SUB] = "-",       [OP_MUL] = "*",       [OP_TRUEDIV] = "/",
    [OP_FLOORDIV] = "//", [OP_MOD] = "%",  [OP_POW] = "** or pow()", [OP_LSHIFT] = "<<",
    [OP_RSHIFT] = ">>", [OP_AND] = "&",    [OP_OR] = "|",        [OP_XOR] = "^",
    [OP_MATMUL] = "@",
};

static const char *const inplace_symbols[] = {
    [OP_ADD] = "+=",  [OP_SUB] = "-=",       [OP_MUL] = "*=",  [OP_TRUEDIV] = "/=",
    [OP_FLOORDIV] = "//=", [OP_MOD] = "%=",  [OP_POW] = "**=", [OP_LSHIFT] = "<<=",
    [OP_RSHIFT] = ">>=", [OP_AND] = "&=",    [OP_OR] = "|=",   [OP_XOR] = "^=",
    [OP_MATMUL] = "@=",
};

static const char *const cmp_symbols[] = {
    [CMP_LT] = "<", [CMP_LE] = "<=", [CMP_EQ] = "==", [CMP_NE] = "!=", [CMP_GT] = ">", [CMP_GE] = ">=",
};

// ---- repr and str ----------------------------------------------------------------

Value ops_repr(Value v) {
    if (!signal_check()) {
        return ERR_VAL;
    }
    TypeObj *t = type_of(v);
    if (!t->repr) {
        return object_type.repr(v);
    }
    if (vm.c_depth > 900) {
        return exc_raise(&exc_RecursionError,
                         "maximum recursion depth exceeded while getting the repr of an object");
    }
    return t->repr(v);
}

// Like CPython's PyObject_Repr and PyObject_Str, repr, str and what builds
// on them (print, f-strings) run pending signal handlers first.
Value ops_str(Value v) {
    if (!signal_check()) {
        return ERR_VAL;
    }
    if (IS_STR(v)) {
        return v;
    }
    TypeObj *t = type_of(v);
    return t->str ? t->str(v) : ops_repr(v);
}

bool ops_str_into(StrBuf *b, Value v) {
    if (!signal_check()) {
        return false;
    }
    if (IS_STR(v)) {
        strbuf_append(b, AS_STR(v)->data, AS_STR(v)->len);
        return true;
    }
    if (IS_INT(v)) {
        num_int_into(b, v.i);
        return true;
    }
    Value s = ops_str(v);
    if (IS_ERR(s)) {
        return false;
    }
    strbuf_append(b, AS_STR(s)->data, AS_STR(s)->len);
    return true;
}

bool ops_repr_into(StrBuf *b, Value v) {
    if (IS_STR(v)) {
        str_repr_into(b, AS_STR(v));
        return true;
    }
    if (IS_INT(v)) {
        num_int_into(b, v.i);
        return true;
    }
    Value s = ops_repr(v);
    if (IS_ERR(s)) {
        return false;
    }
    strbuf_append(b, AS_STR(s)->data, AS_STR(s)->len);
    return true;
}

// ---- truth and hashing -------------------------------------------------------------

int ops_truthy(Value v) {
    switch (v.tag) {
    case VAL_NONE:
        return 0;
    case VAL_BOOL:
        return v.b;
    case VAL_INT:
        return v.i != 0;
    case VAL_FLOAT:
        return v.f != 0.0;
    default:
        break;
    }
    TypeObj *t = v.o->type;
    if (t == &str_type) {
        return AS_STR(v)->len != 0;
    }
    if (intenum_is(v)) {
        return ((IntEnumObj *)v.o)->value != 0;
    }
    if (class_is_heap(t)) {
        int r = class_truthy(v);
        if (r != 2) {
            return r;
        }
        return 1;
    }
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

bool ops_hash(Value v, int64_t *out) {
    if (IS_STR(v)) {
        *out = str_hash(AS_STR(v));
        return true;
    }
    if (IS_INT(v)) {
        *out = num_hash_int(v.i);
        return true;
    }
    TypeObj *t = type_of(v);
    if (t->hash) {
        return t->hash(v, out);
    }
    if (t == &type_type || !t->getitem) {
        // Objects without value semantics hash by identity.
        *out = (int64_t)((uintptr_t)v.o >> 4);
        return true;
    }
    exc_raise(&exc_TypeError, "unhashable type: '%s'", t->name);
    return false;
}

// ---- comparison ---------------------------------------------------------------------

static bool is_number(Value v) {
    return v.tag == VAL_INT || v.tag == VAL_FLOAT || v.tag == VAL_BOOL || bigint_is(v);
}

static int64_t int_of(Value v) {
    return v.tag == VAL_BOOL ? v.b : v.i;
}

// Compares two numbers: -1, 0, 1, or 2 when unordered (NaN).
static int num_cmp(Value a, Value b) {
    if (a.tag != VAL_FLOAT && b.tag != VAL_FLOAT) {
        if (a.tag == VAL_OBJ || b.tag == VAL_OBJ) {
            return bigint_cmp(a, b);
        }
        int64_t x = int_of(a), y = int_of(b);
        return (x > y) - (x < y);
    }
    if (a.tag == VAL_FLOAT && b.tag == VAL_FLOAT) {
        if (isnan(a.f) || isnan(b.f)) {
            return 2;
        }
        return (a.f > b.f) - (a.f < b.f);
    }
    // An int against a float: compare exactly, not through a rounded double.
    if (a.tag == VAL_OBJ) {
        return bigint_cmp_double(a, b.f);
    }
    if (b.tag == VAL_OBJ) {
        int c = bigint_cmp_double(b, a.f);
        return c == 2 ? 2 : -c;
    }
    bool swapped = a.tag != VAL_FLOAT;
    double f = swapped ? b.f : a.f;
    int64_t i = swapped ? int_of(a) : int_of(b);
    int r;
    if (isnan(f)) {
        return 2;
    }
    if (f >= 9223372036854775808.0) {
        r = 1;
    } else if (f < -9223372036854775808.0) {
        r = -1;
    } else {
        double fl = floor(f);
        int64_t fi = (int64_t)fl;
        if (fi != i) {
            r = fi > i ? 1 : -1;
        } else {
            r = f > fl ? 1 : 0;
        }
    }
    return swapped ? -r : r;
}

static int seq_eq(const Value *a, size_t na, const Value *b, size_t nb) {
    if (na != nb) {
        return 0;
    }
    for (size_t i = 0; i < na; i++) {
        if (value_is(a[i], b[i])) {
            continue;
        }
        int eq = ops_eq(a[i], b[i]);
        if (eq <= 0) {
            return eq;
        }
    }
    return 1;
}

static int dict_eq(DictObj *a, DictObj *b) {
    if (a->len != b->len) {
        return 0;
    }
    size_t pos = 0;
    Value k, v;
    while (dict_next(a, &pos, &k, &v)) {
        Value w;
        int r = dict_get(b, k, &w);
        if (r <= 0) {
            return r;
        }
        int eq = ops_eq(v, w);
        if (eq <= 0) {
            return eq;
        }
    }
    return 1;
}

int ops_eq(Value a, Value b) {
    if (is_number(a) && is_number(b)) {
        return num_cmp(a, b) == 0;
    }
    if (intenum_is(a) || intenum_is(b)) {
        return ops_eq(intenum_unbox(a), intenum_unbox(b)); // an enum member is its int
    }
    if (a.tag != VAL_OBJ || b.tag != VAL_OBJ) {
        Value o = a.tag == VAL_OBJ ? a : b;
        if (o.tag == VAL_OBJ && class_is_heap(o.o->type)) {
            Value r = class_compare(a, b, CMP_EQ);
            if (!IS_UNDEF(r)) {
                return IS_ERR(r) ? -1 : ops_truthy(r);
            }
        }
        return a.tag == b.tag && a.tag == VAL_NONE;
    }
    if (a.o == b.o) {
        return 1;
    }
    TypeObj *ta = a.o->type, *tb = b.o->type;
    if (ta == &str_type && tb == &str_type) {
        return str_eq(AS_STR(a), AS_STR(b));
    }
    if (class_is_heap(ta) || class_is_heap(tb)) {
        Value r = class_compare(a, b, CMP_EQ);
        if (IS_UNDEF(r)) {
            return 0; // neither defines __eq__: identity, and a is not b
        }
        return IS_ERR(r) ? -1 : ops_truthy(r);
    }
    if (IS_ANYSET(a) && IS_ANYSET(b)) {
        return set_eq(a, b); // a set equals a frozenset with the same keys
    }
    if (ta != tb && !(IS_TUPLE(a) && IS_TUPLE(b))) {
        return 0; // a struct_siginfo equals the tuple of its fields
    }
    if (ta == &bytes_type) {
        return bytes_eq(AS_BYTES(a), AS_BYTES(b));
    }
    if (vm.c_depth > 900) {
        exc_raise(&exc_RecursionError, "maximum recursion depth exceeded in comparison");
        return -1;
    }
    int r = 0;
    vm.c_depth++;
    if (IS_TUPLE(a)) {
        r = seq_eq(AS_TUPLE(a)->items, AS_TUPLE(a)->len, AS_TUPLE(b)->items, AS_TUPLE(b)->len);
    } else if (ta == &list_type) {
        r = seq_eq(AS_LIST(a)->items, AS_LIST(a)->len, AS_LIST(b)->items, AS_LIST(b)->len);
    } else if (ta == &dict_type) {
        r = dict_eq(AS_DICT(a), AS_DICT(b));
    } else if (ta == &method_type) {
        r = value_is(AS_METHOD(a)->func, AS_METHOD(b)->func) &&
            value_is(AS_METHOD(a)->self, AS_METHOD(b)->self);
    } else if (ta == &range_type) {
        r = iter_range_eq((RangeObj *)a.o, (RangeObj *)b.o);
    }
    vm.c_depth--;
    return r;
}

static Value unorderable(Value a, Value b, CmpOp op) {
    return exc_raise(&exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                     cmp_symbols[op], type_name(a), type_name(b));
}

static bool cmp_result(int c, CmpOp op) {
    switch (op) {
    case CMP_LT:
        return c < 0;
    case CMP_LE:
        return c <= 0;
    case CMP_GT:
        return c > 0;
    default:
        return c >= 0;
    }
}

static Value seq_compare(const Value *a, size_t na, const Value *b, size_t nb, CmpOp op) {
    size_t n = na < nb ? na : nb;
    for (size_t i = 0; i < n; i++) {
        if (value_is(a[i], b[i])) {
            continue;
        }
        int eq = ops_eq(a[i], b[i]);
        if (eq < 0) {
            return ERR_VAL;
        }
        if (!eq) {
            return ops_compare(a[i], b[i], op);
        }
    }
    return BOOL_VAL(cmp_result((na > nb) - (na < nb), op));
}

Value ops_compare(Value a, Value b, CmpOp op) {
    switch (op) {
    case CMP_EQ:
    case CMP_NE: {
        if ((IS_OBJ(a) && class_is_heap(a.o->type)) || (IS_OBJ(b) && class_is_heap(b.o->type))) {
            Value r = class_compare(a, b, op);
            if (!IS_UNDEF(r)) {
                return r;
            }
            return BOOL_VAL(op == CMP_EQ ? value_is(a, b) : !value_is(a, b));
        }
        int eq = ops_eq(a, b);
        if (eq < 0) {
            return ERR_VAL;
        }
        return BOOL_VAL(op == CMP_EQ ? eq : !eq);
    }
    case CMP_IS:
        return BOOL_VAL(value_is(a, b));
    case CMP_IS_NOT:
        return BOOL_VAL(!value_is(a, b));
    case CMP_IN:
    case CMP_NOT_IN: {
        int r = ops_contains(b, a);
        if (r < 0) {
            return ERR_VAL;
        }
        return BOOL_VAL(op == CMP_IN ? r : !r);
    }
    default:
        break;
    }
    if (intenum_is(a) || intenum_is(b)) {
        return ops_compare(intenum_unbox(a), intenum_unbox(b), op);
    }
    if (is_number(a) && is_number(b)) {
        int c = num_cmp(a, b);
        return BOOL_VAL(c != 2 && cmp_result(c, op));
    }
    if (IS_STR(a) && IS_STR(b)) {
        return BOOL_VAL(cmp_result(str_compare(AS_STR(a), AS_STR(b)), op));
    }
    if (IS_LIST(a) && IS_LIST(b)) {
        return seq_compare(AS_LIST(a)->items, AS_LIST(a)->len, AS_LIST(b)->items,
                           AS_LIST(b)->len, op);
    }
    if (IS_TUPLE(a) && IS_TUPLE(b)) {
        return seq_compare(AS_TUPLE(a)->items, AS_TUPLE(a)->len, AS_TUPLE(b)->items,
                           AS_TUPLE(b)->len, op);
    }
    if (IS_ANYSET(a) && IS_ANYSET(b)) {
        return set_compare(a, b, op);
    }
    if (IS_BYTES(a) && IS_BYTES(b)) {
        return bytes_compare(a, b, op);
    }
    if ((IS_OBJ(a) && class_is_heap(a.o->type)) || (IS_OBJ(b) && class_is_heap(b.o->type))) {
        Value r = class_compare(a, b, op);
        if (!IS_UNDEF(r)) {
            return r;
        }
    }
    return unorderable(a, b, op);
}

int ops_less(Value a, Value b) {
    if (IS_INT(a) && IS_INT(b)) {
        return a.i < b.i;
    }
    Value r = ops_compare(a, b, CMP_LT);
    if (IS_ERR(r)) {
        return -1;
    }
    return ops_truthy(r);
}

// ---- arithmetic ------------------------------------------------------------------------

// a OP b redone in arbitrary precision, for results that leave int64.
static Value big(BinOp op, int64_t a, int64_t b) {
    return bigint_binary(op, INT_VAL(a), INT_VAL(b));
}

// Whether an int64 converts to double exactly (|v| <= 2**53).
static bool exact_double(int64_t v) {
    return v >= -((int64_t)1 << 53) && v <= ((int64_t)1 << 53);
}

static Value int_binary(BinOp op, int64_t a, int64_t b) {
    int64_t r;
    switch (op) {
    case OP_ADD:
        return __builtin_add_overflow(a, b, &r) ? big(op, a, b) : INT_VAL(r);
    case OP_SUB:
        return __builtin_sub_overflow(a, b, &r) ? big(op, a, b) : INT_VAL(r);
    case OP_MUL:
        return __builtin_mul_overflow(a, b, &r) ? big(op, a, b) : INT_VAL(r);
    case OP_TRUEDIV:
        if (b == 0) {
            return exc_raise(&exc_ZeroDivisionError, "division by zero");
        }
        if (!exact_double(a) || !exact_double(b)) {
            return big(op, a, b); // two roundings would not always give the nearest double
        }
        return FLOAT_VAL((double)a / (double)b);
    case OP_FLOORDIV:
        if (b == 0) {
            return exc_raise(&exc_ZeroDivisionError, "integer division or modulo by zero");
        }
        if (a == INT64_MIN && b == -1) {
            return big(op, a, b);
        }
        return INT_VAL(num_floordiv(a, b));
    case OP_MOD:
        if (b == 0) {
            return exc_raise(&exc_ZeroDivisionError, "integer modulo by zero");
        }
        if (b == -1) {
            return INT_VAL(0);
        }
        return INT_VAL(num_mod(a, b));
    case OP_POW:
        return num_int_pow(a, b);
    case OP_LSHIFT:
        if (b < 0) {
            return exc_raise(&exc_ValueError, "negative shift count");
        }
        if (a == 0) {
            return INT_VAL(0);
        }
        if (b >= 63 || (a > 0 ? a > (INT64_MAX >> b) : a < (INT64_MIN >> b))) {
            return big(op, a, b);
        }
        return INT_VAL((int64_t)((uint64_t)a << b));
    case OP_RSHIFT:
        if (b < 0) {
            return exc_raise(&exc_ValueError, "negative shift count");
        }
        return INT_VAL(b >= 63 ? (a < 0 ? -1 : 0) : a >> b);
    case OP_AND:
        return INT_VAL(a & b);
    case OP_OR:
        return INT_VAL(a | b);
    case OP_XOR:
        return INT_VAL(a ^ b);
    default:
        return UNDEF_VAL;
    }
}

static Value float_binary(BinOp op, double a, double b) {
    switch (op) {
    case OP_ADD:
        return FLOAT_VAL(a + b);
    case OP_SUB:
        return FLOAT_VAL(a - b);
    case OP_MUL:
        return FLOAT_VAL(a * b);
    case OP_TRUEDIV:
        if (b == 0) {
            return exc_raise(&exc_ZeroDivisionError, "float division by zero");
        }
        return FLOAT_VAL(a / b);
    case OP_FLOORDIV:
        if (b == 0) {
            return exc_raise(&exc_ZeroDivisionError, "float floor division by zero");
        }
        return FLOAT_VAL(num_ffloordiv(a, b));
    case OP_MOD:
        if (b == 0) {
            return exc_raise(&exc_ZeroDivisionError, "float modulo");
        }
        return FLOAT_VAL(num_fmod(a, b));
    case OP_POW:
        if (a == 0 && b < 0) {
            return exc_raise(&exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != floor(b) && isfinite(b)) {
            return exc_raise(&exc_ValueError, "complex results are not supported");
        }
        {
            double r = pow(a, b);
            if (isinf(r) && isfinite(a) && isfinite(b)) {
                return exc_raise(&exc_OverflowError, "(34, 'Numerical result out of range')");
            }
            return FLOAT_VAL(r);
        }
    default:
        return UNDEF_VAL;
    }
}

static Value seq_repeat(Value seq, Value count) {
    if (bigint_is(count)) {
        return exc_raise(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    int64_t n = int_of(count);
    if (IS_STR(seq)) {
        return str_repeat(AS_STR(seq), n);
    }
    const Value *items;
    size_t len;
    if (IS_LIST(seq)) {
        items = AS_LIST(seq)->items;
        len = AS_LIST(seq)->len;
    } else {
        items = AS_TUPLE(seq)->items;
        len = AS_TUPLE(seq)->len;
    }
    if (n < 0 || len == 0) {
        n = 0;
    }
    if (len && (uint64_t)n > ((uint64_t)1 << 32) / len) {
        return exc_raise(&exc_MemoryError, "%s", "");
    }
    size_t total = len * (size_t)n;
    if (IS_LIST(seq)) {
        ListObj *l = list_new(total);
        for (int64_t i = 0; i < n; i++) {
            memcpy(l->items + (size_t)i * len, items, len * sizeof(Value));
        }
        l->len = total;
        return OBJ_VAL(l);
    }
    TupleObj *t = tuple_new(total);
    for (int64_t i = 0; i < n; i++) {
        memcpy(t->items + (size_t)i * len, items, len * sizeof(Value));
    }
    return OBJ_VAL(t);
}

static bool is_seq(Value v) {
    return IS_STR(v) || IS_LIST(v) || IS_TUPLE(v);
}

static Value unsupported(BinOp op, Value a, Value b, bool inplace) {
    return exc_raise(&exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                     inplace ? inplace_symbols[op] : binop_symbols[op], type_name(a),
                     type_name(b));
}

static Value binary(BinOp op, Value a, Value b, bool inplace) {
    if ((IS_OBJ(a) && class_is_heap(a.o->type)) || (IS_OBJ(b) && class_is_heap(b.o->type))) {
        Value r = class_binary(op, a, b, inplace);
        if (!IS_UNDEF(r)) {
            return r;
        }
        // No dunder applies: fall through to the built-in cases and their errors.
    }
    bool ia = a.tag == VAL_INT || a.tag == VAL_BOOL, ib = b.tag == VAL_INT || b.tag == VAL_BOOL;
    if (ia && ib) {
        Value r = int_binary(op, int_of(a), int_of(b));
        if (!IS_UNDEF(r)) {
            if (a.tag == VAL_BOOL && b.tag == VAL_BOOL && IS_INT(r) &&
                (op == OP_AND || op == OP_OR || op == OP_XOR)) {
                return BOOL_VAL(r.i != 0);
            }
            return r;
        }
    } else if ((ia || IS_FLOAT(a)) && (ib || IS_FLOAT(b))) {
        double x = IS_FLOAT(a) ? a.f : (double)int_of(a);
        double y = IS_FLOAT(b) ? b.f : (double)int_of(b);
        Value r = float_binary(op, x, y);
        if (!IS_UNDEF(r)) {
            return r;
        }
    } else if (bigint_is_int(a) && bigint_is_int(b)) {
        Value r = bigint_binary(op, a, b); // at least one is beyond int64
        if (!IS_UNDEF(r)) {
            return r;
        }
    } else if ((bigint_is_int(a) || IS_FLOAT(a)) && (bigint_is_int(b) || IS_FLOAT(b))) {
        // A big int with a float: the int becomes a float first, as in CPython.
        double x, y;
        if (!num_to_double(a, &x) || !num_to_double(b, &y)) {
            return ERR_VAL;
        }
        Value r = float_binary(op, x, y);
        if (!IS_UNDEF(r)) {
            return r;
        }
    } else if (op == OP_ADD && a.tag == VAL_OBJ && b.tag == VAL_OBJ &&
               (a.o->type == b.o->type || (IS_TUPLE(a) && IS_TUPLE(b)))) {
        TypeObj *t = a.o->type;
        if (t == &str_type) {
            return str_concat(AS_STR(a), AS_STR(b));
        }
        if (t == &list_type) {
            ListObj *l = list_from(AS_LIST(a)->items, AS_LIST(a)->len);
            list_extend(l, b);
            return OBJ_VAL(l);
        }
        if (IS_TUPLE(a)) { // the result is a plain tuple, as for a struct_siginfo
            TupleObj *x = AS_TUPLE(a), *y = AS_TUPLE(b);
            TupleObj *r = tuple_new(x->len + y->len);
            memcpy(r->items, x->items, x->len * sizeof(Value));
            memcpy(r->items + x->len, y->items, y->len * sizeof(Value));
            return OBJ_VAL(r);
        }
    } else if (op == OP_MUL && is_seq(a) && bigint_is_int(b)) {
        return seq_repeat(a, b);
    } else if (op == OP_MUL && bigint_is_int(a) && is_seq(b)) {
        return seq_repeat(b, a);
    }
    if (intenum_is(a) || intenum_is(b)) {
        return binary(op, intenum_unbox(a), intenum_unbox(b), inplace);
    }
    // Sets and bytes: UNDEF_VAL when neither applies.
    Value r = set_binary(op, a, b, inplace);
    if (IS_UNDEF(r)) {
        r = bytes_binary(op, a, b);
    }
    if (!IS_UNDEF(r)) {
        return r;
    }
    if (op == OP_MUL && (is_seq(a) || is_seq(b))) {
        return exc_raise(&exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                         type_name(is_seq(a) ? b : a));
    }
    if (op == OP_ADD && (IS_STR(a) && !IS_STR(b))) {
        return exc_raise(&exc_TypeError, "can only concatenate str (not \"%s\") to str",
                         type_name(b));
    }
    if (op == OP_ADD && IS_LIST(a) && !IS_LIST(b) && !inplace) {
        return exc_raise(&exc_TypeError, "can only concatenate list (not \"%s\") to list",
                         type_name(b));
    }
    if (op == OP_ADD && IS_TUPLE(a) && !IS_TUPLE(b)) {
        return exc_raise(&exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                         type_name(b));
    }
    return unsupported(op, a, b, inplace);
}

Value ops_binary(BinOp op, Value a, Value b) {
    return binary(op, a, b, false);
}

Value ops_inplace(BinOp op, Value a, Value b) {
    if (op == OP_ADD && IS_LIST(a)) {
        return list_extend(AS_LIST(a), b) ? a : ERR_VAL;
    }
    if (op == OP_MUL && IS_LIST(a) && (IS_INT(b) || IS_BOOL(b))) {
        Value r = seq_repeat(a, b);
        if (IS_ERR(r)) {
            return r;
        }
        ListObj *l = AS_LIST(a), *m = AS_LIST(r);
        l->len = 0;
        list_extend(l, OBJ_VAL(m));
        return a;
    }
    return binary(op, a, b, true);
}

Value ops_unary(BinOp op, Value a) {
    if (op == OP_NOT) {
        int t = ops_truthy(a);
        return t < 0 ? ERR_VAL : BOOL_VAL(!t);
    }
    if (a.tag == VAL_INT || a.tag == VAL_BOOL) {
        int64_t v = int_of(a);
        switch (op) {
        case OP_NEG:
            return v == INT64_MIN ? bigint_unary(op, a) : INT_VAL(-v);
        case OP_POS:
            return INT_VAL(v);
        default:
            return INT_VAL(~v);
        }
    }
    if (a.tag == VAL_FLOAT && op != OP_INVERT) {
        return FLOAT_VAL(op == OP_NEG ? -a.f : a.f);
    }
    if (bigint_is(a)) {
        return bigint_unary(op, a);
    }
    if (IS_OBJ(a) && class_is_heap(a.o->type)) {
        Value r = class_unary(op, a);
        if (!IS_UNDEF(r)) {
            return r;
        }
    }
    if (intenum_is(a)) {
        return ops_unary(op, intenum_unbox(a));
    }
    return exc_raise(&exc_TypeError, "bad operand type for unary %s: '%s'",
                     op == OP_NEG ? "-" : op == OP_POS ? "+" : "~", type_name(a));
}

// ---- attributes ---------------------------------------------------------------------------

Value ops_getattr_opt(Value obj, StrObj *name) {
    TypeObj *t = type_of(obj);
    if (t->getattr) {
        Value v = t->getattr(obj, name);
        if (!IS_UNDEF(v)) {
            return v;
        }
        if (t == &type_type) {
            return UNDEF_VAL; // the class's own lookup covered its bases
        }
    }
    Value m = type_lookup(t, name);
    if (IS_UNDEF(m)) {
        return m;
    }
    if (IS_NATIVE(m) && IS_UNDEF(AS_NATIVE(m)->self)) {
        return native_bind(AS_NATIVE(m), obj);
    }
    if (IS_FUNC(m)) {
        return method_new(m, obj);
    }
    return m;
}

Value ops_getattr(Value obj, StrObj *name) {
    Value v = ops_getattr_opt(obj, name);
    if (!IS_UNDEF(v) || vm_has_exc()) {
        return IS_UNDEF(v) ? ERR_VAL : v;
    }
    TypeObj *t = type_of(obj);
    if (t == &type_type) {
        exc_raise(&exc_AttributeError, "type object '%s' has no attribute '%s'",
                  ((TypeObj *)obj.o)->name, name->data);
    } else if (t == &module_type) {
        exc_raise(&exc_AttributeError, "module '%s' has no attribute '%s'",
                  AS_MODULE(obj)->name->data, name->data);
    } else {
        exc_raise(&exc_AttributeError, "'%s' object has no attribute '%s'", t->name, name->data);
    }
    // What the traceback printer needs for "Did you mean".
    exc_set_attr(vm.exc, "name", OBJ_VAL(name));
    exc_set_attr(vm.exc, "obj", obj);
    return ERR_VAL;
}

bool ops_setattr(Value obj, StrObj *name, Value v) {
    TypeObj *t = type_of(obj);
    if (t->setattr) {
        return t->setattr(obj, name, v);
    }
    if (!IS_UNDEF(type_lookup(t, name))) {
        exc_raise(&exc_AttributeError, "'%s' object attribute '%s' is read-only", t->name,
                  name->data);
        return false;
    }
    exc_raise(&exc_AttributeError, "'%s' object has no attribute '%s'", t->name, name->data);
    return false;
}

// ---- items, containment, iteration, length --------------------------------------------------

Value ops_getitem(Value obj, Value key) {
    TypeObj *t = type_of(obj);
    if (t->getitem) {
        return t->getitem(obj, key);
    }
    if (t == &type_type) {
        return exc_raise(&exc_TypeError, "type '%s' is not subscriptable",
                         ((TypeObj *)obj.o)->name);
    }
    return exc_raise(&exc_TypeError, "'%s' object is not subscriptable", t->name);
}

bool ops_setitem(Value obj, Value key, Value v) {
    TypeObj *t = type_of(obj);
    if (t->setitem) {
        return t->setitem(obj, key, v);
    }
    if (IS_UNDEF(v)) {
        exc_raise(&exc_TypeError, t->getitem ? "'%s' object doesn't support item deletion"
                                              : "'%s' object does not support item deletion",
                  t->name);
    } else {
        exc_raise(&exc_TypeError, "'%s' object does not support item assignment", t->name);
    }
    return false;
}

int ops_contains(Value container, Value item) {
    TypeObj *t = type_of(container);
    if (t->contains) {
        return t->contains(container, item);
    }
    if (!t->iter) {
        exc_raise(&exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    Value it = ops_iter(container);
    if (IS_ERR(it)) {
        return -1;
    }
    for (;;) {
        Value v = ops_next(it);
        if (IS_UNDEF(v)) {
            return 0;
        }
        if (IS_ERR(v)) {
            return -1;
        }
        int eq = ops_eq(v, item);
        if (eq) {
            return eq;
        }
    }
}

Value ops_iter(Value v) {
    TypeObj *t = type_of(v);
    if (t->iter) {
        return t->iter(v);
    }
    return exc_raise(&exc_TypeError, "'%s' object is not iterable", t->name);
}

Value ops_next(Value it) {
    TypeObj *t = type_of(it);
    if (t->next) {
        return t->next(it);
    }
    return exc_raise(&exc_TypeError, "'%s' object is not an iterator", t->name);
}

int64_t ops_len(Value v) {
    TypeObj *t = type_of(v);
    if (t->len) {
        return t->len(v);
    }
    exc_raise(&exc_TypeError, "object of type '%s' has no len()", t->name);
    return -1;
}

bool ops_index(Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = v.i;
        return true;
    }
    if (IS_BOOL(v)) {
        *out = v.b;
        return true;
    }
    if (bigint_is(v)) {
        exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    if (intenum_is(v)) {
        *out = ((IntEnumObj *)v.o)->value;
        return true;
    }
    exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
    return false;
}
