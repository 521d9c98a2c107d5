/* cli/compare_cost.c - the cost side of `peakpath compare`: each scenario's cumulative CO2 and
 * system cost, and against the first (the reference) the cost difference (undiscounted and
 * discounted), the CO2 avoided (gross and net) and the abatement cost per tonne, as a table block
 * and as JSON. The cost per tonne is mac_abatement_of's (sim/analysis/mac.c), the same number
 * `peakpath mac --reference` prints for the pair; nothing is divided here. English or Chinese
 * (report/i18n_list.h), Chinese with the planning units of report/units.h. */
#include "analysis.h"

#include <math.h>
#include <string.h>

#include "../report/i18n.h"
#include "../report/units.h"

#define TR(zh, id) i18n_str((id), (zh) ? LANG_ZH : LANG_EN)

void ana_cost_vs_ref(const run_summary *ref, const run_summary *s, ana_cost_diff *out)
{
    mac_abatement_of(s, ref, &out->a);
    out->cost_diff_bn = s->cum_system_cost_bn - ref->cum_system_cost_bn;
    out->co2_avoided_mt = ref->cum_co2_mt - s->cum_co2_mt;
}

/* Scenario k against the first, as `mac --reference` would: runs over different years (mac_compare
 * refuses them) have no difference to show, not a difference over unequal spans. */
static void diff_of(const ana_compare *c, int k, ana_cost_diff *d)
{
    pp_error err;
    ana_cost_vs_ref(&c->res[0]->summary, &c->res[k]->summary, d);
    if (mac_compare(c->res[k], c->res[0], &d->a, &err) != PP_OK) d->cost_diff_bn = d->co2_avoided_mt = NAN;
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

void ana_compare_cost_table(FILE *f, const ana_compare *c)
{
    double v[8][64];
    int n = c->n < 64 ? c->n : 64;
    ana_compare cut = *c;
    cut.n = n;
    for (int k = 0; k < n; k++) {
        const run_summary *s = &c->res[k]->summary;
        ana_cost_diff d;
        diff_of(c, k, &d);
        v[0][k] = s->cum_co2_mt;
        v[1][k] = s->cum_system_cost_bn;
        v[2][k] = s->npv_system_cost_bn;
        /* the reference has no difference to itself to show */
        v[3][k] = k ? d.cost_diff_bn : NAN;
        v[4][k] = k ? d.a.cost_bn : NAN;
        v[5][k] = k ? d.co2_avoided_mt : NAN;
        v[6][k] = k ? d.a.avoided_mt : NAN;
        v[7][k] = k ? d.a.cny_per_t : NAN;
    }
    fputs(TR(c->zh, S_CMP_COST_TITLE), f);
    for (int k = 0; k < n; k++) {
        char label[16];
        snprintf(label, sizeof label, "[%d]", k + 1);
        fprintf(f, " %14s", label);
    }
    fputc('\n', f);
    row(f, &cut, v[0], "Mt CO2", S_CMP_CUM_CO2, 0);
    row(f, &cut, v[1], "bn CNY", S_CMP_SYSTEM_COST, 0);
    row(f, &cut, v[2], "bn CNY", S_CMP_NPV_COST, 0);
    row(f, &cut, v[3], "bn CNY", S_CMP_COST_DIFF, 1);
    row(f, &cut, v[4], "bn CNY", S_CMP_NPV_DIFF, 1);
    row(f, &cut, v[5], "Mt CO2", S_CMP_CO2_AVOIDED, 1);
    row(f, &cut, v[6], "Mt CO2", S_CMP_NET_AVOIDED, 1);
    row(f, &cut, v[7], "CNY/t CO2", S_CMP_CNY_PER_T, 1);
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
    return o;
}
