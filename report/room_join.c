/* report/room_join.c - names and paths of a participant's files in a workshop room: the name
 * check, the file of each round, the relative inherit path and the "NAME: challenge" name line.
 * No I/O beyond realpath. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* realpath */
#endif
#include "room_join.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Length of the UTF-8 sequence starting at s (0 when it is not a valid one). */
static int utf8_len(const unsigned char *s)
{
    int n = s[0] < 0x80 ? 1 : (s[0] & 0xe0) == 0xc0 ? 2 : (s[0] & 0xf0) == 0xe0 ? 3 : (s[0] & 0xf8) == 0xf0 ? 4 : 0;
    if (n == 2 && s[0] < 0xc2) return 0; /* overlong */
    for (int i = 1; i < n; i++)
        if ((s[i] & 0xc0) != 0x80) return 0;
    return n;
}

int rjoin_name_ok(const char *name)
{
    size_t len = name ? strlen(name) : 0;
    if (len < 1 || len > RJOIN_NAME_MAX || name[0] == '-' || !strcmp(name, "workshop")) return 0;
    for (const unsigned char *p = (const unsigned char *)name; *p;) {
        int n = utf8_len(p);
        if (!n) return 0;
        if (n == 1 && (*p <= ' ' || *p == 0x7f || strchr("/@.\\\"'`$*?[]<>|;&", *p))) return 0;
        p += n;
    }
    return 1;
}

int rjoin_file(const char *dir, const char *name, int round, int late, char *out, size_t size)
{
    char suffix[16] = "";
    int n;
    if (round >= 2) snprintf(suffix, sizeof suffix, "@%d", round);
    n = snprintf(out, size, "%s/%s%s%s.ini", dir, late ? RJOIN_LATE_DIR "/" : "", name, suffix);
    return (n < 0 || (size_t)n >= size) ? -1 : 0;
}

int rjoin_round_of(const char *base, char *who, size_t size)
{
    size_t len = strlen(base);
    const char *at;
    size_t stem;
    int round = 1;
    if (len <= 4 || strcmp(base + len - 4, ".ini")) return 0;
    stem = len - 4;
    at = memchr(base, '@', stem);
    if (at) {
        char *end;
        long k = strtol(at + 1, &end, 10);
        if (end != base + stem || k < 2 || k > 99 || at[1] == '0') return 0;
        round = (int)k;
        stem = (size_t)(at - base);
    }
    if (stem == 0) return 0;
    if (who && size) snprintf(who, size, "%.*s", (int)stem, base);
    return round;
}

int rjoin_rel_path(const char *from_dir, const char *target, char *out, size_t size)
{
    char a[PATH_MAX], b[PATH_MAX];
    size_t common = 0, i;
    int n = 0, w;
    if (!realpath(from_dir, a) || !realpath(target, b)) return -1;
    /* the longest common leading run of whole path components */
    for (i = 0; a[i] && a[i] == b[i]; i++)
        if (a[i] == '/') common = i;
    if (!a[i] && (b[i] == '/' || !b[i])) common = i;
    if (!strcmp(a, "/")) common = 0;
    out[0] = '\0';
    for (i = common; a[i]; i++) /* one ".." per component of a after the common part */
        if (a[i] == '/' && a[i + 1]) {
            w = snprintf(out + n, size - (size_t)n, "../");
            if (w < 0 || (size_t)w >= size - (size_t)n) return -1;
            n += w;
        }
    w = snprintf(out + n, size - (size_t)n, "%s", b + common + (b[common] == '/'));
    return (w < 0 || (size_t)w >= size - (size_t)n) ? -1 : 0;
}

/* Copies s into out (size > 0) with line breaks as spaces. */
static void one_line(const char *s, char *out, size_t size)
{
    size_t k = 0;
    for (; *s && k + 1 < size; s++) out[k++] = (*s == '\n' || *s == '\r') ? ' ' : *s;
    out[k] = '\0';
}

char *rjoin_with_name(const char *ini, const char *name, const char *challenge_name)
{
    char who[RJOIN_NAME_MAX * 2 + 1], what[512], line[RJOIN_NAME_MAX * 2 + 600];
    const char *sec = strstr(ini, "[scenario]"), *ins, *skip_to;
    size_t total;
    char *out;
    one_line(name, who, sizeof who);
    one_line(challenge_name ? challenge_name : "", what, sizeof what);
    snprintf(line, sizeof line, "name = %s%s%s\n", who, what[0] ? ": " : "", what);
    if (!sec) {
        ins = skip_to = ini;
        snprintf(line + strlen(line) - 1, sizeof line - strlen(line) + 1, "\n\n");
        memmove(line + 11, line, strlen(line) + 1);
        memcpy(line, "[scenario]\n", 11);
    } else {
        const char *p = strchr(sec, '\n'), *end;
        ins = skip_to = p ? p + 1 : sec + strlen(sec);
        /* an existing name line in the section is replaced */
        for (p = ins; *p && *p != '['; p = end) {
            const char *q = p;
            end = strchr(p, '\n');
            end = end ? end + 1 : p + strlen(p);
            while (*q == ' ' || *q == '\t') q++;
            if (!strncmp(q, "name", 4) && (q[4] == ' ' || q[4] == '=' || q[4] == '\t')) {
                ins = p;
                skip_to = end;
                break;
            }
        }
    }
    total = (size_t)(ins - ini) + strlen(line) + strlen(skip_to) + 1;
    if (!(out = malloc(total))) return NULL;
    snprintf(out, total, "%.*s%s%s", (int)(ins - ini), ini, line, skip_to);
    return out;
}
