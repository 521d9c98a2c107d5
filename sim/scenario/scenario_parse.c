/* sim/scenario/scenario_parse.c - text level of scenario files: year:value paths (their numbers read
 * by sim/scenario/number.c) and their interpolation, and the INI line scanner that gives every section and
 * key its line number. Knows nothing of the schema. Never prints. */
#include "scenario_priv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario.h"

#define EXCERPT_MAX 60     /* bytes of a bad line or value quoted back in a message */
#define PATH_YEAR_MIN 1990 /* earliest year a path point may name */
#define PATH_YEAR_MAX 2100 /* latest year a path point may name */

/* ---- small string helpers ---- */


/* Copies at most EXCERPT_MAX bytes of s into buf for a message, never cutting a UTF-8
 * character in two, and marks a cut with "...". Returns buf. */
static const char *excerpt(const char *s, char *buf, size_t size)
{
    size_t n = strlen(s), cut = n;
    if (cut > EXCERPT_MAX) {
        cut = EXCERPT_MAX;
        while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80) cut--;
    }
    if (cut + 4 > size) cut = size > 4 ? size - 4 : 0;
    memcpy(buf, s, cut);
    strcpy(buf + cut, cut < n ? "..." : "");
    return buf;
}

/* ---- paths ---- */

const char *scn_path_format(const pp_path *p, char *buf, size_t size)
{
    size_t used = 0;
    char num[32];
    if (size == 0) return buf;
    buf[0] = '\0';
    if (p->n == 1 && p->year[0] == 0) return num_format(p->value[0], buf, size);
    for (int i = 0; i < p->n && used < size; i++) {
        int w = snprintf(buf + used, size - used, "%s%d:%s", i ? ", " : "", p->year[i],
                         num_format(p->value[i], num, sizeof num));
        if (w < 0) break;
        used += (size_t)w;
    }
    return buf;
}

/* ---- paths ---- */

/* Reads a year token: 1 to 4 digits, PATH_YEAR_MIN..PATH_YEAR_MAX. */
static pp_status parse_year(char *tok, const char *point, int *year, pp_error *err)
{
    char q[EXCERPT_MAX + 4];
    size_t n;
    tok = num_trim(tok);
    n = strlen(tok);
    for (size_t i = 0; i < n; i++)
        if (!num_is_digit(tok[i])) n = 0;
    if (n == 0 || n > 4)
        return pp_error_set(err, PP_ERR_PARSE, PATH_YEAR_NOT_WHOLE, PP_S(tok), PP_S(excerpt(point, q, sizeof q)));
    *year = atoi(tok);
    if (*year < PATH_YEAR_MIN || *year > PATH_YEAR_MAX)
        return pp_error_set(err, PP_ERR_PARSE, PATH_YEAR_OUTSIDE, PP_I(*year), PP_S(excerpt(point, q, sizeof q)),
                            PP_I(PATH_YEAR_MIN), PP_I(PATH_YEAR_MAX));
    return PP_OK;
}

/* Reads the value token of a point (or of a bare constant when point is the whole text). */
static pp_status parse_value(char *tok, const char *point, double *v, pp_error *err)
{
    char q[EXCERPT_MAX + 4], t[EXCERPT_MAX + 4];
    int rc;
    tok = num_trim(tok);
    if (*tok == '\0')
        return pp_error_set(err, PP_ERR_PARSE, PATH_NO_VALUE, PP_S(excerpt(point, q, sizeof q)));
    rc = num_parse(tok, v);
    if (rc == 0) return PP_OK;
    excerpt(tok, t, sizeof t);
    excerpt(point, q, sizeof q);
    if (!strcmp(t, q)) /* a bare value: no need to quote it twice */
        return rc == -2 ? pp_error_set(err, PP_ERR_PARSE, NOT_FINITE, PP_S(t))
                        : pp_error_set(err, PP_ERR_PARSE, NOT_A_NUMBER, PP_S(t));
    return rc == -2 ? pp_error_set(err, PP_ERR_PARSE, NOT_FINITE_IN, PP_S(t), PP_S(q))
                    : pp_error_set(err, PP_ERR_PARSE, NOT_A_NUMBER_IN, PP_S(t), PP_S(q));
}

