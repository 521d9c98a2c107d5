/* sim/analysis/mc.c - Monte Carlo over the scenario's uncertainty ranges: offsets drawn up front from one
 * seeded GSL stream, draws run on worker threads (the engine keeps no globals), then quantile bands
 * and probabilities. A caller of cal_ and run_, never inside them. Never prints. */
#include "mc.h"
#include "../pp_gsl.h"

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#define MC_MAX_JOBS 256

/* ---- the uncertain keys and their draws ---- */

typedef enum { MODE_LEVER, MODE_PATH, MODE_SCALAR } key_mode;

typedef struct {
    int id;
    key_mode mode;
    double lo, hi;       /* offset range */
    double base_value;   /* lever value in the base scenario (MODE_LEVER) */
} mc_key;

/* What the workers share (read-only except the per-draw outputs and the counter). */
typedef struct {
    const scn_scenario *base;
    const cal_result *cal;
    const mc_key *keys;
    int n_keys, draws, jobs, n_years, recalibrate;
    const double *offsets;   /* draws x n_keys */
    double *co2;             /* draws x n_years, gross CO2 per draw */
    run_summary *summary;    /* per draw */
    pp_status *status;       /* per draw */
    atomic_int done;
} mc_shared;

typedef struct {
    mc_shared *sh;
    int tid;
} mc_worker;

double mc_draw_offset(double u01, double lo, double hi) { return lo + (hi - lo) * u01; }

static int collect_keys(const scn_scenario *s, mc_key *keys)
{
    int n = 0;
    for (int id = 0; id < P_COUNT; id++) {
        const pp_param *p = pp_param_get(id);
        double lo, hi;
        if (p->kind == PK_TEXT || !scn_range(s, id, &lo, &hi)) continue;
        keys[n].id = id;
        keys[n].lo = lo;
        keys[n].hi = hi;
        keys[n].mode = p->group != LG_NONE ? MODE_LEVER : p->kind == PK_PATH ? MODE_PATH : MODE_SCALAR;
        keys[n].base_value = scn_lever_value(s, id);
        n++;
    }
    return n;
}

/* All offsets, draw by draw, from one mt19937 stream: the same for any number of threads. */
static pp_status draw_offsets(const mc_key *keys, int n_keys, int draws, unsigned long seed,
                              double **out, pp_error *err)
{
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    double *off = malloc(sizeof *off * (size_t)draws * (size_t)n_keys);
    if (!rng || !off) {
        gsl_rng_free(rng);
        free(off);
        return pp_error_set(err, PP_ERR_NOMEM, "out of memory (%d Monte Carlo draws)", draws);
    }
    gsl_rng_set(rng, seed);
    for (int d = 0; d < draws; d++)
        for (int k = 0; k < n_keys; k++)
            off[(size_t)d * n_keys + k] = mc_draw_offset(gsl_rng_uniform(rng), keys[k].lo, keys[k].hi);
    gsl_rng_free(rng);
    *out = off;
    return PP_OK;
}

/* ---- applying one draw ---- */

static double clamp(double v, double lo, double hi) { return v < lo ? lo : v > hi ? hi : v; }

/* Appends a point to p (years must come in increasing order). */
static int path_push(pp_path *p, int year, double v)
{
    if (p->n >= PP_PATH_MAX) return -1;
    p->year[p->n] = year;
    p->value[p->n] = v;
    p->n++;
    return 0;
}

/* The path shifted by off from the first year after history on; history untouched. */
static int shift_future(const pp_path *in, int hist_end, double off, double lo, double hi, pp_path *out)
{
    int rc = 0;
    out->n = 0;
    for (int k = 0; k < in->n && rc == 0; k++)
        if (in->year[k] != 0 && in->year[k] < hist_end) rc = path_push(out, in->year[k], in->value[k]);
    if (rc == 0) rc = path_push(out, hist_end, pp_path_at(in, hist_end));
    if (rc == 0) rc = path_push(out, hist_end + 1, clamp(pp_path_at(in, hist_end + 1) + off, lo, hi));
    for (int k = 0; k < in->n && rc == 0; k++)
        if (in->year[k] > hist_end + 1) rc = path_push(out, in->year[k], clamp(in->value[k] + off, lo, hi));
    return rc;
}

static pp_status apply_key(scn_scenario *w, const mc_key *k, double off, pp_error *err)
{
    const pp_param *p = pp_param_get(k->id);
    pp_path path;
    if (k->mode == MODE_LEVER)
        return scn_lever_set(w, k->id, clamp(k->base_value + off, p->min, p->max), err);
    if (k->mode == MODE_SCALAR) {
        path = *scn_path(w, k->id);
        path.value[0] = clamp(path.value[0] + off, p->min, p->max);
        return scn_set_path(w, k->id, &path, err);
    }
    if (shift_future(scn_path(w, k->id), scn_hist_end_year(w), off, p->min, p->max, &path) != 0)
        return pp_error_set(err, PP_ERR_RANGE, "%s.%s: too many points to shift", p->section, p->key);
    return scn_set_path(w, k->id, &path, err);
}

