/* sim/analysis/seek.c - goal seeking on one lever: bracket the target by stepping from the current value
 * towards the greener end of the lever's plausible range (never the browner way), then refine with
 * GSL's Brent solver (continuous metrics) or bisection (step metrics); say which value beyond the
 * plausible range would meet a target it cannot. A caller of cal_ and run_. Never prints. */
#include "seek.h"
#include "../pp_gsl.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_roots.h>

/* ---- targets (their grammar: sim/scenario/target.c) ---- */

double seek_metric_value(const run_result *r, const seek_target *t)
{
    switch (t->metric) {
    case SEEK_PEAK_YEAR: return r->summary.peak_reached ? r->summary.peak_year : INFINITY;
    case SEEK_NEUTRAL_YEAR: return r->summary.neutral_year > 0 ? r->summary.neutral_year : INFINITY;
    case SEEK_COAL_SHARE: return run_at(r, RV_COAL_SHARE, t->year);
    case SEEK_NONFOSSIL_SHARE: return run_at(r, RV_NONFOSSIL_SHARE, t->year);
    case SEEK_CO2: return run_at(r, RV_CO2, t->year);
    case SEEK_CUM_CO2: return r->summary.cum_co2_mt;
    case SEEK_NET_CO2: return run_at(r, RV_CO2_NET, t->year);
    case SEEK_CUM_NET: return r->summary.cum_net_mt;
    default: return NAN;
    }
}

/* How far the metric m is on the wrong side of the bound: <= 0 (or < 0 for strict operators)
 * when met. A continuous, signed residual for Brent. */
static double excess(const seek_target *t, double m)
{
    if (isnan(m)) return NAN;
    if (isinf(m)) return (t->op == SEEK_LE || t->op == SEEK_LT) ? INFINITY : -INFINITY;
    return (t->op == SEEK_LE || t->op == SEEK_LT) ? m - t->value : t->value - m;
}

static int excess_met(const seek_target *t, double g)
{
    return (t->op == SEEK_LT || t->op == SEEK_GT) ? g < 0.0 : g <= 0.0;
}

int seek_target_met(const run_result *r, const seek_target *t)
{
    double g = excess(t, seek_metric_value(r, t));
    return !isnan(g) && excess_met(t, g);
}

/* ---- one trial ---- */

typedef struct {
    const scn_scenario *base;
    scn_scenario *work;
    int lever;
    int greener;             /* +1 / -1: the only direction searched */
    seek_target t;
    cal_result cal;
    run_result *res;
    int runs;
    double best_v, best_g;   /* the best trial so far (smallest excess) */
    double reach_lo, reach_hi; /* lowest and highest lever values that ran */
    pp_error refusal;        /* why the last refused value was refused */
    pp_status fatal;         /* an error that must stop the search (out of memory) */
    pp_error fatal_err;
} seek_ctx;

/* Trial point: *g is the excess, *valid is 0 when the lever cannot take v (the scenario refuses
 * it) or the run fails on it. Returns only fatal errors. */
static pp_status trial(seek_ctx *c, double v, double *g, int *valid)
{
    pp_error e;
    pp_status st = scn_set_path(c->work, c->lever, scn_path(c->base, c->lever), &e);
    if (st == PP_OK) st = scn_lever_set(c->work, c->lever, v, &e);
    if (st == PP_OK) {
        c->runs++;
        st = run_scenario(c->work, &c->cal, c->res, &e);
    }
    *valid = (st == PP_OK);
    *g = *valid ? excess(&c->t, seek_metric_value(c->res, &c->t)) : NAN;
    if (!*valid) c->refusal = e;
    if (*valid && v < c->reach_lo) c->reach_lo = v;
    if (*valid && v > c->reach_hi) c->reach_hi = v;
    if (st == PP_ERR_NOMEM) {
        c->fatal_err = e;
        return c->fatal = st;
    }
    if (*valid && !isnan(*g) && *g < c->best_g) { c->best_g = *g; c->best_v = v; }
    return PP_OK;
}

/* ---- bracketing ---- */

