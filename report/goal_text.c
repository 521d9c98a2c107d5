/* report/goal_text.c - challenge goals as readable text (en/zh) for the TUI, the room and the
 * exports; the words come from the message catalogue. Never touches the terminal itself. */
#include "goal_text.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "units.h"

static i18n_lang lang_of(int zh) { return zh ? LANG_ZH : LANG_EN; }

/* The engine unit of each metric ("" for a year), as report/units.h knows it. */
static const char *const si_units[SEEK_METRIC_COUNT] = {"", "", "%", "%", "Mt", "Mt", "Mt", "Mt"};

/* Decimals that write x exactly (up to 4): a goal of 152 Mt is 1.52亿吨, of 1234.5 Mt 12.345亿吨. */
static int exact_decimals(double x)
{
    for (int d = 0; d < 4; d++) {
        double s = x * pow(10, d);
        if (fabs(s - round(s)) < 1e-6 * fmax(1, fabs(s))) return d;
    }
    return 4;
}

/* In Chinese a goal's amount in planning units: "≤ 1.52亿吨", "< 27%". */
static void amount_zh(const seek_target *t, double value, int exact, char *buf, size_t size)
{
    const char *si = si_units[t->metric >= 0 && t->metric < SEEK_METRIC_COUNT ? (int)t->metric : 0];
    int d;
    if (!si[0]) {
        snprintf(buf, size, "%g", value);
        return;
    }
    if (exact) { /* the goal as written in the file, to the last digit */
        unit_view u = units_view(si, LANG_ZH);
        double shown = value * u.factor;
        d = exact_decimals(fabs(shown) >= 1e4 && strncmp(u.unit, "万", strlen("万")) == 0 ? shown / 1e4 : shown);
    } else { /* a result, to 0.1 Mt (0.001亿吨) or 0.1 point as in English */
        d = strcmp(si, "%") == 0 ? 1 : fabs(value) * 100 >= 1e4 ? 3 : 0;
    }
    units_format(value, si, LANG_ZH, d, buf, size);
}

/* Name of a metric with its year, and its unit suffix. */
static void metric_name(const seek_target *t, int zh, char *buf, size_t size, const char **unit)
{
    static const i18n_id names[SEEK_METRIC_COUNT] = {
        S_GOAL_M_PEAK_YEAR, S_GOAL_M_NEUTRAL_YEAR, S_GOAL_M_COAL_SHARE, S_GOAL_M_NONFOSSIL_SHARE,
        S_GOAL_M_CO2, S_GOAL_M_CUM_CO2, S_GOAL_M_NET_CO2, S_GOAL_M_CUM_NET};
    static const char *const units[SEEK_METRIC_COUNT] = {"", "", " %", " %", " Mt", " Mt", " Mt", " Mt"};
    int m = (t->metric >= 0 && t->metric < SEEK_METRIC_COUNT) ? (int)t->metric : 0;
    const char *fmt = i18n_str(names[m], lang_of(zh));
    if (strstr(fmt, "%d")) snprintf(buf, size, fmt, t->year);
    else snprintf(buf, size, "%s", fmt);
    *unit = units[m];
}

const char *goal_text(const seek_target *t, int zh, char *buf, size_t size)
{
    static const char *const ops[] = {"<=", "<", ">=", ">"};
    static const char *const ops_zh[] = {"≤", "<", "≥", ">"};
    char name[96], amount[64];
    const char *unit;
    int op = t->op >= 0 && t->op <= SEEK_GT ? (int)t->op : 0;
    if (t->metric == SEEK_PEAK_YEAR && t->op == SEEK_LE) {
        snprintf(buf, size, i18n_str(S_GOAL_PEAK_BY, lang_of(zh)), t->value);
        return buf;
    }
    if (t->metric == SEEK_NEUTRAL_YEAR && t->op == SEEK_LE) {
        snprintf(buf, size, i18n_str(S_GOAL_NEUTRAL_BY, lang_of(zh)), t->value);
        return buf;
    }
    metric_name(t, zh, name, sizeof name, &unit);
    if (zh) {
        amount_zh(t, t->value, 1, amount, sizeof amount);
        snprintf(buf, size, "%s %s %s", name, ops_zh[op], amount);
    } else {
        snprintf(buf, size, "%s %s %g%s", name, ops[op], t->value, unit);
    }
    return buf;
}

const char *goal_value_text(const seek_target *t, double value, int zh, char *buf, size_t size)
{
    char name[96];
    const char *unit;
    metric_name(t, zh, name, sizeof name, &unit);
    if (isnan(value)) snprintf(buf, size, "%s", zh ? "无数据" : "n/a");
    else if (isinf(value)) snprintf(buf, size, "%s", i18n_str(S_GOAL_NEVER, lang_of(zh)));
    else if (seek_metric_is_step(t->metric)) snprintf(buf, size, "%.0f", value);
    else if (zh) amount_zh(t, value, 0, buf, size);
    else snprintf(buf, size, "%.1f%s", value, unit);
    return buf;
}
