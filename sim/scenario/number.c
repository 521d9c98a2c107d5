/* sim/scenario/number.c - the one number grammar of the engine's inputs (sim/scenario/number.h):
 * a strict decimal syntax check first, then strtod in the C locale (uselocale is per thread).
 * Never prints, keeps no state. */
#include "number.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Trims blanks at both ends in place and returns the new start. */
char *num_trim(char *s)
{
    size_t n;
    while (num_is_blank(*s)) s++;
    n = strlen(s);
    while (n > 0 && num_is_blank(s[n - 1])) s[--n] = '\0';
    return s;
}

/* True when s[0..n) is [+-]digits[.digits][(e|E)[+-]digits] with at least one mantissa digit:
 * this, not strtod, decides what a number is (strtod also takes "0x7e8", "inf" and, in a
 * comma-decimal locale, "1,5"). */
static int grammar_ok(const char *s, size_t n)
{
    size_t i = 0, digits = 0, exp_digits = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    for (; i < n && num_is_digit(s[i]); i++) digits++;
    if (i < n && s[i] == '.')
        for (i++; i < n && num_is_digit(s[i]); i++) digits++;
    if (digits == 0) return 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        for (; i < n && num_is_digit(s[i]); i++) exp_digits++;
        if (exp_digits == 0) return 0;
    }
    return i == n;
}

/* True when s (after an optional sign) starts with "nan" or "inf", any case. */
static int names_nonfinite(const char *s)
{
    char w[4] = {0};
    if (*s == '+' || *s == '-') s++;
    for (int i = 0; i < 3 && s[i]; i++) w[i] = num_lower_ascii(s[i]);
    return !strcmp(w, "nan") || !strcmp(w, "inf");
}

/* strtod in the C locale: in a locale with a decimal comma strtod would stop at the '.'. */
static double strtod_c(const char *s, char **end)
{
    locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    locale_t old = c ? uselocale(c) : (locale_t)0;
    double v = strtod(s, end);
    if (c) {
        uselocale(old);
        freelocale(c);
    }
    return v;
}

int num_parse(const char *tok, double *out)
{
    char buf[NUM_TOKEN_MAX];
    char *s, *end;
    size_t n = tok ? strlen(tok) : 0;
    double v;
    if (n == 0 || n >= sizeof buf) return -1;
    memcpy(buf, tok, n + 1);
    s = num_trim(buf);
    if (names_nonfinite(s)) return -2;
    if (!grammar_ok(s, strlen(s))) return -1;
    errno = 0;
    v = strtod_c(s, &end);
    if (*end != '\0') return -1;
    if (!isfinite(v) || (errno == ERANGE && fabs(v) > 1.0)) return -2;
    *out = v == 0.0 ? 0.0 : v; /* no negative zero in an input */
    return 0;
}

int num_parse_pair(const char *text, double *lo, double *hi)
{
    char buf[2 * NUM_TOKEN_MAX];
    char *comma;
    double a, b;
    int rc;
    if (!text || strlen(text) >= sizeof buf) return -1;
    memcpy(buf, text, strlen(text) + 1);
    comma = strchr(buf, ',');
    if (!comma || strchr(comma + 1, ',')) return -1;
    *comma = '\0';
    if ((rc = num_parse(buf, &a)) != 0 || (rc = num_parse(comma + 1, &b)) != 0) return rc;
    *lo = a;
    *hi = b;
    return 0;
}

const char *num_format(double v, char *buf, size_t size)
{
    locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    locale_t old = c ? uselocale(c) : (locale_t)0;
    int prec = 1;
    if (v == 0.0) v = 0.0; /* writes "0", never "-0" */
    /* at least as many digits as the integer part has, so 2000 is "2000", not "2e+03" */
    if (fabs(v) >= 1.0 && fabs(v) < 1e17) prec = (int)floor(log10(fabs(v))) + 1;
    for (; prec <= 17; prec++) {
        snprintf(buf, size, "%.*g", prec, v);
        if (strtod(buf, NULL) == v) break;
    }
    if (c) {
        uselocale(old);
        freelocale(c);
    }
    return buf;
}
