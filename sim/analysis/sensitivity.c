/* sim/analysis/sensitivity.c - every lever at both ends of its plausible range, one at a time, on the
 * calibration of the scenario as given (levers never touch history, so one calibration serves
 * every run), and the change of the headline indicators. Never prints. */
#include "sensitivity.h"
#include "../scenario/challenge.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- metrics ---- */

static const struct {
    const char *name, *unit, *en, *zh;
} metric_info[SENS_METRIC_COUNT] = {
    {"peak_year", "year", "peak year", "达峰年份"},
    {"peak_mt", "Mt CO2", "peak CO2", "峰值排放"},
    {"co2_2030", "Mt CO2", "CO2 2030", "2030年排放"},
    {"cum_co2_mt", "Mt CO2", "cumulative CO2 2021-", "2021年起累计排放"},
    {"coal_share_2030", "%", "coal share 2030", "2030年煤炭占比"},
    {"cum_net_mt", "Mt CO2", "cumulative net CO2 2021-", "2021年起累计净排放"},
};

const char *sens_metric_name(int m) { return m >= 0 && m < SENS_METRIC_COUNT ? metric_info[m].name : NULL; }
const char *sens_metric_unit(int m) { return m >= 0 && m < SENS_METRIC_COUNT ? metric_info[m].unit : NULL; }

const char *sens_metric_label(int m, int chinese)
{
    if (m < 0 || m >= SENS_METRIC_COUNT) return NULL;
    return chinese ? metric_info[m].zh : metric_info[m].en;
}

void sens_point_of(const run_result *r, sens_point *out)
{
    out->v[SENS_PEAK_YEAR] = r->summary.peak_year;
    out->v[SENS_PEAK_MT] = r->summary.peak_mt;
    out->v[SENS_CO2_2030] = run_at(r, RV_CO2, 2030);
    out->v[SENS_CUM_CO2] = r->summary.cum_co2_mt;
    out->v[SENS_COAL_2030] = run_at(r, RV_COAL_SHARE, 2030);
    out->v[SENS_CUM_NET] = r->summary.cum_net_mt;
    out->peak_reached = r->summary.peak_reached;
    out->sum = r->summary;
}

int sens_greener_end(const sens_lever *l) { return l->greener > 0 ? SENS_HIGH : SENS_LOW; }

/* ---- runs ---- */

typedef struct {
    const scn_scenario *base;
    scn_scenario *work;
    cal_result cal;
    run_result *res;
    int runs;
} sens_ctx;

/* A lever the analysis moves: a numeric key with a plausible range that the scenario holds. */
static int is_lever(const scn_scenario *s, int id)
{
    const pp_param *p = pp_param_get(id);
    return p && p->group != LG_NONE && p->kind != PK_TEXT && p->kind != PK_FLAG && pp_lever_range_get(id) &&
           scn_path(s, id);
}

/* Runs the scenario with lever id at v (every other key as given) into l's end k. */
static void run_end(sens_ctx *c, sens_lever *l, int k, const sens_point *given, double given_health_bn)
{
    pp_error e;
    pp_status st;
    pp_error_clear(&e);
    st = scn_set_path(c->work, l->lever, scn_path(c->base, l->lever), &e);
    if (st == PP_OK) st = scn_lever_set(c->work, l->lever, l->value[k], &e);
    if (st == PP_OK) {
        c->runs++;
        st = run_scenario(c->work, &c->cal, c->res, &e);
    }
    l->ok[k] = st == PP_OK;
    if (!l->ok[k]) {
        l->refusal[k] = e;
        for (int m = 0; m < SENS_METRIC_COUNT; m++) l->at[k].v[m] = l->delta[k][m] = NAN;
        l->air_delta_bn[k] = NAN;
        return;
    }
    sens_point_of(c->res, &l->at[k]);
    l->air_delta_bn[k] = c->res->summary.cum_health_bn - given_health_bn;
    for (int m = 0; m < SENS_METRIC_COUNT; m++) l->delta[k][m] = l->at[k].v[m] - given->v[m];
}

/* Both ends of lever id, then the lever is put back as given. */
static void run_lever(sens_ctx *c, int id, const sens_point *given, double given_health_bn, sens_lever *l)
{
    const pp_lever_range *lr = pp_lever_range_get(id);
    pp_error e;
    double lo, hi;
    memset(l, 0, sizeof *l);
    l->lever = id;
    l->greener = lr->greener > 0 ? 1 : -1;
    l->value_given = scn_lever_value(c->base, id);
    l->value[SENS_LOW] = lr->lo;
    l->value[SENS_HIGH] = lr->hi;
    if (chal_limit(chal_of(c->base), id, &lo, &hi)) { /* a workshop challenge's limit: the ends it allows */
        l->value[SENS_LOW] = fmax(lr->lo, lo);
        l->value[SENS_HIGH] = fmin(lr->hi, hi);
    }
    for (int k = 0; k < SENS_ENDS; k++) run_end(c, l, k, given, given_health_bn);
    scn_set_path(c->work, id, scn_path(c->base, id), &e);
}

static pp_status setup(sens_ctx *c, const scn_scenario *s, pp_error *err)
{
    pp_status st;
    memset(c, 0, sizeof *c);
    c->base = s;
    st = cal_calibrate(s, &c->cal, err);
    if (st != PP_OK) return st;
    c->work = scn_clone(s);
    c->res = malloc(sizeof *c->res);
    if (!c->work || !c->res) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);

    return PP_OK;
}

pp_status sens_run(const scn_scenario *s, sens_result *out, pp_error *err)
{
    sens_ctx c;
    pp_status st = setup(&c, s, err);
    memset(out, 0, sizeof *out);
    if (st == PP_OK) {
        c.runs++;
        st = run_scenario(s, &c.cal, c.res, err);
    }
    if (st == PP_OK) {
        sens_point_of(c.res, &out->given);
        out->given_health_bn = c.res->summary.cum_health_bn;
        out->end_year = c.res->end_year;
        for (int id = 0; id < P_COUNT && out->n < SENS_MAX_LEVERS; id++)
            if (is_lever(s, id)) run_lever(&c, id, &out->given, out->given_health_bn, &out->lever[out->n++]);
        out->runs = c.runs;
    }
    scn_free(c.work);
    free(c.res);
    return st;
}
