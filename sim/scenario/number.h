/* sim/scenario/number.h - the one number grammar of every engine input: scenario values and paths,
 * `key.range = lo, hi`, challenge limits and flags, goal and seek targets. Decimal only ([+-]digits
 * [.digits][e[+-]digits]: no hexadecimal, no "inf"/"nan", no decimal comma), read and written in
 * the C locale whatever the process locale is (the TUI sets the user's). Never prints. */
#ifndef PEAKPATH_SIM_NUMBER_H
#define PEAKPATH_SIM_NUMBER_H

#include <stddef.h>

/* The scanner's character classes, in ASCII whatever the locale: blank (space or tab), digit,
 * lower case. */
static inline int num_is_blank(char c) { return c == ' ' || c == '\t'; }
static inline int num_is_digit(char c) { return c >= '0' && c <= '9'; }
static inline char num_lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }

/* Trims blanks (num_is_blank) at both ends of s in place and returns the new start. */
char *num_trim(char *s);

#define NUM_TOKEN_MAX 128 /* longest number token accepted, bytes (blanks around it included) */

/* Reads one decimal number filling the whole token (blanks at both ends allowed). Returns 0 and
 * sets *out (never -0), -1 when tok is not such a number (or is NULL, empty or longer than
 * NUM_TOKEN_MAX - 1 bytes), -2 when it names NaN or infinity or overflows a double. *out is left
 * alone on failure. Thread-safe. */
int num_parse(const char *tok, double *out);

/* Reads "lo, hi": two numbers of the grammar above separated by exactly one comma. Returns 0 and
 * sets both, or the first failure of num_parse (-1 also when there is not exactly one comma). */
int num_parse_pair(const char *text, double *lo, double *hi);

/* Writes v in the C locale with the fewest significant digits (%.1g ... %.17g) that read back as
 * exactly v, never in exponent form below 1e17 ("2000", not "2e+03"), "0" for -0. buf should hold
 * at least 32 bytes. Returns buf. */
const char *num_format(double v, char *buf, size_t size);

#endif