typedef struct {
    int dir;          /* +1 up, -1 down */
    int done;         /* range end or refused value reached without meeting the target */
    int found;
    double unmet;     /* last value tried that misses the target (starts at the current value) */
    double met;       /* first value tried that meets it */
} seek_side;

/* A value the scenario refuses (e.g. solar beyond its potential) ends the side, but first the
 * edge of what it accepts is found by bisection between the last accepted value and v, so that
 * the side is explored up to that edge. */
static pp_status find_edge(seek_ctx *c, seek_side *sd, double v, double tol)
{
    double bad = v;
    while (fabs(bad - sd->unmet) > tol && !sd->found) {
        double m = 0.5 * (bad + sd->unmet), g;
        int valid;
        pp_status st = trial(c, m, &g, &valid);
        if (st != PP_OK) return st;
        if (!valid || isnan(g)) bad = m;
        else if (excess_met(&c->t, g)) { sd->found = 1; sd->met = m; }
        else sd->unmet = m;
    }
    sd->done = 1;
    return PP_OK;
}

/* One outward step of distance d on a side. */
static pp_status step_side(seek_ctx *c, seek_side *sd, double v0, double d, double lo, double hi,
                           double tol)
{
    double v = v0 + sd->dir * d, g;
    int valid;
    pp_status st;
    if (v >= hi) v = hi;
    if (v <= lo) v = lo;
    if (v == sd->unmet) { sd->done = 1; return PP_OK; }
    st = trial(c, v, &g, &valid);
    if (st != PP_OK) return st;
    if (!valid || isnan(g)) return find_edge(c, sd, v, tol);
    if (excess_met(&c->t, g)) { sd->found = 1; sd->met = v; return PP_OK; }
    sd->unmet = v;
    if (v == lo || v == hi) sd->done = 1;
    return PP_OK;
}

/* Steps outward from v0 (h, 2h, 4h ...) in direction dir up to `limit` until the target is met or
 * the limit (or a value the scenario refuses) is reached. */
static pp_status bracket(seek_ctx *c, double v0, int dir, double limit, double h, double tol, seek_side *sd)
{
    double lo = dir > 0 ? v0 : limit, hi = dir > 0 ? limit : v0;
    *sd = (seek_side){dir, 0, 0, v0, v0};
    if ((limit - v0) * dir <= 0) sd->done = 1; /* no room on this side */
    for (double d = h; !sd->done; d *= 2.0) {
        pp_status st = step_side(c, sd, v0, d, lo, hi, tol);
        if (st != PP_OK) return st;
        if (sd->found) sd->done = 1;
    }
    return PP_OK;
}

/* ---- refining ---- */

/* Bisection on met / not met between unmet a and met b, down to tol. Leaves the met end in *v. */
static pp_status bisect(seek_ctx *c, double a, double b, double tol, double *v)
{
    while (fabs(b - a) > tol) {
        double m = 0.5 * (a + b), g;
        int valid;
        pp_status st = trial(c, m, &g, &valid);
        if (st != PP_OK) return st;
        if (valid && !isnan(g) && excess_met(&c->t, g)) b = m;
        else a = m;
    }
    *v = b;
    return PP_OK;
}

static double brent_fn(double v, void *p)
{
    seek_ctx *c = p;
    double g;
    int valid;
    if (trial(c, v, &g, &valid) != PP_OK || !valid || !isfinite(g)) return GSL_NAN;
    return g;
}

/* GSL Brent on the excess between unmet a and met b; *v gets the end of the final bracket on the
 * met side. Falls back to bisection when GSL refuses the bracket or the function. */
