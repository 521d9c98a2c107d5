/* sim/analysis/seek_multi.c - multi-lever goal seek (seek_multi.h): for a direction of the package in
 * normalised lever moves, bisection finds how far along it the targets are first met; Nelder-Mead
 * (GSL) over the direction's angles finds the direction with the shortest such move, or (minimise
 * cost) over the angles and a fraction beyond that point the package of the lowest discounted
 * system cost. Working in normalised moves inside the box [0, room/span] keeps every trial inside
 * the plausible ranges and on the greener side. A caller of cal_ and run_. Never prints. */
#include "seek_multi.h"
#include "seek.h"
#include "../pp_gsl.h"
#include "../scenario/challenge.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_multimin.h>

#define SEEKM_T_TOL 1e-5        /* bisection tolerance on t, in normalised moves */
#define SEEKM_NM_STEP 0.3       /* first simplex size, radians */
#define SEEKM_NM_SIZE 1e-4      /* simplex size that ends the minimisation, radians */
#define SEEKM_NM_ITER 150       /* at most this many simplex iterations per free lever */
#define SEEKM_INFEASIBLE 1e3    /* objective of a direction that never meets the targets */
#define SEEKM_SNAP 0.01           /* of a lever's room: how near an end the cheapest package is put on it */
#define SEEKM_COST_INFEASIBLE 1e9 /* bn CNY: the cost objective of a package missing the targets, a
                                   * thousand times a province's forty-year system cost */

typedef struct {
    const seekm_problem *p;
    const scn_scenario *base;    /* the scenario as given: each trial sets levers from its paths */
    scn_scenario *work;
    cal_result cal;
    run_result *res;
    seekm_result *out;
    int k;                       /* free levers (room > 0) */
    int free_idx[SEEKM_MAX_LEVERS]; /* their indices in the problem */
    double umax[SEEKM_MAX_LEVERS];  /* room / span of each free lever */
    int met_given;               /* the targets hold as given: every direction meets them at t = 0 */
    run_summary given;           /* the run as given, for the package's abatement */
    pp_status fatal;
    pp_error fatal_err;
} seekm_ctx;

/* ---- one trial ---- */

/* Sets every lever to start + greener * u * span (u of the free levers; the others as given) and
 * runs. *met: every target met (0 when the scenario refuses a value). Each lever is first put back
 * to the scenario's own path: a lever move reshapes the path after history from where it is, so
 * moves must not pile up from trial to trial. */
static void trial(seekm_ctx *c, const double *u, int *met)
{
    seekm_result *o = c->out;
    pp_error e;
    pp_status st = PP_OK;
    for (int j = 0; j < c->k && st == PP_OK; j++) {
        int i = c->free_idx[j];
        double v = o->start[i] + o->greener[i] * u[j] * (o->plaus_hi[i] - o->plaus_lo[i]);
        st = scn_set_path(c->work, o->lever[i], scn_path(c->base, o->lever[i]), &e);
        if (st == PP_OK) st = scn_lever_set(c->work, o->lever[i], v, &e);
    }
    if (st == PP_OK) {
        o->runs++;
        st = run_scenario(c->work, &c->cal, c->res, &e);
    }
    if (st == PP_ERR_NOMEM && c->fatal == PP_OK) {
        c->fatal = st;
        c->fatal_err = e;
    }
    *met = st == PP_OK;
    for (int t = 0; t < c->p->n_targets && *met; t++) *met = seek_target_met(c->res, &c->p->target[t]);
}

/* ---- one direction ---- */

/* The unit direction (non-negative) of hyperspherical angles phi[0..k-2]. */
static void direction_of(const double *phi, int k, double *w)
{
    double s = 1;
    for (int j = 0; j < k - 1; j++) {
        w[j] = fabs(s * cos(phi[j]));
        s *= sin(phi[j]);
    }
    w[k - 1] = fabs(s);
}

