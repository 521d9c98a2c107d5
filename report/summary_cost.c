/* report/summary_cost.c - the cost and air lines of a run's summary (investment, system cost and
 * its discounted value, fuel bill, carbon price revenue, coal retired early, SO2 / NOx / PM2.5 and
 * their health damage), beside the CO2 lines of report/summary_out.c, in English or Chinese with
 * the planning units of report/units.h. Formats only: the numbers are run_summary's. */
#include "summary_out.h"

#include <math.h>
#include <stdio.h>

#include "i18n.h"
#include "units.h"

#define TR(zh, id) i18n_str((id), (zh) ? LANG_ZH : LANG_EN)

/* An amount with its unit ("1234 bn CNY", "12345亿元"), "-" when the engine left it NAN. */
static const char *amount(double v, const char *unit, int zh, char *buf, size_t size)
{
    if (!isfinite(v)) snprintf(buf, size, "-");
    else units_format(v, unit, zh ? LANG_ZH : LANG_EN, -1, buf, size);
    return buf;
}

static void put(sum_out_line *l, const char *label, const char *text)
{
    snprintf(l->label, sizeof l->label, "%s", label);
    snprintf(l->text, sizeof l->text, "%s", text);
}

/* Formats a line text from a catalogue format with up to three amounts. */
static void put3(sum_out_line *l, int zh, i18n_id label, i18n_id fmt, const char *a, const char *b, const char *c)
{
    char text[sizeof l->text];
    snprintf(text, sizeof text, TR(zh, fmt), a, b, c);
    put(l, TR(zh, label), text);
}

int sum_out_cost_lines(const run_summary *s, int zh, sum_out_line *out)
{
    char a[48], b[48], c[48];
    int n = 0;
    put3(&out[n++], zh, S_SUM_COSTS, S_SUM_COSTS_TEXT, amount(s->cum_invest_bn, "bn CNY", zh, a, sizeof a),
         amount(s->cum_system_cost_bn, "bn CNY", zh, b, sizeof b),
         amount(s->npv_system_cost_bn, "bn CNY", zh, c, sizeof c));
    put3(&out[n++], zh, S_SUM_FUEL, S_SUM_FUEL_TEXT, amount(s->cum_fuel_bn, "bn CNY", zh, a, sizeof a),
         amount(s->cum_carbon_revenue_bn, "bn CNY", zh, b, sizeof b), "");
    put3(&out[n++], zh, S_SUM_STRANDED, S_SUM_STRANDED_TEXT, amount(s->stranded_gw, "GW", zh, a, sizeof a),
         amount(s->stranded_bn, "bn CNY", zh, b, sizeof b), "");
    put3(&out[n++], zh, S_SUM_AIR, S_SUM_AIR_TEXT, amount(s->cum_so2_kt, "kt", zh, a, sizeof a),
         amount(s->cum_nox_kt, "kt", zh, b, sizeof b), amount(s->cum_pm25_kt, "kt", zh, c, sizeof c));
    put3(&out[n++], zh, S_SUM_HEALTH, S_SUM_HEALTH_TEXT, amount(s->cum_health_bn, "bn CNY", zh, a, sizeof a), "", "");
    return n;
}