static pp_status brent(seek_ctx *c, double a, double b, double tol, double *v)
{
    gsl_function f = {brent_fn, c};
    gsl_root_fsolver *s;
    pp_gsl_init(); /* brent_fn's NaN for a refused value must be a status, not an abort */
    s = gsl_root_fsolver_alloc(gsl_root_fsolver_brent);
    double lo = fmin(a, b), hi = fmax(a, b);
    int status, iter = 0;
    if (!s) return pp_error_set(&c->fatal_err, c->fatal = PP_ERR_NOMEM, NOMEM);
    status = gsl_root_fsolver_set(s, &f, lo, hi);
    while (status == GSL_SUCCESS && iter++ < 200) {
        status = gsl_root_fsolver_iterate(s);
        if (status != GSL_SUCCESS) break;
        lo = gsl_root_fsolver_x_lower(s);
        hi = gsl_root_fsolver_x_upper(s);
        if (gsl_root_test_interval(lo, hi, tol, 0.0) == GSL_SUCCESS) break;
    }
    gsl_root_fsolver_free(s);
    if (c->fatal != PP_OK) return c->fatal;
    if (status != GSL_SUCCESS || iter > 200) return bisect(c, a, b, tol, v);
    *v = (b > a) ? hi : lo; /* the met end of the bracket */
    {
        /* a metric that is not monotone inside the bracket may leave that end unmet: keep b then */
        double g;
        int valid;
        pp_status st = trial(c, *v, &g, &valid);
        if (st != PP_OK) return st;
        if (!valid || isnan(g) || !excess_met(&c->t, g)) *v = b;
    }
    return PP_OK;
}

/* Refines one side's bracket into the met value closest to the current value. */
static pp_status refine(seek_ctx *c, const seek_side *sd, double tol, double *v)
{
    if (seek_metric_is_step(c->t.metric)) return bisect(c, sd->unmet, sd->met, tol, v);
    return brent(c, sd->unmet, sd->met, tol, v);
}

/* ---- the search ---- */

static pp_status check_lever(int lever, const scn_scenario *s, pp_error *err)
{
    const pp_param *p = pp_param_get(lever);
    if (!p || p->group == LG_NONE || p->kind == PK_TEXT || p->kind == PK_FLAG)
        return pp_error_set(err, PP_ERR_USAGE, SEEK_NOT_A_LEVER, PP_S(p ? p->section : "?"), PP_S(p ? p->key : "?"));
    if (!pp_lever_range_get(lever))
        return pp_error_set(err, PP_ERR_USAGE, SEEK_NO_PLAUSIBLE_RANGE, PP_K(lever));
    if (!scn_path(s, lever)) return pp_error_set(err, PP_ERR_USAGE, SEEK_LEVER_NO_VALUE);
    return PP_OK;
}

/* Runs `value` once more and fills the result from it. */
static pp_status finish(seek_ctx *c, double value, seek_result *out)
{
    double g;
    int valid;
    pp_status st = trial(c, value, &g, &valid);
    if (st != PP_OK) return st;
    if (!valid) return pp_error_set(&c->fatal_err, c->fatal = PP_ERR_SOLVER, SEEK_ANSWER_FAILED, PP_G(value));
    out->value = value;
    out->met = !isnan(g) && excess_met(&c->t, g);
    out->metric_value = seek_metric_value(c->res, &c->t);
    out->reach_lo = c->reach_lo;
    out->reach_hi = c->reach_hi;
    if (pp_error_is_set(&c->refusal)) out->refusal = c->refusal;
    out->summary = c->res->summary;
    out->end_year = c->res->end_year;
    out->runs = c->runs;
    return PP_OK;
}

/* Brackets and refines from v0 towards limit; *found_v is the met value closest to v0, NAN when
 * none was found on the way. */
static pp_status search_to(seek_ctx *c, double v0, double limit, double h, double tol, double *found_v)
{
    seek_side sd;
    pp_status st = bracket(c, v0, c->greener, limit, h, h / 100.0, &sd);
    *found_v = NAN;
    if (st == PP_OK && sd.found) st = refine(c, &sd, tol, found_v);
    return st;
}

/* The search range on the greener side: from the scenario's value to the plausible end (the hard
 * end with full_range); a scenario already beyond the plausible end has no room by default. */
static void search_range(const seek_result *out, const pp_param *p, double *to)
{
    double plaus_end = out->greener > 0 ? out->plaus_hi : out->plaus_lo;
    double hard_end = out->greener > 0 ? p->max : p->min;
    double end = out->full_range ? hard_end : plaus_end;
    *to = (end - out->start_value) * out->greener > 0 ? end : out->start_value;
}