/* The angles of a non-negative direction v (inverse of direction_of). */
static void angles_of(const double *v, int k, double *phi)
{
    for (int j = 0; j < k - 1; j++) {
        double rest = 0;
        for (int i = j + 1; i < k; i++) rest += v[i] * v[i];
        phi[j] = atan2(sqrt(rest), v[j]);
    }
}

/* Where direction w leaves the box of plausible ranges. */
static double t_max(const seekm_ctx *c, const double *w)
{
    double t = INFINITY;
    for (int j = 0; j < c->k; j++)
        if (w[j] > 1e-12 && c->umax[j] / w[j] < t) t = c->umax[j] / w[j];
    return t;
}

/* The smallest t (within SEEKM_T_TOL, on the met side) with t w meeting the targets; INFINITY when
 * the box's edge along w does not. */
static double first_met(seekm_ctx *c, const double *w)
{
    double u[SEEKM_MAX_LEVERS], lo = 0, hi = t_max(c, w);
    int met;
    c->out->directions++;
    if (!isfinite(hi)) return INFINITY;
    if (c->met_given) return 0;
    for (int j = 0; j < c->k; j++) u[j] = hi * w[j];
    trial(c, u, &met);
    if (!met) return INFINITY;
    while (hi - lo > SEEKM_T_TOL && c->fatal == PP_OK) {
        double mid = 0.5 * (lo + hi);
        for (int j = 0; j < c->k; j++) u[j] = mid * w[j];
        trial(c, u, &met);
        if (met) hi = mid;
        else lo = mid;
    }
    return hi;
}

/* ---- the minimisation ---- */

typedef struct {
    seekm_ctx *c;
    double best_t, best_w[SEEKM_MAX_LEVERS];
} seekm_search;

/* Keeps direction w when its first meeting point is the nearest so far. */
static double try_direction(seekm_search *sr, const double *w)
{
    double t = first_met(sr->c, w);
    if (t < sr->best_t) {
        sr->best_t = t;
        memcpy(sr->best_w, w, sizeof sr->best_w);
    }
    return isfinite(t) ? t : SEEKM_INFEASIBLE;
}

static double nm_objective(const gsl_vector *x, void *params)
{
    seekm_search *sr = params;
    double phi[SEEKM_MAX_LEVERS], w[SEEKM_MAX_LEVERS] = {0};
    for (int j = 0; j + 1 < sr->c->k; j++) phi[j] = gsl_vector_get(x, (size_t)j);
    direction_of(phi, sr->c->k, w);
    return try_direction(sr, w);
}

/* Nelder-Mead over the k - 1 angles from the direction w0. */
static pp_status nelder_mead(seekm_search *sr, const double *w0)
{
    int n = sr->c->k - 1, status = GSL_CONTINUE;
    double phi[SEEKM_MAX_LEVERS];
    gsl_multimin_function f = {nm_objective, (size_t)n, sr};
    gsl_multimin_fminimizer *m = gsl_multimin_fminimizer_alloc(gsl_multimin_fminimizer_nmsimplex2, (size_t)n);
    gsl_vector *x = gsl_vector_alloc((size_t)n), *step = gsl_vector_alloc((size_t)n);
    pp_status st = PP_OK;
    if (!m || !x || !step) st = PP_ERR_NOMEM;
    if (st == PP_OK) {
        angles_of(w0, sr->c->k, phi);
        for (int j = 0; j < n; j++) gsl_vector_set(x, (size_t)j, phi[j]);
        gsl_vector_set_all(step, SEEKM_NM_STEP);
        if (gsl_multimin_fminimizer_set(m, &f, x, step) != GSL_SUCCESS) st = PP_ERR_SOLVER;
    }
    for (int it = 0; st == PP_OK && status == GSL_CONTINUE && it < SEEKM_NM_ITER * sr->c->k; it++) {
        if (gsl_multimin_fminimizer_iterate(m) != GSL_SUCCESS) break; /* no progress: keep the best */
        status = gsl_multimin_test_size(gsl_multimin_fminimizer_size(m), SEEKM_NM_SIZE);
        if (sr->c->fatal != PP_OK) st = sr->c->fatal;
    }
    gsl_multimin_fminimizer_free(m);
    gsl_vector_free(x);
    gsl_vector_free(step);
    return st;
}