/* Parses one comma-separated token into point i of p (checking order against point i-1). */
static pp_status parse_point(char *tok, int i, int alone, pp_path *p, pp_error *err)
{
    char point[EXCERPT_MAX + 4];
    char *colon = strchr(tok, ':');
    pp_status st;
    excerpt(num_trim(tok), point, sizeof point);
    if (!colon) {
        if (!alone)
            return pp_error_set(err, PP_ERR_PARSE, POINT_NO_YEAR, PP_S(point));
        p->year[0] = 0;
        return parse_value(tok, point, &p->value[0], err);
    }
    *colon = '\0';
    if ((st = parse_year(tok, point, &p->year[i], err)) != PP_OK) return st;
    if ((st = parse_value(colon + 1, point, &p->value[i], err)) != PP_OK) return st;
    if (i > 0 && p->year[i] == p->year[i - 1])
        return pp_error_set(err, PP_ERR_PARSE, YEAR_TWICE, PP_I(p->year[i]));
    if (i > 0 && p->year[i] < p->year[i - 1])
        return pp_error_set(err, PP_ERR_PARSE, YEARS_OUT_OF_ORDER, PP_I(p->year[i]), PP_I(p->year[i - 1]));
    return PP_OK;
}

/* Splits the copy `buf` at commas and parses each point into p. */
static pp_status parse_points(char *buf, const char *text, pp_path *p, pp_error *err)
{
    char q[EXCERPT_MAX + 4];
    int n = 1, i = 0;
    for (const char *c = buf; *c; c++) n += *c == ',';
    if (n > PP_PATH_MAX)
        return pp_error_set(err, PP_ERR_PARSE, TOO_MANY_POINTS, PP_I(n), PP_S(excerpt(text, q, sizeof q)),
                            PP_I(PP_PATH_MAX));
    for (char *tok = buf; tok; i++) {
        char *comma = strchr(tok, ',');
        pp_status st;
        if (comma) *comma = '\0';
        if (*num_trim(tok) == '\0')
            return n == 1 ? pp_error_set(err, PP_ERR_PARSE, EMPTY_VALUE)
                          : pp_error_set(err, PP_ERR_PARSE, EMPTY_POINT, PP_S(excerpt(text, q, sizeof q)));
        if ((st = parse_point(tok, i, n == 1, p, err)) != PP_OK) return st;
        tok = comma ? comma + 1 : NULL;
    }
    p->n = n;
    return PP_OK;
}

pp_status pp_path_parse(const char *text, pp_path *p, pp_error *err)
{
    pp_path tmp;
    char *buf;
    pp_status st;
    if (!text || !p) return pp_error_set(err, PP_ERR_USAGE, NULL_ARGUMENT, PP_S("pp_path_parse"));
    buf = malloc(strlen(text) + 1);
    if (!buf) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    strcpy(buf, text);
    memset(&tmp, 0, sizeof tmp);
    st = parse_points(buf, text, &tmp, err);
    free(buf);
    if (st == PP_OK) *p = tmp;
    return st;
}

int pp_path_equal(const pp_path *a, const pp_path *b)
{
    if (a->n != b->n) return 0;
    for (int i = 0; i < a->n; i++)
        if (a->year[i] != b->year[i] || a->value[i] != b->value[i]) return 0;
    return 1;
}

/* ---- INI scanner: byte-level checks ---- */

/* Length of the valid UTF-8 sequence at s (n bytes left), or 0 when it is not valid
 * (overlong forms, surrogates and code points above U+10FFFF are invalid). */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    size_t len;
    unsigned cp;
    if (s[0] < 0x80) return 1;
    if (s[0] >= 0xC2 && s[0] <= 0xDF) { len = 2; cp = s[0] & 0x1Fu; }
    else if (s[0] >= 0xE0 && s[0] <= 0xEF) { len = 3; cp = s[0] & 0x0Fu; }
    else if (s[0] >= 0xF0 && s[0] <= 0xF4) { len = 4; cp = s[0] & 0x07u; }
    else return 0;
    if (len > n) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3Fu);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF) return 0;
    if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
    return len;
}