/* Puts the uncertain keys of the worker's copy back to the base values; a fresh copy when that
 * fails (an intermediate mix of old and new values can break a cross-key rule). */
static scn_scenario *reset_copy(const mc_shared *sh, scn_scenario *w)
{
    pp_error e;
    for (int k = 0; w && k < sh->n_keys; k++) {
        if (scn_set_path(w, sh->keys[k].id, scn_path(sh->base, sh->keys[k].id), &e) != PP_OK) {
            scn_free(w);
            w = NULL;
        }
    }
    return w ? w : scn_clone(sh->base);
}

/* One draw on the worker's copy *w: base values, the offsets, (calibration), a run. */
static pp_status run_draw(const mc_shared *sh, int d, scn_scenario **w, run_result *r)
{
    pp_error e;
    pp_status st = PP_OK;
    cal_result cal;
    *w = reset_copy(sh, *w);
    if (!*w) return PP_ERR_NOMEM;
    for (int k = 0; k < sh->n_keys && st == PP_OK; k++)
        st = apply_key(*w, &sh->keys[k], sh->offsets[(size_t)d * sh->n_keys + k], &e);
    if (st == PP_OK && sh->recalibrate) st = cal_calibrate(*w, &cal, &e);
    if (st == PP_OK) st = run_scenario(*w, sh->recalibrate ? &cal : sh->cal, r, &e);
    return st;
}

static void *worker_main(void *arg)
{
    mc_worker *wk = arg;
    mc_shared *sh = wk->sh;
    run_result *r = malloc(sizeof *r);
    scn_scenario *w = scn_clone(sh->base);
    for (int d = wk->tid; d < sh->draws; d += sh->jobs) {
        pp_status st = r ? run_draw(sh, d, &w, r) : PP_ERR_NOMEM;
        sh->status[d] = st;
        if (st == PP_OK) {
            memcpy(sh->co2 + (size_t)d * sh->n_years, r->v[RV_CO2], sizeof(double) * (size_t)sh->n_years);
            sh->summary[d] = r->summary;
        }
        atomic_fetch_add(&sh->done, 1);
    }
    scn_free(w);
    free(r);
    return NULL;
}

/* ---- threads ---- */

static int default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > MC_MAX_JOBS ? MC_MAX_JOBS : (int)n;
}

static void wait_progress(mc_shared *sh, const mc_options *opt)
{
    const struct timespec tick = {0, 5000000L}; /* 5 ms polls: the end is seen quickly */
    int done;
    for (long n = 0; (done = atomic_load(&sh->done)) < sh->draws; n++) {
        if (opt->progress && n % 20 == 0) opt->progress(opt->progress_ctx, done, sh->draws); /* 0.1 s */
        nanosleep(&tick, NULL);
    }
    if (opt->progress) opt->progress(opt->progress_ctx, sh->draws, sh->draws);
}

static pp_status run_threads(mc_shared *sh, const mc_options *opt, pp_error *err)
{
    pthread_t th[MC_MAX_JOBS];
    mc_worker wk[MC_MAX_JOBS];
    int started = 0;
    for (int t = 0; t < sh->jobs; t++) {
        wk[t] = (mc_worker){sh, t};
        if (pthread_create(&th[t], NULL, worker_main, &wk[t]) != 0) break;
        started++;
    }
    if (started < sh->jobs) {
        /* the draws of threads that did not start are run here, so the result does not change */
        for (int t = started; t < sh->jobs; t++) worker_main(&wk[t]);
    }
    wait_progress(sh, opt);
    for (int t = 0; t < started; t++) pthread_join(th[t], NULL);
    for (int d = 0; d < sh->draws; d++)
        if (sh->status[d] == PP_ERR_NOMEM) return pp_error_set(err, PP_ERR_NOMEM, "out of memory in draw %d", d);
    return PP_OK;
}

/* ---- summarising ---- */

static void bands(const mc_shared *sh, double *tmp, mc_result *out)
{
    for (int i = 0; i < sh->n_years; i++) {
        size_t n = 0;
        for (int d = 0; d < sh->draws; d++)
            if (sh->status[d] == PP_OK) tmp[n++] = sh->co2[(size_t)d * sh->n_years + i];
        gsl_sort(tmp, 1, n);
        out->p5_mt[i] = gsl_stats_quantile_from_sorted_data(tmp, 1, n, 0.05);
        out->p50_mt[i] = gsl_stats_quantile_from_sorted_data(tmp, 1, n, 0.50);
        out->p95_mt[i] = gsl_stats_quantile_from_sorted_data(tmp, 1, n, 0.95);
    }
}

