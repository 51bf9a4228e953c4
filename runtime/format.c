// Format-spec parsing and CPython-exact formatting of ints, floats and strings.
// Digits of floats come from glibc's correctly rounded printf (%e, %f, %g), or for
// fixed notation of modest values from exact integer arithmetic (fixed_text); the
// shortest repr digits come from trying ever longer %e precisions until strtod
// gives the same double back. Padding, signs, grouping and zero fill are laid out
// here, in the same order for every number: fill, sign, prefix, fill, digits, tail.
// This file knows no VM objects; callers turn an error message into an exception.
#include "format.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char err_no_memory[] = "";
static const char err_char_range[] = "%c arg not in range(0x110000)";

FormatErrKind format_err_kind(const char *err) {
    if (err == err_no_memory) {
        return FORMAT_ERR_MEMORY;
    }
    if (err == err_char_range) {
        return FORMAT_ERR_OVERFLOW;
    }
    return FORMAT_ERR_VALUE;
}

// Messages that quote the spec or the type code are built here; one buffer per
// thread, overwritten by the next such message.
static _Thread_local char *msg_buf;
static _Thread_local size_t msg_cap;

static const char *message(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        return err_no_memory;
    }
    if ((size_t)n + 1 > msg_cap) {
        char *p = realloc(msg_buf, (size_t)n + 1);
        if (p == NULL) {
            return err_no_memory;
        }
        msg_buf = p;
        msg_cap = (size_t)n + 1;
    }
    va_start(ap, fmt);
    vsnprintf(msg_buf, msg_cap, fmt, ap);
    va_end(ap);
    return msg_buf;
}

// CPython quotes a type code as itself when printable ASCII, else as \x<hex>.
static void code_text(uint32_t c, char out[16]) {
    if (c > 32 && c < 128) {
        snprintf(out, 16, "%c", (char)c);
    } else {
        snprintf(out, 16, "\\x%x", (unsigned)c);
    }
}

static uint32_t spec_code(const FormatSpec *spec) {
    return spec->type == FORMAT_TYPE_OTHER ? spec->type_cp : (uint32_t)(unsigned char)spec->type;
}

static const char *unknown_code(uint32_t code, const char *type_name) {
    char c[16];
    code_text(code, c);
    return message("Unknown format code '%s' for object of type '%s'", c, type_name);
}

// ---- UTF-8 ----

// Decodes the code point at s (n > 0 bytes left); a malformed byte counts as itself.
static uint32_t utf8_decode(const char *s, size_t n, size_t *used) {
    const unsigned char *u = (const unsigned char *)s;
    size_t len = u[0] < 0x80 ? 1 : u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : u[0] >= 0xC0 ? 2 : 1;
    if (len > n) {
        len = 1;
    }
    uint32_t c = len == 1 ? u[0] : u[0] & (0x7F >> len);
    for (size_t i = 1; i < len; i++) {
        c = (c << 6) | (u[i] & 0x3F);
    }
    *used = len;
    return c;
}

static size_t utf8_encode(uint32_t c, char *out) {
    static const unsigned char lead[] = {0, 0, 0xC0, 0xE0, 0xF0};
    size_t n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    for (size_t i = n - 1; i > 0; i--) {
        out[i] = (char)(0x80 | (c & 0x3F));
        c >>= 6;
    }
    out[0] = (char)(lead[n] | c);
    return n;
}

static size_t count_cps(const char *s, size_t n) {
    size_t cps = 0;
    for (size_t i = 0; i < n; i++) {
        cps += ((unsigned char)s[i] & 0xC0) != 0x80;
    }
    return cps;
}

// ---- Spec parsing ----