/* Rejects what is not UTF-8 text: NUL and other control bytes (tab, LF and the CR of CRLF are
 * fine) and invalid UTF-8, naming the line. */
static pp_status check_bytes(const char *text, size_t len, const char *name, pp_error *err)
{
    const unsigned char *s = (const unsigned char *)text;
    int line = 1;
    for (size_t i = 0; i < len;) {
        size_t k = utf8_len(s + i, len - i);
        unsigned c = s[i];
        if (c == '\n') line++;
        if (k == 0 || c == 0 || c == 0x7F || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            || (c == '\r' && (i + 1 >= len || s[i + 1] != '\n'))) {
            char hex[8];
            snprintf(hex, sizeof hex, "0x%02X", c);
            if (k == 0) pp_error_set(err, PP_ERR_PARSE, NOT_UTF8);
            else if (c == '\r') pp_error_set(err, PP_ERR_PARSE, LONE_CR);
            else pp_error_set(err, PP_ERR_PARSE, CONTROL_BYTE, PP_S(hex));
            pp_error_where(err, name, NULL, NULL, line);
            return PP_ERR_PARSE;
        }
        i += k;
    }
    return PP_OK;
}

/* ---- INI scanner: lines ---- */

typedef struct {
    const char *name;
    scn_ini_visit visit;
    void *ctx;
    char section[PP_ERR_NAME_MAX];
    int have_section;
    int keys;
} scan_state;

/* A line the scanner cannot read: message id with the excerpt of detail as its one argument, or
 * with none when detail is NULL. */
static pp_status scan_error(const scan_state *st, int line, const char *key, pp_error *err,
                            pp_msg_id id, const char *detail)
{
    char q[EXCERPT_MAX + 4];
    pp_arg a[2] = {PP_S(detail ? excerpt(detail, q, sizeof q) : ""), PP_END_};
    pp_error_setv(err, PP_ERR_PARSE, id, detail ? 1 : 0, a);
    pp_error_where(err, st->name, st->have_section ? st->section : NULL, key, line);
    return PP_ERR_PARSE;
}

/* Copies a lowercased name into dst; 0 when it does not fit. */
static int copy_name(char *dst, const char *src)
{
    size_t n = strlen(src);
    if (n >= PP_ERR_NAME_MAX) return 0;
    for (size_t i = 0; i <= n; i++) dst[i] = num_lower_ascii(src[i]);
    return 1;
}

/* `[name]`, optionally followed by a comment. */
static pp_status scan_section(scan_state *st, char *s, int line, pp_error *err)
{
    char *close = strchr(s, ']'), *rest, *name;
    if (!close) return scan_error(st, line, NULL, err, PPM_SECTION_UNCLOSED, s);
    *close = '\0';
    rest = num_trim(close + 1);
    if (*rest && *rest != ';' && *rest != '#')
        return scan_error(st, line, NULL, err, PPM_SECTION_TRAILING, rest);
    name = num_trim(s + 1);
    if (*name == '\0') return scan_error(st, line, NULL, err, PPM_SECTION_EMPTY, NULL);
    if (!copy_name(st->section, name)) {
        st->have_section = 0;
        return scan_error(st, line, NULL, err, PPM_SECTION_TOO_LONG, name);
    }
    st->have_section = 1;
    return st->visit(st->ctx, line, st->section, NULL, NULL, err);
}

/* Unquotes a quoted value in place (backslash escapes the next character) or cuts an unquoted
 * one at a comment. Returns NULL (and sets *bad) when a quote is not closed or text follows it. */
static char *scan_value(char *v, pp_msg_id *bad)
{
    char q = *v, *r = v + 1, *w = v, *rest;
    if (q != '"' && q != '\'') {
        v[strcspn(v, ";#")] = '\0';
        return num_trim(v);
    }
    while (*r && *r != q) {
        if (*r == '\\' && r[1]) r++;
        *w++ = *r++;
    }
    if (*r != q) { *bad = PPM_QUOTE_UNCLOSED; return NULL; }
    rest = num_trim(r + 1);
    if (*rest && *rest != ';' && *rest != '#') { *bad = PPM_QUOTE_TRAILING; return NULL; }
    *w = '\0';
    return v;
}

