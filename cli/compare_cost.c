/* cli/compare_cost.c - the cost side of `peakpath compare`: each scenario's cumulative CO2 and
 * system cost, and against the first (the reference) the cost difference (undiscounted and
 * discounted), the CO2 avoided (gross and net), the abatement cost per tonne and the air
 * co-benefit, as a table block and as JSON. The cost per tonne is mac_abatement_of's
 * (sim/analysis/mac.c), the same number `peakpath mac --reference` prints for the pair; nothing is
 * divided here. English or Chinese (report/i18n_list.h), Chinese with the planning units of
 * report/units.h. */
#include "analysis.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

#include "../report/i18n.h"
#include "../report/units.h"

#define TR(zh, id) i18n_str((id), (zh) ? LANG_ZH : LANG_EN)

void ana_cost_vs_ref(const run_summary *ref, const run_summary *s, ana_cost_diff *out)
{
    mac_abatement_of(s, ref, &out->a);
    out->cost_diff_bn = s->cum_system_cost_bn - ref->cum_system_cost_bn;
    out->co2_avoided_mt = ref->cum_co2_mt - s->cum_co2_mt;
    out->so2_avoided_kt = ref->cum_so2_kt - s->cum_so2_kt;
    out->nox_avoided_kt = ref->cum_nox_kt - s->cum_nox_kt;
    out->pm25_avoided_kt = ref->cum_pm25_kt - s->cum_pm25_kt;
    out->health_avoided_bn = ref->cum_health_bn - s->cum_health_bn;
}

/* Scenario k against the first, as `mac --reference` would: runs over different years (mac_compare
 * refuses them) have no difference to show, not a difference over unequal spans. */
static void diff_of(const ana_compare *c, int k, ana_cost_diff *d)
{
    pp_error err;
    ana_cost_vs_ref(&c->res[0]->summary, &c->res[k]->summary, d);
    if (mac_compare(c->res[k], c->res[0], &d->a, &err) != PP_OK)
        d->cost_diff_bn = d->co2_avoided_mt = d->so2_avoided_kt = d->nox_avoided_kt = d->pm25_avoided_kt =
            d->health_avoided_bn = NAN;
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

/* The rows of the block: label, unit, and where the value is. `own`: the scenario's own sum, a
 * run_summary field shown for the reference too; else an ana_cost_diff field against [1] ("-" for
 * [1] itself), shown with its sign. */
static const struct {
    i18n_id label;
    const char *si;
    int own;
    size_t off; /* of the double in run_summary (own) or ana_cost_diff */
} cost_rows[] = {
    {S_CMP_CUM_CO2, "Mt CO2", 1, offsetof(run_summary, cum_co2_mt)},
    {S_CMP_SYSTEM_COST, "bn CNY", 1, offsetof(run_summary, cum_system_cost_bn)},
    {S_CMP_NPV_COST, "bn CNY", 1, offsetof(run_summary, npv_system_cost_bn)},
    {S_CMP_COST_DIFF, "bn CNY", 0, offsetof(ana_cost_diff, cost_diff_bn)},
    {S_CMP_NPV_DIFF, "bn CNY", 0, offsetof(ana_cost_diff, a.cost_bn)},
    {S_CMP_CO2_AVOIDED, "Mt CO2", 0, offsetof(ana_cost_diff, co2_avoided_mt)},
    {S_CMP_NET_AVOIDED, "Mt CO2", 0, offsetof(ana_cost_diff, a.avoided_mt)},
    {S_CMP_CNY_PER_T, "CNY/t CO2", 0, offsetof(ana_cost_diff, a.cny_per_t)},
    {S_CMP_SO2_AVOIDED, "kt", 0, offsetof(ana_cost_diff, so2_avoided_kt)},
    {S_CMP_NOX_AVOIDED, "kt", 0, offsetof(ana_cost_diff, nox_avoided_kt)},
    {S_CMP_PM25_AVOIDED, "kt", 0, offsetof(ana_cost_diff, pm25_avoided_kt)},
    {S_CMP_HEALTH_AVOIDED, "bn CNY", 0, offsetof(ana_cost_diff, health_avoided_bn)},
};
#define N_COST_ROWS ((int)(sizeof cost_rows / sizeof cost_rows[0]))

static double field(const void *base, size_t off)
{
    double v;
    memcpy(&v, (const char *)base + off, sizeof v);
    return v;
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
        for (int k = 0; k < n; k++) {
            ana_cost_diff dk;
            if (cost_rows[j].own) {
                v[k] = field(&c->res[k]->summary, cost_rows[j].off);
                continue;
            }
            diff_of(c, k, &dk);
            v[k] = k ? field(&dk, cost_rows[j].off) : NAN; /* the reference has no difference to itself */
        }
        row(f, &cut, v, cost_rows[j].si, cost_rows[j].label, !cost_rows[j].own);
    }
    fputs(TR(c->zh, S_CMP_CNY_PER_T_NOTE), f);
}

json_t *ana_compare_cost_json(const ana_compare *c, int k, int *bad)
{
    json_t *o = json_object();
    ana_cost_diff d;
    diff_of(c, k, &d);
    ana_jset(o, "cost_diff_bn_cny", ana_jnum(d.cost_diff_bn), bad);
    ana_jset(o, "npv_diff_bn_cny", ana_jnum(d.a.cost_bn), bad);
    ana_jset(o, "co2_avoided_mt", ana_jnum(d.co2_avoided_mt), bad);
    ana_jset(o, "net_co2_avoided_mt", ana_jnum(d.a.avoided_mt), bad);
    ana_jset(o, "cny_per_t_co2_avoided", ana_jnum(d.a.cny_per_t), bad);
    ana_jset(o, "so2_avoided_kt", ana_jnum(d.so2_avoided_kt), bad);
    ana_jset(o, "nox_avoided_kt", ana_jnum(d.nox_avoided_kt), bad);
    ana_jset(o, "pm25_avoided_kt", ana_jnum(d.pm25_avoided_kt), bad);
    ana_jset(o, "health_damage_avoided_bn_cny", ana_jnum(d.health_avoided_bn), bad);
    return o;
}
