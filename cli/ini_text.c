/* cli/ini_text.c - text edits of a scenario file that keep its comments (see ini_text.h). */
#include "ini_text.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ini_text_parse(ini_text *t, const char *text)
{
    t->n = 0;
    while (*text) {
        const char *nl = strchr(text, '\n');
        size_t len = nl ? (size_t)(nl - text) : strlen(text);
        if (t->n >= INI_TEXT_MAX_LINES || len >= INI_TEXT_LINE_MAX) return -1;
        memcpy(t->line[t->n], text, len);
        t->line[t->n++][len] = '\0';
        text += len + (nl ? 1 : 0);
    }
    return 0;
}

int ini_text_join(const ini_text *t, char *buf, size_t size)
{
    size_t used = 0;
    for (int i = 0; i < t->n; i++) {
        size_t len = strlen(t->line[i]);
        if (used + len + 2 > size) return -1;
        memcpy(buf + used, t->line[i], len);
        used += len;
        buf[used++] = '\n';
    }
    buf[used] = '\0';
    return 0;
}

/* Index of the line holding `key =` in [section], or -1. */
static int find_key(const ini_text *t, const char *section, const char *key)
{
    int in = 0;
    size_t sl = strlen(section), kl = strlen(key);
    for (int i = 0; i < t->n; i++) {
        const char *l = t->line[i];
        while (isspace((unsigned char)*l)) l++;
        if (*l == '[') { in = !strncmp(l + 1, section, sl) && l[1 + sl] == ']'; continue; }
        if (!in || strncmp(l, key, kl)) continue;
        l += kl;
        while (*l == ' ' || *l == '\t') l++;
        if (*l == '=') return i;
    }
    return -1;
}

int ini_text_set(ini_text *t, const char *section, const char *key, double value, const char *note)
{
    int i = find_key(t, section, key);
    char comment[INI_TEXT_LINE_MAX / 2] = "", value_part[64];
    const char *semi;
    if (i < 0) return -1;
    semi = strchr(t->line[i], ';');
    if (note) snprintf(comment, sizeof comment, "; %s", note);
    else if (semi) snprintf(comment, sizeof comment, "%s", semi);
    snprintf(value_part, sizeof value_part, "%s = %.10g", key, value);
    return snprintf(t->line[i], INI_TEXT_LINE_MAX, "%-32s %s", value_part, comment) < INI_TEXT_LINE_MAX ? 0 : -1;
}

#define MAX_POINTS 64

/* Parses "y:v, y:v" (or a lone scalar, n = 0 with *scalar set) from s up to a ';'. */
static int parse_points(const char *s, int *year, double *val, int *n, double *scalar, int *is_scalar)
{
    char *end;
    *n = 0;
    *is_scalar = 0;
    while (*s == ' ' || *s == '\t') s++;
    {
        double v = strtod(s, &end);
        const char *p = end;
        while (*p == ' ' || *p == '\t') p++;
        if (end != s && (*p == '\0' || *p == ';')) { *scalar = v; *is_scalar = 1; return 0; }
    }
    for (;;) {
        long y = strtol(s, &end, 10);
        if (end == s || *end != ':' || *n >= MAX_POINTS) return -1;
        s = end + 1;
        val[*n] = strtod(s, &end);
        if (end == s) return -1;
        year[(*n)++] = (int)y;
        s = end;
        while (*s == ' ' || *s == '\t') s++;
        if (*s == ',') { s++; while (*s == ' ' || *s == '\t') s++; continue; }
        if (*s == '\0' || *s == ';') return 0;
        return -1;
    }
}

int ini_text_set_point(ini_text *t, const char *section, const char *key, int year, double value)
{
    int i = find_key(t, section, key), years[MAX_POINTS + 1], n, is_scalar, at;
    double vals[MAX_POINTS + 1], scalar = 0;
    char out[INI_TEXT_LINE_MAX], comment[INI_TEXT_LINE_MAX / 2] = "";
    const char *eq, *semi;
    size_t used;
    if (i < 0) return -1;
    eq = strchr(t->line[i], '=');
    semi = strchr(eq, ';');
    if (semi) snprintf(comment, sizeof comment, "   %s", semi);
    if (parse_points(eq + 1, years, vals, &n, &scalar, &is_scalar)) return -1;
    (void)scalar; /* a scalar is replaced by the one point (a one-point path holds its value) */
    if (is_scalar) n = 0;
    for (at = 0; at < n && years[at] < year; at++) {}
    if (at < n && years[at] == year) vals[at] = value;
    else {
        if (n >= MAX_POINTS) return -1;
        memmove(years + at + 1, years + at, (size_t)(n - at) * sizeof years[0]);
        memmove(vals + at + 1, vals + at, (size_t)(n - at) * sizeof vals[0]);
        years[at] = year;
        vals[at] = value;
        n++;
    }
    used = (size_t)snprintf(out, sizeof out, "%s = ", key);
    for (int k = 0; k < n && used < sizeof out; k++)
        used += (size_t)snprintf(out + used, sizeof out - used, "%s%d:%.10g", k ? ", " : "", years[k], vals[k]);
    if (used >= sizeof out || snprintf(out + used, sizeof out - used, "%s", comment) >= (int)(sizeof out - used))
        return -1;
    memcpy(t->line[i], out, sizeof out);
    return 0;
}

void ini_text_replace_name(ini_text *t, const char *name)
{
    int in = 0;
    for (int i = 0; i < t->n; i++) {
        char *p, out[INI_TEXT_LINE_MAX];
        if (t->line[i][0] == '[') in = !strncmp(t->line[i], "[scenario]", 10);
        if (!in || t->line[i][0] == ';') continue;
        while ((p = strstr(t->line[i], "NAME")) != NULL) {
            if (snprintf(out, sizeof out, "%.*s%s%s", (int)(p - t->line[i]), t->line[i], name, p + 4) >= (int)sizeof out)
                break;
            memcpy(t->line[i], out, sizeof out);
        }
    }
}
