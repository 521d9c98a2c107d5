/* sim/scenario/target.c - the target language (sim/scenario/target.h): quantity names, comparisons
 * and the bound, read with the one number grammar (sim/scenario/number.c), and written back.
 * Never prints, keeps no state. */
#include "target.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number.h"

static const struct {
    const char *name;
    int has_year;
} metric_names[SEEK_METRIC_COUNT] = {
    {"peak_year", 0}, {"neutral_year", 0}, {"coal_share", 1},
    {"nonfossil_share", 1}, {"co2", 1}, {"cum_co2", 0}, {"net_co2", 1}, {"cum_net_co2", 0},
};

/* The Chinese names of the quantities, as a planner writes them: "碳达峰年份<=2030",
 * "2030年煤炭占比<=40" (the year comes first, with 年). The first name of each is the one
 * seek_metric_name_zh gives (and report/goal_text.c shows); the others are accepted too. Names are
 * data of the target language, like the English ones above; no sentence is made here. */
#define ZH_NAMES_MAX 4
static const char *const metric_names_zh[SEEK_METRIC_COUNT][ZH_NAMES_MAX] = {
    {"达峰年份", "碳达峰年份", "峰值年份", NULL},
    {"碳中和年份", "中和年份", "净零年份", NULL},
    {"煤炭占比", "煤炭比重", "煤炭消费占比", "煤炭消费比重"},
    {"非化石能源占比", "非化石能源比重", "非化石占比", "非化石比重"},
    {"CO2排放", "碳排放", "二氧化碳排放", "CO2排放量"},
    {"累计CO2排放", "累计排放", "累计碳排放", "累计二氧化碳排放"},
    {"净排放", "CO2净排放", "碳净排放", NULL},
    {"累计净排放", "累计CO2净排放", NULL, NULL},
};

#define ZH_YEAR "\xE5\xB9\xB4" /* 年, UTF-8 */

static const char *const op_text[] = {"<=", "<", ">=", ">"};

/* The forms a message suggests are the catalogue's (report/error_list.h: TARGET_FORMS), in the
 * reader's language. */

/* Splits "name_YYYY" / "name@YYYY" / "name" into the metric and year. Returns 0 on success. */
static int parse_metric(const char *s, size_t n, seek_target *t)
{
    for (int m = 0; m < SEEK_METRIC_COUNT; m++) {
        size_t len = strlen(metric_names[m].name);
        if (n < len || strncmp(s, metric_names[m].name, len) != 0) continue;
        if (!metric_names[m].has_year) {
            if (n != len) continue;
            t->metric = (seek_metric)m;
            t->year = 0;
            return 0;
        }
        if (n != len + 5 || (s[len] != '_' && s[len] != '@')) continue;
        for (size_t k = len + 1; k < n; k++)
            if (!isdigit((unsigned char)s[k])) return -1;
        t->metric = (seek_metric)m;
        t->year = atoi(s + len + 1);
        return 0;
    }
    return -1;
}

/* True when the n bytes at s are one of metric m's Chinese names. */
static int is_zh_name(int m, const char *s, size_t n)
{
    for (int k = 0; k < ZH_NAMES_MAX && metric_names_zh[m][k]; k++)
        if (strlen(metric_names_zh[m][k]) == n && !strncmp(s, metric_names_zh[m][k], n)) return 1;
    return 0;
}

/* A Chinese name: "YYYY年NAME" for the metrics with a year, "NAME" for the others. 0 on success. */
static int parse_metric_zh(const char *s, size_t n, seek_target *t)
{
    size_t yl = strlen(ZH_YEAR);
    int dated = n > 4 + yl && isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
                isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]) && !strncmp(s + 4, ZH_YEAR, yl);
    for (int m = 0; m < SEEK_METRIC_COUNT; m++) {
        if (metric_names[m].has_year != dated) continue;
        if (!is_zh_name(m, dated ? s + 4 + yl : s, dated ? n - 4 - yl : n)) continue;
        t->metric = (seek_metric)m;
        t->year = dated ? atoi(s) : 0;
        return 0;
    }
    return -1;
}

/* Reads the operator at s into t; returns its length, or 0 when there is none. */
static size_t parse_op(const char *s, seek_target *t)
{
    /* the mathematical signs a Chinese input method offers: ≤ (U+2264), ≥ (U+2265) */
    if (!strncmp(s, "\xE2\x89\xA4", 3)) { t->op = SEEK_LE; return 3; }
    if (!strncmp(s, "\xE2\x89\xA5", 3)) { t->op = SEEK_GE; return 3; }
    if (s[0] == '<') { t->op = s[1] == '=' ? SEEK_LE : SEEK_LT; return s[1] == '=' ? 2 : 1; }
    if (s[0] == '>') { t->op = s[1] == '=' ? SEEK_GE : SEEK_GT; return s[1] == '=' ? 2 : 1; }
    return 0;
}

/* True at a ≤ or ≥ (they end the quantity's name as < and > do). */
static int is_sign(const char *s)
{
    return !strncmp(s, "\xE2\x89\xA4", 3) || !strncmp(s, "\xE2\x89\xA5", 3);
}

pp_status seek_parse_target(const char *text, seek_target *t, pp_error *err)
{
    const char *p = text ? text : "", *name;
    size_t n, oplen;
    while (isspace((unsigned char)*p)) p++;
    name = p;
    while (*p && *p != '<' && *p != '>' && !isspace((unsigned char)*p) && !is_sign(p)) p++;
    n = (size_t)(p - name);
    if (parse_metric(name, n, t) != 0 && parse_metric_zh(name, n, t) != 0)
        return pp_error_set(err, PP_ERR_PARSE, TARGET_UNKNOWN_QUANTITY, PP_S(text ? text : ""), PP_SN(name, (int)n),
                            PP_M(PPM_TARGET_FORMS));
    while (isspace((unsigned char)*p)) p++;
    oplen = parse_op(p, t);
    if (!oplen)
        return pp_error_set(err, PP_ERR_PARSE, TARGET_NO_COMPARISON, PP_S(text), PP_M(PPM_TARGET_FORMS));
    p += oplen;
    while (isspace((unsigned char)*p)) p++;
    if (num_parse(p, &t->value) != 0)
        return pp_error_set(err, PP_ERR_PARSE, TARGET_NOT_NUMBER, PP_S(text), PP_S(p));

    return PP_OK;
}

const char *seek_target_format(const seek_target *t, char *buf, size_t size)
{
    if (metric_names[t->metric].has_year)
        snprintf(buf, size, "%s_%d%s%g", metric_names[t->metric].name, t->year, op_text[t->op], t->value);
    else
        snprintf(buf, size, "%s%s%g", metric_names[t->metric].name, op_text[t->op], t->value);
    return buf;
}

int seek_metric_is_step(seek_metric m) { return m == SEEK_PEAK_YEAR || m == SEEK_NEUTRAL_YEAR; }

const char *seek_metric_name(seek_metric m, int zh)
{
    if ((int)m < 0 || m >= SEEK_METRIC_COUNT) return NULL;
    return zh ? metric_names_zh[m][0] : metric_names[m].name;
}
