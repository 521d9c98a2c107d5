/* cli/compare_cost.c - the cost side of `peakpath compare`: each scenario's cumulative CO2 and
 * system cost, and against the first (the reference) the cost difference, the CO2 avoided and the
 * cost per tonne avoided, as a table block and as JSON. The one division done here is the cost per
 * tonne; every other number is the engine's summary. English or Chinese (report/i18n_list.h),
 * Chinese with the planning units of report/units.h. */
#include "analysis.h"

#include <math.h>
#include <string.h>

#include "../report/i18n.h"
#include "../report/units.h"

#define TR(zh, id) i18n_str((id), (zh) ? LANG_ZH : LANG_EN)

void ana_cost_vs_ref(const run_summary *ref, const run_summary *s, ana_cost_diff *out)
{
    out->cost_diff_bn = s->cum_system_cost_bn - ref->cum_system_cost_bn;
    out->npv_diff_bn = s->npv_system_cost_bn - ref->npv_system_cost_bn; /* NAN stays NAN */
    out->co2_avoided_mt = ref->cum_co2_mt - s->cum_co2_mt;
    out->so2_avoided_kt = ref->cum_so2_kt - s->cum_so2_kt;
    out->nox_avoided_kt = ref->cum_nox_kt - s->cum_nox_kt;
    out->pm25_avoided_kt = ref->cum_pm25_kt - s->cum_pm25_kt;
    out->health_avoided_bn = ref->cum_health_bn - s->cum_health_bn;
    /* bn CNY / Mt = 1e9 CNY / 1e6 t = 1000 CNY/t */
    out->cny_per_t = out->co2_avoided_mt >= ANA_MIN_AVOIDED_MT && isfinite(out->cost_diff_bn)
                         ? 1000.0 * out->cost_diff_bn / out->co2_avoided_mt
                         : NAN;
}

/* One row: the value of each scenario (v[k], NAN for "-") in the unit's view, then the label. */
static void row(FILE *f, const ana_compare *c, const double *v, const char *si, i18n_id label, int sign)
{
    unit_view u = units_view(si, c->zh ? LANG_ZH : LANG_EN);
    for (int k = 0; k < c->n; k++) {
        if (!isfinite(v[k])) fprintf(f, " %14s", "-");
        else fprintf(f, sign ? " %+14.1f" : " %14.1f", v[k] * u.factor == 0 ? 0.0 : v[k] * u.factor);
    }
    fprintf(f, "   %s%s%s\n", TR(c->zh, label), TR(c->zh, S_CMP_UNIT_SEP), u.unit);
}

/* The rows of the block: label, unit, sign shown, and the value of scenario k against the reference
 * (`own`: the scenario's own sum, shown for the reference too; else a difference, "-" for [1]). */
static const struct {
    i18n_id label;
    const char *si;
    int own;
} cost_rows[] = {
    {S_CMP_CUM_CO2, "Mt CO2", 1}, {S_CMP_SYSTEM_COST, "bn CNY", 1}, {S_CMP_NPV_COST, "bn CNY", 1},
    {S_CMP_COST_DIFF, "bn CNY", 0}, {S_CMP_CO2_AVOIDED, "Mt CO2", 0}, {S_CMP_CNY_PER_T, "CNY/t CO2", 0},
    {S_CMP_SO2_AVOIDED, "kt", 0}, {S_CMP_NOX_AVOIDED, "kt", 0}, {S_CMP_PM25_AVOIDED, "kt", 0},
    {S_CMP_HEALTH_AVOIDED, "bn CNY", 0},
};
#define N_COST_ROWS ((int)(sizeof cost_rows / sizeof cost_rows[0]))

static double cost_value(const run_summary *ref, const run_summary *s, int j)
{
    ana_cost_diff d;
    const double own[3] = {s->cum_co2_mt, s->cum_system_cost_bn, s->npv_system_cost_bn};
    ana_cost_vs_ref(ref, s, &d);
    switch (j) {
    case 3: return d.cost_diff_bn;
    case 4: return d.co2_avoided_mt;
    case 5: return d.cny_per_t;
    case 6: return d.so2_avoided_kt;
    case 7: return d.nox_avoided_kt;
    case 8: return d.pm25_avoided_kt;
    case 9: return d.health_avoided_bn;
    default: return own[j];
    }
}

void ana_compare_cost_table(FILE *f, const ana_compare *c)
{
    double v[64];
    int n = c->n < 64 ? c->n : 64;
    ana_compare cut = *c;
    cut.n = n;
    fputs(TR(c->zh, S_CMP_COST_TITLE), f);
    for (int k = 0; k < n; k++) {
        char label[16];
        snprintf(label, sizeof label, "[%d]", k + 1);
        fprintf(f, " %14s", label);
    }
    fputc('\n', f);
    for (int j = 0; j < N_COST_ROWS; j++) {
        for (int k = 0; k < n; k++)
            v[k] = k || cost_rows[j].own ? cost_value(&c->res[0]->summary, &c->res[k]->summary, j) : NAN;
        row(f, &cut, v, cost_rows[j].si, cost_rows[j].label, !cost_rows[j].own);
    }
    fputs(TR(c->zh, S_CMP_CNY_PER_T_NOTE), f);
}

json_t *ana_compare_cost_json(const ana_compare *c, int k, int *bad)
{
    json_t *o = json_object();
    ana_cost_diff d;
    ana_cost_vs_ref(&c->res[0]->summary, &c->res[k]->summary, &d);
    ana_jset(o, "cost_diff_bn_cny", ana_jnum(d.cost_diff_bn), bad);
    ana_jset(o, "npv_diff_bn_cny", ana_jnum(d.npv_diff_bn), bad);
    ana_jset(o, "co2_avoided_mt", ana_jnum(d.co2_avoided_mt), bad);
    ana_jset(o, "cny_per_t_co2_avoided", ana_jnum(d.cny_per_t), bad);
    ana_jset(o, "so2_avoided_kt", ana_jnum(d.so2_avoided_kt), bad);
    ana_jset(o, "nox_avoided_kt", ana_jnum(d.nox_avoided_kt), bad);
    ana_jset(o, "pm25_avoided_kt", ana_jnum(d.pm25_avoided_kt), bad);
    ana_jset(o, "health_damage_avoided_bn_cny", ana_jnum(d.health_avoided_bn), bad);
    return o;
}
