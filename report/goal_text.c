/* report/goal_text.c - challenge goals as readable text (en/zh) for the TUI, the room and the
 * exports; the words come from the message catalogue. Never touches the terminal itself. */
#include "goal_text.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"

static i18n_lang lang_of(int zh) { return zh ? LANG_ZH : LANG_EN; }

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
    char name[96];
    const char *unit;
    if (t->metric == SEEK_PEAK_YEAR && t->op == SEEK_LE) {
        snprintf(buf, size, i18n_str(S_GOAL_PEAK_BY, lang_of(zh)), t->value);
        return buf;
    }
    if (t->metric == SEEK_NEUTRAL_YEAR && t->op == SEEK_LE) {
        snprintf(buf, size, i18n_str(S_GOAL_NEUTRAL_BY, lang_of(zh)), t->value);
        return buf;
    }
    metric_name(t, zh, name, sizeof name, &unit);
    snprintf(buf, size, "%s %s %g%s", name, ops[t->op >= 0 && t->op <= SEEK_GT ? t->op : 0], t->value, unit);
    return buf;
}

const char *goal_value_text(const seek_target *t, double value, int zh, char *buf, size_t size)
{
    char name[96];
    const char *unit;
    metric_name(t, zh, name, sizeof name, &unit);
    if (isnan(value)) snprintf(buf, size, "n/a");
    else if (isinf(value)) snprintf(buf, size, "%s", i18n_str(S_GOAL_NEVER, lang_of(zh)));
    else if (seek_metric_is_step(t->metric)) snprintf(buf, size, "%.0f", value);
    else snprintf(buf, size, "%.1f%s", value, unit);
    return buf;
}