/* Axes, the all-greener corner's direction, then Nelder-Mead from it. */
static pp_status minimise(seekm_ctx *c, seekm_search *sr)
{
    double w[SEEKM_MAX_LEVERS], norm = 0;
    sr->c = c;
    sr->best_t = INFINITY;
    for (int j = 0; j < c->k; j++) norm += c->umax[j] * c->umax[j];
    for (int j = 0; j < c->k; j++) w[j] = c->umax[j] / sqrt(norm);
    if (!isfinite(try_direction(sr, w))) return PP_OK; /* the corner misses: nothing meets */
    for (int a = 0; a < c->k && c->k > 1; a++) {
        double e[SEEKM_MAX_LEVERS] = {0};
        e[a] = 1;
        try_direction(sr, e);
    }
    return c->k > 1 ? nelder_mead(sr, w) : c->fatal;
}

/* ---- the cheapest package (SEEKM_MIN_COST) ---- */

typedef struct {
    seekm_ctx *c;
    double best_cost, best_u[SEEKM_MAX_LEVERS];
    double best_w[SEEKM_MAX_LEVERS], best_s; /* where the best was found, to start Nelder-Mead */
} seekm_cheap;

/* The package a fraction s of the way from t0 (w's first meeting point) to w's box edge: its
 * discounted system cost, kept when the cheapest so far; SEEKM_COST_INFEASIBLE when it misses a
 * target (only if the targets do not improve along w) or has no cost. */
static double cost_at(seekm_cheap *ch, const double *w, double t0, double s)
{
    seekm_ctx *c = ch->c;
    double u[SEEKM_MAX_LEVERS] = {0}, t = t0 + s * (t_max(c, w) - t0), cost;
    int met;
    for (int j = 0; j < c->k; j++) u[j] = t * w[j];
    trial(c, u, &met);
    cost = c->res->summary.npv_system_cost_bn;
    if (!met || !isfinite(cost)) return SEEKM_COST_INFEASIBLE;
    if (cost < ch->best_cost) {
        ch->best_cost = cost;
        memcpy(ch->best_u, u, sizeof ch->best_u);
        memcpy(ch->best_w, w, sizeof ch->best_w);
        ch->best_s = s;
    }
    return cost;
}

/* Snaps each lever the simplex left within SEEKM_SNAP of an end of its room onto that end, one at a
 * time, keeping a snap when the package still meets the targets and costs less: a simplex in angles
 * only approaches a corner (a lever that saves money at its greener end, one that costs left at 0),
 * and a planner reads 11.99 GW where 12 is meant. */
static void snap_to_ends(seekm_cheap *ch)
{
    seekm_ctx *c = ch->c;
    for (int j = 0; j < c->k && c->fatal == PP_OK; j++) {
        double u[SEEKM_MAX_LEVERS], cost;
        int met;
        memcpy(u, ch->best_u, sizeof u);
        if (u[j] < SEEKM_SNAP * c->umax[j]) u[j] = 0;
        else if (u[j] > (1 - SEEKM_SNAP) * c->umax[j]) u[j] = c->umax[j];
        else continue;
        if (u[j] == ch->best_u[j]) continue;
        trial(c, u, &met);
        cost = c->res->summary.npv_system_cost_bn;
        if (met && isfinite(cost) && cost <= ch->best_cost) {
            ch->best_cost = cost;
            memcpy(ch->best_u, u, sizeof u);
        }
    }
}

/* Direction w at its first meeting point (s = 0) and at the box's edge (s = 1). */
static void try_both_ends(seekm_cheap *ch, const double *w)
{
    double t0 = first_met(ch->c, w);
    if (!isfinite(t0)) return;
    cost_at(ch, w, t0, 0);
    cost_at(ch, w, t0, 1);
}