/* Searches the greener side; *value is the answer (met, or the best value tried inside the
 * searched range). By default, when nothing inside the plausible range meets the target, goes on
 * to the hard range only to say which value would (out->outside_value). */
static pp_status search(seek_ctx *c, seek_result *out, double *value)
{
    const pp_param *p = pp_param_get(c->lever);
    double v0 = out->start_value, h = p->step > 0 ? p->step : (p->max - p->min) / 100.0;
    double hard_end = out->greener > 0 ? p->max : p->min, best_v, best_g;
    pp_status st;
    out->tolerance = seek_metric_is_step(c->t.metric) ? h / 100.0 : h / 10000.0;
    search_range(out, p, &out->search_to);
    st = search_to(c, v0, out->search_to, h, out->tolerance, value);
    if (st != PP_OK || !isnan(*value)) return st;
    best_v = c->best_v;
    best_g = c->best_g;
    if (!out->full_range && (hard_end - out->search_to) * out->greener > 0)
        st = search_to(c, out->search_to, hard_end, h, out->tolerance, &out->outside_value);
    c->best_v = best_v; /* the answer stays inside the searched range */
    c->best_g = best_g;
    *value = best_v;
    return st;
}

static pp_status setup(seek_ctx *c, const scn_scenario *s, int lever, const seek_target *t,
                       pp_error *err)
{
    pp_status st;
    memset(c, 0, sizeof *c);
    c->base = s;
    c->lever = lever;
    c->t = *t;
    c->best_g = INFINITY;
    c->best_v = scn_lever_value(s, lever);
    c->reach_lo = INFINITY;
    c->reach_hi = -INFINITY;
    st = cal_calibrate(s, &c->cal, err);
    if (st != PP_OK) return st;
    c->work = scn_clone(s);
    c->res = malloc(sizeof *c->res);
    if (!c->work || !c->res) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    return PP_OK;
}

/* The result's fixed part: the lever, its value, ranges and greener direction. */
static void describe_lever(const scn_scenario *s, int lever, const seek_opts *o, seek_result *out)
{
    const pp_param *p = pp_param_get(lever);
    const pp_lever_range *lr = pp_lever_range_get(lever);
    memset(out, 0, sizeof *out);
    out->lever = lever;
    out->start_value = scn_lever_value(s, lever);
    out->lo = p->min;
    out->hi = p->max;
    out->plaus_lo = lr->lo;
    out->plaus_hi = lr->hi;
    out->greener = lr->greener > 0 ? 1 : -1;
    out->full_range = o && o->full_range;
    out->search_from = out->search_to = out->start_value;
    out->outside_value = NAN;
}

pp_status seek_lever_opts(const scn_scenario *s, int lever, const seek_target *t, const seek_opts *o,
                          seek_result *out, pp_error *err)
{
    seek_ctx c;
    double g, value;
    int valid;
    pp_status st = check_lever(lever, s, err);
    if (st != PP_OK) return st;
    describe_lever(s, lever, o, out);
    st = setup(&c, s, lever, t, err);
    c.greener = out->greener;
    if (st == PP_OK) st = trial(&c, out->start_value, &g, &valid);
    if (st == PP_OK && !valid) st = pp_error_set(&c.fatal_err, c.fatal = PP_ERR_SOLVER, SEEK_AS_LOADED_FAILS);
    if (st == PP_OK && isnan(g))
        st = pp_error_set(&c.fatal_err, c.fatal = PP_ERR_USAGE, TARGET_YEAR_OUTSIDE_RUN, PP_I(t->year),
                          PP_I(c.res->first_year), PP_I(c.res->end_year));

    if (st == PP_OK) {
        out->metric_start = seek_metric_value(c.res, t);
        if (excess_met(t, g)) value = out->start_value;
        else st = search(&c, out, &value);
    }
    if (st == PP_OK) st = finish(&c, value, out);
    if (st != PP_OK && c.fatal != PP_OK && err) *err = c.fatal_err;
    scn_free(c.work);
    free(c.res);
    return st;
}

pp_status seek_lever(const scn_scenario *s, int lever, const seek_target *t, seek_result *out,
                     pp_error *err)
{
    return seek_lever_opts(s, lever, t, NULL, out, err);
}
