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

static const char *const op_text[] = {"<=", "<", ">=", ">"};

#define TARGET_FORMS "peak_year<=2028, neutral_year<=2055, coal_share_2030<=35, " \
                     "nonfossil_share_2030>=25, co2_2030<=150, cum_co2<=4000, net_co2_2060<=0, " \
                     "cum_net_co2<=3000"

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

/* Reads the operator at s into t; returns its length, or 0 when there is none. */
static size_t parse_op(const char *s, seek_target *t)
{
    if (s[0] == '<') { t->op = s[1] == '=' ? SEEK_LE : SEEK_LT; return s[1] == '=' ? 2 : 1; }
    if (s[0] == '>') { t->op = s[1] == '=' ? SEEK_GE : SEEK_GT; return s[1] == '=' ? 2 : 1; }
    return 0;
}

pp_status seek_parse_target(const char *text, seek_target *t, pp_error *err)
{
    const char *p = text ? text : "", *name;
    size_t n, oplen;
    while (isspace((unsigned char)*p)) p++;
    name = p;
    while (*p && *p != '<' && *p != '>' && !isspace((unsigned char)*p)) p++;
    n = (size_t)(p - name);
    if (parse_metric(name, n, t) != 0)
        return pp_error_set(err, PP_ERR_PARSE, TARGET_UNKNOWN_QUANTITY, PP_S(text ? text : ""), PP_SN(name, (int)n),
                            PP_S(TARGET_FORMS));
    while (isspace((unsigned char)*p)) p++;
    oplen = parse_op(p, t);
    if (!oplen)
        return pp_error_set(err, PP_ERR_PARSE, TARGET_NO_COMPARISON, PP_S(text), PP_S(TARGET_FORMS));
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