/* x = (angles phi[0..k-2], sigma): the cost of the package at w(phi), s = sin^2 sigma. */
static double cheap_objective(const gsl_vector *x, void *params)
{
    seekm_cheap *ch = params;
    int k = ch->c->k;
    double phi[SEEKM_MAX_LEVERS], w[SEEKM_MAX_LEVERS] = {0}, sg = gsl_vector_get(x, (size_t)(k - 1)), t0;
    for (int j = 0; j + 1 < k; j++) phi[j] = gsl_vector_get(x, (size_t)j);
    direction_of(phi, k, w);
    t0 = first_met(ch->c, w);
    return isfinite(t0) ? cost_at(ch, w, t0, sin(sg) * sin(sg)) : SEEKM_COST_INFEASIBLE;
}

/* Nelder-Mead over the k - 1 angles and sigma from the best package found so far. */
static pp_status cheap_nelder_mead(seekm_cheap *ch)
{
    int n = ch->c->k, status = GSL_CONTINUE;
    double phi[SEEKM_MAX_LEVERS];
    gsl_multimin_function f = {cheap_objective, (size_t)n, ch};
    gsl_multimin_fminimizer *m = gsl_multimin_fminimizer_alloc(gsl_multimin_fminimizer_nmsimplex2, (size_t)n);
    gsl_vector *x = gsl_vector_alloc((size_t)n), *step = gsl_vector_alloc((size_t)n);
    pp_status st = PP_OK;
    if (!m || !x || !step) st = PP_ERR_NOMEM;
    if (st == PP_OK) {
        angles_of(ch->best_w, n, phi);
        for (int j = 0; j + 1 < n; j++) gsl_vector_set(x, (size_t)j, phi[j]);
        gsl_vector_set(x, (size_t)(n - 1), asin(sqrt(ch->best_s)));
        gsl_vector_set_all(step, SEEKM_NM_STEP);
        if (gsl_multimin_fminimizer_set(m, &f, x, step) != GSL_SUCCESS) st = PP_ERR_SOLVER;
    }
    for (int it = 0; st == PP_OK && status == GSL_CONTINUE && it < SEEKM_NM_ITER * n; it++) {
        if (gsl_multimin_fminimizer_iterate(m) != GSL_SUCCESS) break; /* no progress: keep the best */
        status = gsl_multimin_test_size(gsl_multimin_fminimizer_size(m), SEEKM_NM_SIZE);
        if (ch->c->fatal != PP_OK) st = ch->c->fatal;
    }
    gsl_multimin_fminimizer_free(m);
    gsl_vector_free(x);
    gsl_vector_free(step);
    return st;
}

/* The cheapest package into u; *found 0 when no package in the box meets the targets. The corner's
 * direction and each axis at both ends first: an axis holds the answer exactly when one lever
 * alone is the cheapest way, which a simplex in angles only approaches. */
static pp_status cheapest(seekm_ctx *c, double *u, int *found)
{
    seekm_cheap ch;
    double w[SEEKM_MAX_LEVERS] = {0}, norm = 0;
    pp_status st = PP_OK;
    memset(&ch, 0, sizeof ch);
    ch.c = c;
    ch.best_cost = INFINITY;
    for (int j = 0; j < c->k; j++) norm += c->umax[j] * c->umax[j];
    for (int j = 0; j < c->k; j++) w[j] = c->umax[j] / sqrt(norm);
    try_both_ends(&ch, w);
    for (int a = 0; a < c->k && c->k > 1 && isfinite(ch.best_cost); a++) {
        double e[SEEKM_MAX_LEVERS] = {0};
        e[a] = 1;
        try_both_ends(&ch, e);
    }
    if (isfinite(ch.best_cost) && c->fatal == PP_OK) st = cheap_nelder_mead(&ch);
    if (st == PP_OK && isfinite(ch.best_cost)) snap_to_ends(&ch);
    if (c->fatal != PP_OK) st = c->fatal;
    *found = isfinite(ch.best_cost);
    memcpy(u, ch.best_u, sizeof ch.best_u);
    return st;
}