static bool is_align(char c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// Reads a run of digits at *pos into *out (-1 when there is none).
static bool read_count(const char *s, size_t n, size_t *pos, int64_t *out, const char **err) {
    int64_t acc = -1;
    for (; *pos < n && s[*pos] >= '0' && s[*pos] <= '9'; (*pos)++) {
        int d = s[*pos] - '0';
        if (acc < 0) {
            acc = 0;
        }
        if (acc > (INT64_MAX - d) / 10) {
            *err = "Too many decimal digits in format string";
            return false;
        }
        acc = acc * 10 + d;
    }
    *out = acc;
    return true;
}

bool format_spec_parse(const char *spec, size_t n, FormatSpec *out, const char **err) {
    return format_spec_parse_for(spec, n, NULL, out, err);
}

bool format_spec_parse_for(const char *spec, size_t n, const char *type_name, FormatSpec *out,
                           const char **err) {
    FormatSpec f = {.fill = ' ', .width = -1, .precision = -1};
    size_t pos = 0;
    bool fill_given = false;
    size_t first_len = 0;
    uint32_t first = n > 0 ? utf8_decode(spec, n, &first_len) : 0;
    if (n > first_len && is_align(spec[first_len])) {
        f.fill = first;
        f.align = spec[first_len];
        fill_given = true;
        pos = first_len + 1;
    } else if (n > 0 && is_align(spec[0])) {
        f.align = spec[0];
        pos = 1;
    }
    if (pos < n && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) {
        f.sign = spec[pos++];
    }
    if (pos < n && spec[pos] == 'z') {
        f.no_neg_zero = true;
        pos++;
    }
    if (pos < n && spec[pos] == '#') {
        f.alternate = true;
        pos++;
    }
    // A '0' flag only means zero fill when no explicit fill came before it.
    if (!fill_given && pos < n && spec[pos] == '0') {
        f.zero_pad = true;
        f.fill = '0';
        pos++;
    }
    if (!read_count(spec, n, &pos, &f.width, err)) {
        return false;
    }
    if (pos < n && (spec[pos] == ',' || spec[pos] == '_')) {
        f.grouping = spec[pos++];
        if (pos < n && (spec[pos] == ',' || spec[pos] == '_') && spec[pos] != f.grouping) {
            *err = "Cannot specify both ',' and '_'.";
            return false;
        }
    }
    if (pos < n && spec[pos] == '.') {
        pos++;
        if (!read_count(spec, n, &pos, &f.precision, err)) {
            return false;
        }
        if (f.precision < 0) {
            *err = "Format specifier missing precision";
            return false;
        }
    }
    if (pos < n) {
        size_t used;
        uint32_t c = utf8_decode(spec + pos, n - pos, &used);
        if (pos + used < n) {
            if (type_name == NULL) {
                *err = message("Invalid format specifier '%.*s'", (int)n, spec);
            } else {
                *err = message("Invalid format specifier '%.*s' for object of type '%s'", (int)n,
                               spec, type_name);
            }
            return false;
        }
        f.type = c >= 1 && c < 128 ? (char)c : FORMAT_TYPE_OTHER;
        f.type_cp = c;
    }
    // Grouping is checked against the explicit type here (an explicit NUL passes, as in
    // CPython); format_str repeats the check for its default type 's'.
    if (f.grouping && !(f.type == FORMAT_TYPE_OTHER && f.type_cp == 0)) {
        const char *ok = f.grouping == '_' ? "deEfFgG%bxXo" : "deEfFgG%";
        if (f.type != 0 && (f.type == FORMAT_TYPE_OTHER || strchr(ok, f.type) == NULL)) {
            char c[16];
            code_text(f.type_cp, c);
            *err = message("Cannot specify '%c' with '%s'.", f.grouping, c);
            return false;
        }
    }
    *out = f;
    return true;
}

// ---- Layout shared by all numbers ----

// Number of characters in a digit run of k digits grouped by g with separators.
static int64_t grouped_width(int64_t k, bool sep, int g) {
    return sep && k > 0 ? k + (k - 1) / g : k;
}

// Lays out a number as [fill][sign][prefix][fill][digits][tail][fill]. digits are the
// integer digits (grouped by `group` with spec->grouping); tail is the fraction,
// exponent, '%' or a 'c' character. With '0' fill and '=' alignment the zeros join
// the digit run, so they are grouped too: format(1234, '08,') is '0,001,234'.
static char *emit_number(const char *sign, const char *prefix, const char *digits, size_t nd,
                         const char *tail, size_t ntail, bool group_ok, int group,
                         const FormatSpec *spec, size_t *len, const char **err) {
    char align = spec->align ? spec->align : spec->zero_pad ? '=' : '>';
    bool sep = group_ok && spec->grouping != 0;
    int64_t nsign = (int64_t)strlen(sign), nprefix = (int64_t)strlen(prefix);
    int64_t tail_cps = (int64_t)count_cps(tail, ntail);
    int64_t width = spec->width;
    if (width > INT64_MAX / 8) {
        *err = err_no_memory; // far beyond any allocation; keeps the sums below exact
        return NULL;
    }

    // k = number of digits, real ones plus leading zeros. With separators, the
    // smallest k whose grouped width k + (k - 1) / group reaches `want` is below.
    int64_t k = (int64_t)nd;
    if (spec->fill == '0' && align == '=' && width > nsign + nprefix + tail_cps) {
        int64_t want = width - nsign - nprefix - tail_cps;
        int64_t need = sep ? want - (want - 1) / (group + 1) : want;
        k = need > k ? need : k;
    }
    int64_t area = grouped_width(k, sep, group);
    int64_t body = nsign + nprefix + area + tail_cps;
    int64_t pad = width > body ? width - body : 0;
    int64_t left = 0, mid = 0, right = 0;
    if (align == '<') {
        right = pad;
    } else if (align == '^') {
        left = pad / 2;
        right = pad - left;
    } else if (align == '=') {
        mid = pad;
    } else {
        left = pad;
    }

    char fill[4];
    size_t nfill = utf8_encode(spec->fill, fill);
    uint64_t total;
    if (__builtin_mul_overflow((uint64_t)pad, (uint64_t)nfill, &total) ||
        __builtin_add_overflow(total, (uint64_t)(nsign + nprefix + area) + ntail + 1, &total) ||
        total > (uint64_t)SIZE_MAX / 2) {
        *err = err_no_memory;
        return NULL;
    }
    char *out = malloc(total);
    if (out == NULL) {
        *err = err_no_memory;
        return NULL;
    }
    char *p = out;
    for (int64_t i = 0; i < left; i++, p += nfill) {
        memcpy(p, fill, nfill);
    }
    memcpy(p, sign, (size_t)nsign);
    p += nsign;
    memcpy(p, prefix, (size_t)nprefix);
    p += nprefix;
    for (int64_t i = 0; i < mid; i++, p += nfill) {
        memcpy(p, fill, nfill);
    }
    // Digits are written right to left; i counts digit positions from the right.
    char *q = p + area;
    for (int64_t i = 0; i < k; i++) {
        if (sep && i > 0 && i % group == 0) {
            *--q = spec->grouping;
        }
        *--q = i < (int64_t)nd ? digits[nd - 1 - (size_t)i] : '0';
    }
    p += area;
    memcpy(p, tail, ntail);
    p += ntail;
    for (int64_t i = 0; i < right; i++, p += nfill) {
        memcpy(p, fill, nfill);
    }
    *p = '\0';
    *len = (size_t)(p - out);
    return out;
}

// ---- Integers ----

// The checks every int's spec must pass: NULL when `type` (the spec's type, 'd' by
// default) can format an int, else CPython's message.
static const char *int_spec_error(const FormatSpec *spec, char type) {
    if (strchr("bcdoxXn", type) == NULL) {
        return unknown_code(spec_code(spec), "int");
    }
    if (spec->precision >= 0) {
        return "Precision not allowed in integer format specifier";
    }
    if (spec->no_neg_zero) {
        return "Negative zero coercion (z) not allowed in integer format specifier";
    }
    if (type == 'c' && spec->sign) {
        return "Sign not allowed with integer format specifier 'c'";
    }
    if (type == 'c' && spec->alternate) {
        return "Alternate form (#) not allowed with integer format specifier 'c'";
    }
    return NULL;
}

char *format_int(int64_t v, const FormatSpec *spec, size_t *len, const char **err) {
    char type = spec->type ? spec->type : 'd';
    if (strchr("eEfFgG%", type) != NULL) {
        // CPython formats these through float(v), rounding to the nearest double.
        return format_double((double)v, spec, len, err);
    }
    if ((*err = int_spec_error(spec, type)) != NULL) {
        return NULL;
    }
    if (type == 'c') {
        if (v < 0 || v > 0x10FFFF) {
            *err = err_char_range;
            return NULL;
        }
        char ch[4];
        size_t nch = utf8_encode((uint32_t)v, ch);
        return emit_number("", "", "", 0, ch, nch, false, 3, spec, len, err);
    }

    unsigned base = format_int_base(spec);
    const char *alphabet = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    // Negating through uint64_t keeps INT64_MIN defined.
    uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    char digits[64];
    size_t nd = 0;
    char *end = digits + sizeof(digits);
    do {
        end[-1 - (ptrdiff_t)nd++] = alphabet[mag % base];
        mag /= base;
    } while (mag != 0);
    return format_int_digits(v < 0, end - nd, nd, spec, len, err);
}

unsigned format_int_base(const FormatSpec *spec) {
    char type = spec->type;
    return type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
}

char *format_int_digits(bool neg, const char *digits, size_t nd, const FormatSpec *spec,
                        size_t *len, const char **err) {
    char type = spec->type ? spec->type : 'd';
    if ((*err = int_spec_error(spec, type)) != NULL) {
        return NULL;
    }
    if (type == 'c') {
        *err = err_char_range; // format_int handles the ints that fit
        return NULL;
    }
    unsigned base = format_int_base(spec);
    const char *prefix = "";
    if (spec->alternate && base != 10) {
        prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
    }
    const char *sign = neg ? "-" : spec->sign == '+' ? "+" : spec->sign == ' ' ? " " : "";
    return emit_number(sign, prefix, digits, nd, "", 0, true, base == 10 ? 3 : 4, spec, len, err);
}

// ---- Floats ----

// Decimal digits and decimal point position of a finite x >= 0: the value is
// 0.d1d2d3... * 10^decpt.
typedef struct Digits {
    char *d; // storage belongs to the caller
    int nd;
    int decpt;
} Digits;

// Splits "%.*e" output ("d.ddde+XX" or "de+XX") into digits and decpt.
static void split_e(const char *text, Digits *out) {
    out->nd = 0;
    const char *p = text;
    for (; *p != 'e'; p++) {
        if (*p != '.') {
            out->d[out->nd++] = *p;
        }
    }
    out->decpt = atoi(p + 1) + 1;
}

static bool round_trips(const Digits *g, double x) {
    char text[48];
    int n = snprintf(text, sizeof(text), "%c.%.*se%d", g->d[0], g->nd - 1, g->d + 1, g->decpt - 1);
    return n > 0 && strtod(text, NULL) == x;
}

// Steps the digit string one unit in its last place up or down (the carry can
// change the length and decpt) and tells whether the result is still valid.
static bool step_last(Digits *g, int dir) {
    int i = g->nd - 1;
    if (dir > 0) {
        while (i >= 0 && g->d[i] == '9') {
            g->d[i--] = '0';
        }
        if (i < 0) {
            g->d[0] = '1';
            g->decpt++;
            return true;
        }
        g->d[i]++;
        return true;
    }
    while (i >= 0 && g->d[i] == '0') {
        g->d[i--] = '9';
    }
    if (i < 0) {
        return false;
    }
    g->d[i]--;
    if (g->d[0] == '0') {
        // 1000 - 1 = 0999: drop the lead zero; the shorter string is tried too.
        memmove(g->d, g->d + 1, (size_t)--g->nd);
        g->decpt--;
    }
    return g->nd > 0;
}

// Shortest digits that read back as x (finite, >= 0), as repr uses. The nearest
// string of each length is tried; when the nearest misses (the rounding interval
// is lopsided at powers of two) its neighbour on the other side of x may still hit.
static void shortest_digits(double x, Digits *out) {
    char text[40];
    for (int p = 0; p < 17; p++) {
        snprintf(text, sizeof(text), "%.*e", p, x);
        split_e(text, out);
        double back = strtod(text, NULL);
        if (back == x) {
            return;
        }
        char store[24];
        Digits other = *out;
        other.d = store;
        memcpy(store, out->d, (size_t)out->nd);
        if (step_last(&other, back < x ? 1 : -1) && round_trips(&other, x)) {
            memcpy(out->d, store, (size_t)other.nd);
            out->nd = other.nd;
            out->decpt = other.decpt;
            return;
        }
    }
    snprintf(text, sizeof(text), "%.16e", x);
    split_e(text, out);
}

// Lays out digits the way CPython's repr and type-less formats do: fixed notation
// unless decpt <= -4 or decpt > threshold; integers get ".0" appended when add_dot_0.
// out needs g->nd + |g->decpt| + 12 bytes. Returns the length.
static size_t layout_digits(const Digits *g, int threshold, bool alt, bool add_dot_0, char *out) {
    char *p = out;
    if (g->decpt <= -4 || g->decpt > threshold) {
        *p++ = g->d[0];
        if (g->nd > 1 || alt) {
            *p++ = '.';
        }
        memcpy(p, g->d + 1, (size_t)g->nd - 1);
        p += g->nd - 1;
        p += sprintf(p, "e%c%02d", g->decpt - 1 < 0 ? '-' : '+', abs(g->decpt - 1));
        return (size_t)(p - out);
    }
    if (g->decpt <= 0) {
        *p++ = '0';
        *p++ = '.';
        memset(p, '0', (size_t)-g->decpt);
        p += -g->decpt;
        memcpy(p, g->d, (size_t)g->nd);
        p += g->nd;
    } else if (g->decpt >= g->nd) {
        memcpy(p, g->d, (size_t)g->nd);
        p += g->nd;
        memset(p, '0', (size_t)(g->decpt - g->nd));
        p += g->decpt - g->nd;
        if (add_dot_0) {
            *p++ = '.';
            *p++ = '0';
        } else if (alt) {
            *p++ = '.';
        }
    } else {
        memcpy(p, g->d, (size_t)g->decpt);
        p += g->decpt;
        *p++ = '.';
        memcpy(p, g->d + g->decpt, (size_t)(g->nd - g->decpt));
        p += g->nd - g->decpt;
    }
    *p = '\0';
    return (size_t)(p - out);
}

size_t format_double_repr(double d, char *buf) {
    char *p = buf;
    if (isnan(d)) {
        return (size_t)sprintf(buf, "nan");
    }
    if (signbit(d)) {
        *p++ = '-';
    }
    if (isinf(d)) {
        return (size_t)(p - buf) + (size_t)sprintf(p, "inf");
    }
    char store[24];
    Digits g = {.d = store};
    shortest_digits(fabs(d), &g);
    size_t n = layout_digits(&g, 16, false, true, p);
    p[n] = '\0';
    return (size_t)(p - buf) + n;
}

// ---- Fixed notation without printf ----
// Most 'f' formats are of modest numbers to a few places (f"{x:.2f}"), and
// glibc's printf spends much of its time in general multi-precision code for
// them. Here the exact value does it: a finite x >= 0 is m * 2^e for integers
// m < 2^53 and e, so x * 10^prec = m * 10^prec * 2^e. For prec <= FIXED_MAX_PREC
// the product m * 10^prec fits in 128 bits, and the shift by e and the rounding
// are exact integer steps. Ties round half to even on the exact binary value,
// which is what both glibc's printf and CPython's dtoa do, so the text is the
// same byte for byte.
#define FIXED_MAX_PREC 19 // 10^19 < 2^64, so m * 10^prec < 2^117

static const uint64_t pow10_u64[FIXED_MAX_PREC + 1] = {
    1u,
    10u,
    100u,
    1000u,
    10000u,
    100000u,
    1000000u,
    10000000u,
    100000000u,
    1000000000u,
    10000000000u,
    100000000000u,
    1000000000000u,
    10000000000000u,
    100000000000000u,
    1000000000000000u,
    10000000000000000u,
    100000000000000000u,
    1000000000000000000u,
    10000000000000000000u,
};

// Writes |x| (finite, >= 0) rounded to prec fraction digits into out (room for
// 48 bytes) as "%.*f" (with alt: "%#.*f") would, and returns the length; returns 0
// when the case is out of reach (prec too large, or x * 10^prec >= 2^64).
static size_t fixed_text(double x, int prec, bool alt, char *out) {
    if (prec < 0 || prec > FIXED_MAX_PREC) {
        return 0;
    }
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int biased = (int)((bits >> 52) & 0x7FF);
    uint64_t m = bits & ((UINT64_C(1) << 52) - 1);
    int e;
    if (biased == 0) {
        e = -1074; // subnormal (or zero): no implicit leading bit
    } else {
        m |= UINT64_C(1) << 52;
        e = biased - 1075;
    }
    unsigned __int128 prod = (unsigned __int128)m * pow10_u64[prec];
    uint64_t q; // round(x * 10^prec)
    if (e >= 0) {
        // An integer: exact as long as the shifted product stays below 2^64.
        if (e > 63 || (prod >> (64 - e)) != 0) {
            return 0;
        }
        q = (uint64_t)(prod << e);
    } else if (-e >= 128) {
        // prod < 2^117 is less than half of 2^-e: rounds to zero.
        q = 0;
    } else {
        int k = -e;
        unsigned __int128 whole = prod >> k;
        unsigned __int128 rest = prod - (whole << k);
        unsigned __int128 half = (unsigned __int128)1 << (k - 1);
        if (rest > half || (rest == half && (whole & 1))) {
            whole++;
        }
        if (whole >> 64) {
            return 0;
        }
        q = (uint64_t)whole;
    }

    // Decimal digits of q, right to left, at least prec + 1 of them.
    char digits[24];
    int nd = 0;
    do {
        digits[sizeof digits - 1 - nd++] = (char)('0' + q % 10);
        q /= 10;
    } while (q != 0);
    while (nd < prec + 1) {
        digits[sizeof digits - 1 - nd++] = '0';
    }
    const char *d = digits + sizeof digits - nd;
    int nint = nd - prec;
    char *p = out;
    memcpy(p, d, (size_t)nint);
    p += nint;
    if (prec > 0 || alt) {
        *p++ = '.';
    }
    memcpy(p, d + nint, (size_t)prec);
    p += prec;
    *p = '\0';
    return (size_t)(p - out);
}

// The text of |x| for a finite x, in a malloc'd string, NULL when out of memory.
static char *float_text(double x, char type, int prec, bool alt) {
    if (type == 'f' || type == 'F') {
        char buf[48];
        size_t n = fixed_text(x, prec, alt, buf);
        if (n > 0) {
            char *out = malloc(n + 2); // room for a '%' the caller may add
            if (out != NULL) {
                memcpy(out, buf, n + 1);
            }
            return out;
        }
    }
    if (type == 0) {
        // Room for prec digits, a point, up to 3 leading zeros and an exponent.
        size_t room = (prec > 0 ? (size_t)prec : 0) + 64;
        char *out = malloc(room);
        // tmp holds the %e text, then the digits pulled out of it.
        char *tmp = malloc(2 * room);
        if (out == NULL || tmp == NULL) {
            free(out);
            free(tmp);
            return NULL;
        }
        Digits g = {.d = tmp + room};
        if (prec < 0) {
            // No precision: repr's shortest digits, exponent past 16 digits.
            shortest_digits(x, &g);
            layout_digits(&g, 16, alt, true, out);
        } else {
            // Like 'g', but an integer gets ".0" so exponents start one digit sooner.
            int p = prec == 0 ? 1 : prec;
            snprintf(tmp, room, "%.*e", p - 1, x);
            split_e(tmp, &g);
            while (!alt && g.nd > 1 && g.d[g.nd - 1] == '0') {
                g.nd--;
            }
            layout_digits(&g, p - 1, alt, true, out);
        }
        free(tmp);
        return out;
    }
    char fmt[8];
    snprintf(fmt, sizeof(fmt), "%%%s.*%c", alt ? "#" : "", type);
    int n = snprintf(NULL, 0, fmt, prec, x);
    if (n < 0) {
        return NULL;
    }
    char *out = malloc((size_t)n + 2);
    if (out != NULL) {
        snprintf(out, (size_t)n + 1, fmt, prec, x);
    }
    return out;
}

char *format_double(double d, const FormatSpec *spec, size_t *len, const char **err) {
    char type = spec->type;
    if (type == FORMAT_TYPE_OTHER && spec->type_cp == 0) {
        type = 0; // an explicit NUL type is the same as none for floats
    }
    if (type != 0 && strchr("eEfFgGn%", type) == NULL) {
        *err = unknown_code(spec_code(spec), "float");
        return NULL;
    }
    if (spec->precision > INT_MAX) {
        *err = "precision too big";
        return NULL;
    }
    int prec = (int)spec->precision;
    bool upper = type == 'E' || type == 'F' || type == 'G';
    bool percent = type == '%';
    if (type == 'n') {
        type = 'g';
    } else if (percent) {
        type = 'f';
        d *= 100;
    }
    if (type != 0 && prec < 0) {
        prec = 6;
    }
    // CPython never prints a sign for NaN, whatever its sign bit says.
    bool negative = signbit(d) && !isnan(d);
    char *text;
    if (isfinite(d)) {
        text = float_text(fabs(d), type, prec, spec->alternate);
    } else {
        text = malloc(8);
        if (text != NULL) {
            strcpy(text, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        }
    }
    if (text == NULL) {
        *err = err_no_memory;
        return NULL;
    }
    if (percent) {
        strcat(text, "%");
    }
    if (negative && spec->no_neg_zero && isfinite(d)) {
        // 'z': drop the sign when every digit before any exponent is zero.
        negative = false;
        for (const char *p = text; *p && *p != 'e' && *p != 'E'; p++) {
            negative |= *p >= '1' && *p <= '9';
        }
    }
    size_t nd = strspn(text, "0123456789");
    const char *sign = negative ? "-" : spec->sign == '+' ? "+" : spec->sign == ' ' ? " " : "";
    // inf and nan have no digits to group; their zero fill stays plain.
    char *out = emit_number(sign, "", text, nd, text + nd, strlen(text + nd), isfinite(d), 3, spec,
                            len, err);
    free(text);
    return out;
}

// ---- Strings ----

char *format_str(const char *s, size_t n, size_t cplen, const FormatSpec *spec, size_t *len,
                 const char **err) {
    char type = spec->type ? spec->type : 's';
    if (spec->grouping && spec->type == 0) {
        *err = message("Cannot specify '%c' with 's'.", spec->grouping);
        return NULL;
    }
    if (type != 's') {
        *err = unknown_code(spec_code(spec), "str");
        return NULL;
    }
    if (spec->sign == ' ') {
        *err = "Space not allowed in string format specifier";
        return NULL;
    }
    if (spec->sign) {
        *err = "Sign not allowed in string format specifier";
        return NULL;
    }
    if (spec->no_neg_zero) {
        *err = "Negative zero coercion (z) not allowed in string format specifier";
        return NULL;
    }
    if (spec->alternate) {
        *err = "Alternate form (#) not allowed in string format specifier";
        return NULL;
    }
    if (spec->align == '=') {
        *err = "'=' alignment not allowed in string format specifier";
        return NULL;
    }
    // Precision keeps the first `precision` code points.
    if (spec->precision >= 0 && (uint64_t)spec->precision < cplen) {
        size_t keep = 0;
        for (size_t cps = 0; keep < n && cps < (size_t)spec->precision; cps++) {
            size_t used;
            utf8_decode(s + keep, n - keep, &used);
            keep += used;
        }
        n = keep;
    }
    FormatSpec text_spec = *spec;
    text_spec.align = spec->align ? spec->align : '<';
    text_spec.grouping = 0;
    // A string lays out like a number with no sign or digits: all of it is tail.
    return emit_number("", "", "", 0, s, n, false, 3, &text_spec, len, err);
}