/* `key = value`. */
static pp_status scan_key(scan_state *st, char *s, int line, pp_error *err)
{
    char *eq = strchr(s, '='), *key, *value;
    char lkey[PP_ERR_NAME_MAX];
    pp_msg_id bad = PPM_NONE;
    if (!eq) return scan_error(st, line, NULL, err, PPM_NOT_A_KEY_LINE, s);
    *eq = '\0';
    key = num_trim(s);
    if (*key == '\0') return scan_error(st, line, NULL, err, PPM_KEY_NAME_MISSING, NULL);
    if (!copy_name(lkey, key)) return scan_error(st, line, NULL, err, PPM_KEY_NAME_TOO_LONG, key);
    if (!st->have_section) return scan_error(st, line, lkey, err, PPM_KEY_BEFORE_SECTION, key);
    value = scan_value(num_trim(eq + 1), &bad);
    if (!value) return scan_error(st, line, lkey, err, bad, NULL);
    st->keys++;
    return st->visit(st->ctx, line, st->section, lkey, value, err);
}

/* One logical line (continuations joined), NUL-terminated and writable. */
static pp_status scan_line(scan_state *st, char *s, int line, pp_error *err)
{
    s = num_trim(s);
    if (*s == '\0' || *s == ';' || *s == '#') return PP_OK;
    if (*s == '[') return scan_section(st, s, line, err);
    return scan_key(st, s, line, err);
}

/* True when the logical line in buf[0..n) is a comment (a comment never continues a line:
 * a trailing backslash in it must not swallow the key on the next line). */
static int is_comment(const char *buf, size_t n)
{
    size_t i = 0;
    while (i < n && num_is_blank(buf[i])) i++;
    return i < n && (buf[i] == ';' || buf[i] == '#');
}

/* Walks the physical lines, joining those that end in a backslash (as iniparser does), and
 * hands each logical line to scan_line with the number of its first physical line. */
static pp_status scan_lines(scan_state *st, const char *text, size_t len, pp_error *err)
{
    char *buf = malloc(len + 1);
    size_t used = 0, pos = 0;
    int line = 0, first = 0;
    pp_status rc = PP_OK;
    if (!buf) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    while (pos < len && rc == PP_OK) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;
        line++;
        if (used == 0) first = line;
        memcpy(buf + used, text + pos, n);
        used += n;
        pos += n + (nl ? 1 : 0);
        while (used > 0 && (buf[used - 1] == '\r' || num_is_blank(buf[used - 1]))) used--;
        if (used > 0 && buf[used - 1] == '\\' && pos < len && !is_comment(buf, used)) {
            used--;
            continue;
        }
        buf[used] = '\0';
        rc = scan_line(st, buf, first, err);
        used = 0;
    }
    free(buf);
    return rc;
}

pp_status scn_ini_scan(const char *text, size_t len, const char *name, scn_ini_visit visit,
                       void *ctx, pp_error *err)
{
    scan_state st;
    pp_status rc;
    memset(&st, 0, sizeof st);
    st.name = name;
    st.visit = visit;
    st.ctx = ctx;
    if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) { text += 3; len -= 3; }
    if (len == 0) {
        pp_error_set(err, PP_ERR_PARSE, FILE_EMPTY);
        pp_error_where(err, name, NULL, NULL, 0);
        return PP_ERR_PARSE;
    }
    if ((rc = check_bytes(text, len, name, err)) != PP_OK) return rc;
    if ((rc = scan_lines(&st, text, len, err)) != PP_OK) return rc;
    if (st.keys == 0) {
        pp_error_set(err, PP_ERR_PARSE, FILE_NO_KEYS);

        pp_error_where(err, name, NULL, NULL, 0);
        return PP_ERR_PARSE;
    }
    return PP_OK;
}