/* ---- set-up and result ---- */

static pp_status check_problem(const scn_scenario *s, const seekm_problem *p, pp_error *err)
{
    if (p->minimise < 0 || p->minimise >= SEEKM_OBJECTIVE_COUNT)
        return pp_error_set(err, PP_ERR_USAGE, SEEKM_OBJECTIVE, PP_I(p->minimise));
    if (p->n_levers < 1 || p->n_levers > SEEKM_MAX_LEVERS)
        return pp_error_set(err, PP_ERR_USAGE, SEEKM_LEVERS_COUNT, PP_I(SEEKM_MAX_LEVERS), PP_I(p->n_levers));
    if (p->n_targets < 1 || p->n_targets > SEEKM_MAX_TARGETS)
        return pp_error_set(err, PP_ERR_USAGE, SEEKM_TARGETS_COUNT, PP_I(SEEKM_MAX_TARGETS), PP_I(p->n_targets));
    for (int i = 0; i < p->n_levers; i++) {
        const pp_param *pm = pp_param_get(p->lever[i]);
        const pp_lever_range *lr = pp_lever_range_get(p->lever[i]);
        if (!pm || !lr || !scn_path(s, p->lever[i]) || lr->hi <= lr->lo)
            return pp_error_set(err, PP_ERR_USAGE, SEEKM_NOT_A_LEVER, PP_S(pm ? pm->key : "?"));
        for (int j = 0; j < i; j++)
            if (p->lever[j] == p->lever[i])
                return pp_error_set(err, PP_ERR_USAGE, SEEKM_LEVER_TWICE, PP_S(pm->key));
    }
    return PP_OK;
}

/* The greener end a lever may reach: its plausible end, narrowed by a workshop challenge's limit;
 * a lever the challenge locks cannot move (returns its value). */
static double greener_end(const scn_scenario *s, int id, int greener, double start)
{
    const pp_lever_range *lr = pp_lever_range_get(id);
    const chal_challenge *ch = chal_of(s);
    double end = greener > 0 ? lr->hi : lr->lo, lo, hi;
    if (chal_is_locked(ch, id)) return start;
    if (chal_limit(ch, id, &lo, &hi)) end = greener > 0 ? fmin(end, hi) : fmax(end, lo);
    return end;
}

static void describe(const scn_scenario *s, const seekm_problem *p, seekm_ctx *c)
{
    seekm_result *o = c->out;
    o->n = p->n_levers;
    o->n_targets = p->n_targets;
    o->minimise = p->minimise;
    for (int i = 0; i < o->n; i++) {
        const pp_lever_range *lr = pp_lever_range_get(p->lever[i]);
        o->lever[i] = p->lever[i];
        o->start[i] = o->value[i] = scn_lever_value(s, p->lever[i]);
        o->plaus_lo[i] = lr->lo;
        o->plaus_hi[i] = lr->hi;
        o->greener[i] = lr->greener > 0 ? 1 : -1;
        o->room[i] = fmax(0, o->greener[i] * (greener_end(s, p->lever[i], o->greener[i], o->start[i]) - o->start[i]));
        if (o->room[i] > 0) {
            c->free_idx[c->k] = i;
            c->umax[c->k++] = o->room[i] / (lr->hi - lr->lo);
        }
    }
}

/* Runs the package u (t w of the best direction, or the corner) into the result. */
static pp_status finish(seekm_ctx *c, const double *u, int met)
{
    seekm_result *o = c->out;
    double sum = 0;
    int ran_met;
    trial(c, u, &ran_met);
    if (c->fatal != PP_OK) return c->fatal;
    for (int j = 0; j < c->k; j++) {
        int i = c->free_idx[j];
        o->value[i] = o->start[i] + o->greener[i] * u[j] * (o->plaus_hi[i] - o->plaus_lo[i]);
        sum += u[j] * u[j];
    }
    o->change = sqrt(sum);
    o->met = met && ran_met;
    for (int t = 0; t < o->n_targets; t++) o->metric_value[t] = seek_metric_value(c->res, &c->p->target[t]);
    o->summary = c->res->summary;
    o->end_year = c->res->end_year;
    o->cost_bn = o->summary.npv_system_cost_bn;
    mac_abatement_of(&o->summary, &c->given, &o->abatement);
    return PP_OK;
}

