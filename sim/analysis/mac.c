/* sim/analysis/mac.c - abatement cost of a scenario against a reference, and the marginal
 * abatement cost curve of its levers built from the one-at-a-time runs of sensitivity.c (each
 * lever's greener end against the scenario as given). The convention is stated in mac.h.
 * Never prints. */
#include "mac.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- one abatement ---- */

void mac_abatement_of(const run_summary *scn, const run_summary *ref, mac_abatement *out)
{
    out->cost_bn = scn->npv_system_cost_bn - ref->npv_system_cost_bn; /* NAN propagates */
    out->cum_cost_bn = scn->cum_system_cost_bn - ref->cum_system_cost_bn;
    out->avoided_mt = ref->cum_net_mt - scn->cum_net_mt;
    out->avoids = out->avoided_mt >= MAC_MIN_AVOIDED_MT; /* false for NAN too */
    out->cny_per_t = out->avoids && isfinite(out->cost_bn)
                         ? out->cost_bn / out->avoided_mt * MAC_CNY_PER_T_PER_BN_PER_MT
                         : NAN;
}

static void abatement_nan(mac_abatement *out)
{
    out->cost_bn = out->cum_cost_bn = out->avoided_mt = out->cny_per_t = NAN;
    out->avoids = 0;
}

pp_status mac_compare(const run_result *scn, const run_result *ref, mac_abatement *out, pp_error *err)
{
    /* the sums run over 2021..end year: the histories may start apart, the ends may not */
    if (scn->end_year != ref->end_year || scn->first_year > MAC_FIRST_YEAR || ref->first_year > MAC_FIRST_YEAR) {
        abatement_nan(out);
        return pp_error_set(err, PP_ERR_INPUT, MAC_YEARS_DIFFER, PP_I(scn->first_year), PP_I(scn->end_year),
                            PP_I(ref->first_year), PP_I(ref->end_year), PP_I(MAC_FIRST_YEAR));
    }
    mac_abatement_of(&scn->summary, &ref->summary, out);
    return PP_OK;
}

/* ---- the curve ---- */

const char *mac_place_name(int place)
{
    static const char *const names[MAC_PLACE_COUNT] = {"curve", "no_co2", "at_end", "refused"};
    return place >= 0 && place < MAC_PLACE_COUNT ? names[place] : NULL;
}

/* A lever of the sensitivity result at its greener end, placed. */
static void lever_of(const sens_result *sr, const sens_lever *l, mac_lever *out)
{
    int k = sens_greener_end(l);
    const pp_param *p = pp_param_get(l->lever);
    memset(out, 0, sizeof *out);
    out->lever = l->lever;
    out->structural = p && (p->group == LG_ECONOMY || p->group == LG_INDUSTRY);
    out->value_given = l->value_given;
    out->value_green = l->value[k];
    abatement_nan(&out->a);
    if ((l->value[k] - l->value_given) * l->greener <= 0) {
        out->place = MAC_AT_END;
    } else if (!l->ok[k]) {
        out->place = MAC_REFUSED;
        out->refusal = l->refusal[k];
    } else {
        mac_abatement_of(&l->at[k].sum, &sr->given.sum, &out->a);
        out->place = out->a.avoids ? MAC_ON_CURVE : MAC_NO_CO2;
    }
}

/* Cheapest first; bars without a cost after the costed ones, most tonnes first; then schema order. */
static int bar_cmp(const void *pa, const void *pb)
{
    const mac_lever *a = pa, *b = pb;
    int na = isnan(a->a.cny_per_t), nb = isnan(b->a.cny_per_t);
    if (na != nb) return na - nb;
    if (!na && a->a.cny_per_t != b->a.cny_per_t) return a->a.cny_per_t < b->a.cny_per_t ? -1 : 1;
    if (na && a->a.avoided_mt != b->a.avoided_mt) return a->a.avoided_mt > b->a.avoided_mt ? -1 : 1;
    return a->lever - b->lever;
}

void mac_curve_of(const sens_result *sr, mac_curve *out)
{
    memset(out, 0, sizeof *out);
    out->end_year = sr->end_year;
    out->runs = sr->runs;
    out->given = sr->given.sum;
    out->costed = isfinite(sr->given.sum.npv_system_cost_bn);
    for (int i = 0; i < sr->n && i < SENS_MAX_LEVERS; i++) {
        mac_lever m;
        lever_of(sr, &sr->lever[i], &m);
        if (m.place == MAC_ON_CURVE) out->curve[out->n++] = m;
        else out->apart[out->n_apart++] = m;
    }
    qsort(out->curve, (size_t)out->n, sizeof out->curve[0], bar_cmp);
    for (int i = 0; i < out->n; i++) {
        out->curve[i].from_mt = out->total_mt;
        out->total_mt += out->curve[i].a.avoided_mt;
    }
}

pp_status mac_curve_run(const scn_scenario *s, mac_curve *out, pp_error *err)
{
    sens_result *sr = malloc(sizeof *sr);
    pp_status st;
    memset(out, 0, sizeof *out);
    if (!sr) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    st = sens_run(s, sr, err);
    if (st == PP_OK) mac_curve_of(sr, out);
    free(sr);
    return st;
}