static void probabilities(const mc_shared *sh, mc_result *out)
{
    int by2030 = 0, neutral = 0;
    for (int d = 0; d < sh->draws; d++) {
        const run_summary *sm = &sh->summary[d];
        if (sh->status[d] != PP_OK) continue;
        out->ok_draws++;
        by2030 += sm->peak_by_2030 != 0;
        neutral += sm->neutral_year > 0 && sm->neutral_year <= 2060;
        if (sm->peak_reached) out->peak_count[sm->peak_year - out->first_year]++;
        else out->no_peak_count++;
    }
    if (out->ok_draws > 0) {
        out->p_peak_by_2030 = (double)by2030 / out->ok_draws;
        out->p_neutral_by_2060 = (double)neutral / out->ok_draws;
    }
}

/* ---- the run ---- */

/* Calibrates and runs the base scenario: the deterministic run and the shared calibration. */
static pp_status base_run(const scn_scenario *s, cal_result *cal, mc_result *out, pp_error *err)
{
    run_result *r = malloc(sizeof *r);
    pp_status st = r ? cal_calibrate(s, cal, err) : pp_error_set(err, PP_ERR_NOMEM, "out of memory");
    if (st == PP_OK) st = run_scenario(s, cal, r, err);
    if (st == PP_OK) {
        out->first_year = r->first_year;
        out->end_year = r->end_year;
        out->n_years = r->n_years;
        memcpy(out->det_mt, r->v[RV_CO2], sizeof(double) * (size_t)r->n_years);
    }
    free(r);
    return st;
}

static pp_status check_options(const mc_options *opt, int n_keys, pp_error *err)
{
    if (!opt || opt->draws < 1 || opt->draws > MC_MAX_DRAWS)
        return pp_error_set(err, PP_ERR_USAGE, "the number of draws must be 1..%d (got %d)", MC_MAX_DRAWS,
                            opt ? opt->draws : 0);
    if (n_keys == 0)
        return pp_error_set(err, PP_ERR_USAGE, "the scenario gives no uncertainty range: add e.g. "
                            "`gdp_growth_pct.range = -1.0, +1.0` under [economy]");
    return PP_OK;
}

static pp_status alloc_shared(mc_shared *sh, pp_error *err)
{
    sh->co2 = malloc(sizeof *sh->co2 * (size_t)sh->draws * (size_t)sh->n_years);
    sh->summary = malloc(sizeof *sh->summary * (size_t)sh->draws);
    sh->status = malloc(sizeof *sh->status * (size_t)sh->draws);
    if (!sh->co2 || !sh->summary || !sh->status)
        return pp_error_set(err, PP_ERR_NOMEM, "out of memory (%d Monte Carlo draws)", sh->draws);
    return PP_OK;
}

static void free_shared(mc_shared *sh)
{
    free(sh->co2);
    free(sh->summary);
    free(sh->status);
    free((double *)sh->offsets);
}

static pp_status finish(mc_shared *sh, mc_result *out, pp_error *err)
{
    double *tmp;
    probabilities(sh, out);
    if (out->ok_draws == 0)
        return pp_error_set(err, PP_ERR_INPUT, "none of the %d draws ran: the ranges take the scenario "
                            "out of what it allows (e.g. shares over 100 %%, solar past its potential)", sh->draws);
    tmp = malloc(sizeof *tmp * (size_t)sh->draws);
    if (!tmp) return pp_error_set(err, PP_ERR_NOMEM, "out of memory");
    bands(sh, tmp, out);
    free(tmp);
    return PP_OK;
}

pp_status mc_run(const scn_scenario *s, const mc_options *opt, mc_result *out, pp_error *err)
{
    mc_key keys[P_COUNT];
    mc_shared sh;
    cal_result cal;
    double *offsets = NULL;
    int n_keys = collect_keys(s, keys);
    pp_status st = check_options(opt, n_keys, err);
    pp_gsl_init(); /* GSL errors (the random generator's allocation) come back as statuses */
    if (st != PP_OK) return st;
    memset(out, 0, sizeof *out);
    out->draws = opt->draws;
    out->seed = opt->seed;
    out->jobs = opt->jobs > 0 ? (opt->jobs < MC_MAX_JOBS ? opt->jobs : MC_MAX_JOBS) : default_jobs();
    out->n_uncertain = n_keys;
    for (int k = 0; k < n_keys; k++) out->recalibrated |= keys[k].mode == MODE_SCALAR;
    st = base_run(s, &cal, out, err);
    if (st == PP_OK) st = draw_offsets(keys, n_keys, opt->draws, opt->seed, &offsets, err);
    sh = (mc_shared){s, &cal, keys, n_keys, opt->draws, out->jobs, out->n_years, out->recalibrated,
                     offsets, NULL, NULL, NULL, 0};
    if (st == PP_OK) st = alloc_shared(&sh, err);
    if (st == PP_OK) st = run_threads(&sh, opt, err);
    if (st == PP_OK) st = finish(&sh, out, err);
    free_shared(&sh);
    return st;
}
