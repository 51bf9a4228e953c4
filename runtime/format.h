// Format specs and number/string formatting as CPython's format() does them.
// This module owns the mini-language parser ([[fill]align][sign][z][#][0][width]
// [grouping][.precision][type]), float repr, and format() for C int64, double and
// UTF-8 strings. It knows nothing about VM objects: callers pass C values, get back
// malloc'd UTF-8 text or an error message, and raise the matching Python exception.
#ifndef VM_RUNTIME_FORMAT_H
#define VM_RUNTIME_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
typedef struct FormatSpec {
    uint32_t fill;     // code point, default ' '; '0' when the '0' flag is given without a fill
    char align;        // '<', '>', '^', '=' or 0 when not given
    char sign;         // '+', '-', ' ' or 0
    bool alternate;    // '#'
    bool zero_pad;     // '0' before width
    int64_t width;     // -1 when absent
    char grouping;     // ',' or '_' or 0
    int64_t precision; // -1 when absent
    char type;         // 0 when absent, else one of "bcdoxXneEfFgGs%" (or another ASCII
                       // code, rejected by the formatters), FORMAT_TYPE_OTHER for the rest
    bool no_neg_zero;  // 'z': a value that rounds to -0 prints without its '-'
    uint32_t type_cp;  // the type's code point; only read when type == FORMAT_TYPE_OTHER
} FormatSpec;

// `type` for a type code that is not printable in one char: NUL or non-ASCII.
#define FORMAT_TYPE_OTHER ((char)0x80)

// Which Python exception an error message from this module stands for.
typedef enum FormatErrKind {
    FORMAT_ERR_VALUE,    // ValueError(message)
    FORMAT_ERR_OVERFLOW, // OverflowError(message): '%c arg not in range(0x110000)'
    FORMAT_ERR_MEMORY,   // MemoryError(): result too large to allocate (message is "")
} FormatErrKind;

// Classifies an *err set by any function here.
FormatErrKind format_err_kind(const char *err);

// Parses spec (UTF-8, n bytes). On failure returns false and sets *err to CPython's
// exact message. Messages built at run time live in a per-thread buffer that the
// next failing call here overwrites. format_spec_parse cannot know the object's type,
// so its "Invalid format specifier" message stops before " for object of type ...";
// callers that know the type ("int", "float", "str") use format_spec_parse_for.
bool format_spec_parse(const char *spec, size_t n, FormatSpec *out, const char **err);
bool format_spec_parse_for(const char *spec, size_t n, const char *type_name, FormatSpec *out,
                           const char **err);

// Writes repr(d) as CPython prints it (shortest round-trip digits; '1e+16',
// '1e-05', '0.1', '2.0', 'inf', '-inf', 'nan', '-0.0') into buf (>= 32 bytes);
// returns the length. buf is NUL-terminated.
size_t format_double_repr(double d, char *buf);

// format(value, spec) for an int64, a double and a UTF-8 string of cplen code
// points. Return a malloc'd NUL-terminated UTF-8 string (caller frees) and its byte
// length in *len, or NULL with *err set to CPython's exact message; format_err_kind
// says which exception to raise. format_int turns the value into a float for the
// e/f/g/% types, as CPython does. bool callers must map '' to str(True) themselves.
char *format_int(int64_t v, const FormatSpec *spec, size_t *len, const char **err);
char *format_double(double d, const FormatSpec *spec, size_t *len, const char **err);
char *format_str(const char *s, size_t n, size_t cplen, const FormatSpec *spec, size_t *len,
                 const char **err);

// For ints beyond int64: the base (2, 8, 10 or 16) spec's type writes digits in, and
// format_int's checks and layout applied to the magnitude's digits in that base
// ('X' wants upper case), negative when `neg`. 'c' always fails (out of range);
// the float types e/f/g/% are the caller's to handle through a double.
unsigned format_int_base(const FormatSpec *spec);
char *format_int_digits(bool neg, const char *digits, size_t nd, const FormatSpec *spec,
                        size_t *len, const char **err);

#endif