static pp_status setup(seekm_ctx *c, const scn_scenario *s, pp_error *err)
{
    pp_status st = cal_calibrate(s, &c->cal, err);
    if (st != PP_OK) return st;
    c->work = scn_clone(s);
    c->res = malloc(sizeof *c->res);
    if (!c->work || !c->res) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    c->out->runs++;
    if (run_scenario(s, &c->cal, c->res, err) != PP_OK)
        return pp_error_wrap(err, PP_ERR_SOLVER, SEEKM_AS_GIVEN_FAILS);
    c->given = c->res->summary;
    c->out->cost_start_bn = c->given.npv_system_cost_bn;
    if (c->p->minimise == SEEKM_MIN_COST && !isfinite(c->out->cost_start_bn))
        return pp_error_set(err, PP_ERR_USAGE, SEEKM_NO_COST);
    for (int t = 0; t < c->p->n_targets; t++) {
        const seek_target *tg = &c->p->target[t];
        c->out->metric_start[t] = seek_metric_value(c->res, tg);
        if (isnan(c->out->metric_start[t]))
            return pp_error_set(err, PP_ERR_USAGE, TARGET_YEAR_OUTSIDE_RUN, PP_I(tg->year), PP_I(c->res->first_year),
                                PP_I(c->res->end_year));
    }
    return PP_OK;
}

/* Already met, the best direction found, or (nothing meets) the corner; minimising cost, the
 * cheapest package (met as given too: a lever may save money). */
static pp_status solve(seekm_ctx *c)
{
    double u[SEEKM_MAX_LEVERS] = {0};
    seekm_search sr;
    pp_status st;
    int met = 1;
    for (int t = 0; t < c->p->n_targets && met; t++) met = seek_target_met(c->res, &c->p->target[t]);
    c->met_given = met;
    if (c->k == 0 || (met && c->p->minimise == SEEKM_MIN_CHANGE)) return finish(c, u, met);
    if (c->p->minimise == SEEKM_MIN_COST) {
        st = cheapest(c, u, &met);
        if (st != PP_OK) return st;
        if (!met)
            for (int j = 0; j < c->k; j++) u[j] = c->umax[j];
        return finish(c, u, met);
    }
    st = minimise(c, &sr);
    if (st != PP_OK) return st;
    if (isfinite(sr.best_t))
        for (int j = 0; j < c->k; j++) u[j] = sr.best_t * sr.best_w[j];
    else
        for (int j = 0; j < c->k; j++) u[j] = c->umax[j];
    return finish(c, u, isfinite(sr.best_t));
}

pp_status seekm_run(const scn_scenario *s, const seekm_problem *p, seekm_result *out, pp_error *err)
{
    seekm_ctx c;
    pp_status st;
    pp_gsl_init();
    if (err) pp_error_clear(err);
    memset(out, 0, sizeof *out);
    memset(&c, 0, sizeof c);
    c.p = p;
    c.base = s;
    c.out = out;
    st = check_problem(s, p, err);
    if (st != PP_OK) return st;
    describe(s, p, &c);
    st = setup(&c, s, err);
    if (st == PP_OK) st = solve(&c);
    if (st == PP_ERR_NOMEM && c.fatal == PP_ERR_NOMEM && err) *err = c.fatal_err;
    else if (st != PP_OK && err && !pp_error_is_set(err))
        pp_error_set(err, st, SEEKM_MINIMISER_FAILED);

    scn_free(c.work);
    free(c.res);
    return st;
}
