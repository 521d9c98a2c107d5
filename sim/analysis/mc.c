/* sim/analysis/mc.c - Monte Carlo over the scenario's uncertainty ranges: offsets drawn from one
 * seeded GSL stream in draw order (distributions and correlations: mc_dist.c), the draws of this
 * run (or shard) run on worker threads (the engine keeps no globals), each result stored at its
 * draw's index; mc_summary.c turns them into bands and probabilities. A caller of cal_ and run_,
 * never inside them. Never prints. */
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

#define MC_MAX_JOBS 256

/* ---- the uncertain keys and their draws ---- */

typedef enum { MODE_LEVER, MODE_PATH, MODE_SCALAR } key_mode;

typedef struct {
    int id;
    key_mode mode;
    scn_dist dist;       /* the offsets' distribution on the range */
    double base_value;   /* lever value in the base scenario (MODE_LEVER) */
} mc_key;

/* What the workers share (read-only except the per-draw outputs and the counter). */
typedef struct {
    const scn_scenario *base;
    const cal_result *cal;
    const mc_key *keys;
    int n_keys, jobs, recalibrate;
    mc_draws *d;             /* this run's draws: offsets in, results out */
    pp_status *status;       /* per draw */
    atomic_int done;
} mc_shared;

typedef struct {
    mc_shared *sh;
    int tid;
} mc_worker;

double mc_draw_offset(double u01, double lo, double hi) { return lo + (hi - lo) * u01; }

/* The keys with a range, at most MC_MAX_KEYS of them; returns how many there are (all counted). */
static int collect_keys(const scn_scenario *s, mc_key *keys)
{
    int n = 0;
    for (int id = 0; id < P_COUNT; id++) {
        const pp_param *p = pp_param_get(id);
        scn_dist dist;
        if (p->kind == PK_TEXT || !scn_dist_get(s, id, &dist)) continue;
        if (n >= MC_MAX_KEYS) {
            n++;
            continue;
        }
        keys[n].dist = dist;
        keys[n].id = id;
        keys[n].mode = p->group != LG_NONE ? MODE_LEVER : p->kind == PK_PATH ? MODE_PATH : MODE_SCALAR;
        keys[n].base_value = scn_lever_value(s, id);
        n++;
    }
    return n;
}

static int key_index(const mc_key *keys, int n_keys, int id)
{
    for (int k = 0; k < n_keys; k++)
        if (keys[k].id == id) return k;
    return -1;
}

/* The correlation matrix of the keys' normal scores from their `.corr` lines. PP_ERR_INPUT when a
 * pair is given twice with two values. */
static pp_status correlations(const scn_scenario *s, const mc_key *keys, int n, double *corr, pp_error *err)
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) corr[i * n + j] = i == j;
    for (int i = 0; i < n; i++) {
        int other, j;
        double rho;
        const pp_param *p = pp_param_get(keys[i].id);
        if (!scn_corr_get(s, keys[i].id, &other, &rho) || (j = key_index(keys, n, other)) < 0) continue;
        if (corr[i * n + j] != 0 && corr[i * n + j] != rho)
            return pp_error_set(err, PP_ERR_INPUT, MC_TWO_CORRELATIONS, PP_S(p->section), PP_S(p->key),
                                PP_S(pp_param_get(other)->section), PP_S(pp_param_get(other)->key),
                                PP_G(corr[i * n + j]), PP_G(rho));
        corr[i * n + j] = corr[j * n + i] = rho;
    }
    return PP_OK;
}

/* The offsets of draws d->first_draw .. + d->count from one mt19937 stream: the draws before the
 * shard are drawn and dropped, so every shard sees the unsplit run's offsets. */
static pp_status draw_offsets(const scn_scenario *s, const mc_key *keys, int n_keys, unsigned long seed,
                              mc_draws *d, pp_error *err)
{
    scn_dist dist[MC_MAX_KEYS];
    double *corr = malloc(sizeof *corr * (size_t)n_keys * (size_t)n_keys), skip[MC_MAX_KEYS];
    mc_sampler *sm = malloc(sizeof *sm);
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    pp_status st = corr && sm && rng ? PP_OK : pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    for (int k = 0; k < n_keys; k++) dist[k] = keys[k].dist;
    if (st == PP_OK) st = correlations(s, keys, n_keys, corr, err);
    if (st == PP_OK) st = mc_sampler_init(sm, n_keys, dist, corr, err);
    if (st == PP_OK) {
        gsl_rng_set(rng, seed);
        for (int k = 0; k < d->first_draw; k++) mc_sampler_draw(sm, rng, skip);
        for (int k = 0; k < d->count; k++) mc_sampler_draw(sm, rng, d->offsets + (size_t)k * n_keys);
    }
    gsl_rng_free(rng);
    free(sm);
    free(corr);
    return st;
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

/* The path of uncertain key k in a draw with offset off, from the base scenario: a lever moved
 * to its value + off (clamped to the key's range), a scalar + off, another path shifted by off
 * after history. Computed from the base, never from the worker's copy, so a draw does not depend
 * on the draws before it. */
static pp_status key_path(const scn_scenario *base, const mc_key *k, double off, pp_path *path, pp_error *err)
{
    const pp_param *p = pp_param_get(k->id);
    if (k->mode == MODE_LEVER) return scn_lever_path(base, k->id, clamp(k->base_value + off, p->min, p->max), path, err);
    if (k->mode == MODE_SCALAR) {
        *path = *scn_path(base, k->id);
        path->value[0] = clamp(path->value[0] + off, p->min, p->max);
        return PP_OK;
    }
    if (shift_future(scn_path(base, k->id), scn_hist_end_year(base), off, p->min, p->max, path) != 0)
        return pp_error_set(err, PP_ERR_RANGE, MC_TOO_MANY_POINTS, PP_S(p->section), PP_S(p->key));
    return PP_OK;
}

/* One draw on the worker's copy w: every uncertain key's path set at once (scn_set_paths keeps
 * the yearly table current and validates once), (calibration), a run. A refused draw leaves w as
 * it was; the next draw replaces the same keys again, so it does not matter. */
static pp_status run_draw(const mc_shared *sh, int k, scn_scenario *w, run_result *r)
{
    pp_error e;
    pp_status st = PP_OK;
    cal_result cal;
    pp_path paths[MC_MAX_KEYS];
    int ids[MC_MAX_KEYS];
    for (int j = 0; j < sh->n_keys && st == PP_OK; j++) {
        ids[j] = sh->keys[j].id;
        st = key_path(sh->base, &sh->keys[j], sh->d->offsets[(size_t)k * sh->n_keys + j], &paths[j], &e);
    }
    if (st == PP_OK) st = scn_set_paths(w, sh->n_keys, ids, paths, &e);
    if (st == PP_OK && sh->recalibrate) st = cal_calibrate(w, &cal, &e);
    if (st == PP_OK) st = run_scenario(w, sh->recalibrate ? &cal : sh->cal, r, &e);
    return st;
}

static void keep_draw(mc_draws *d, int k, const run_result *r)
{
    mc_draw_out *o = &d->out[k];
    memcpy(d->co2 + (size_t)k * d->n_years, r->v[RV_CO2], sizeof(double) * (size_t)d->n_years);
    o->ok = 1;
    o->peak_reached = r->summary.peak_reached;
    o->peak_year = r->summary.peak_year;
    o->peak_by_2030 = r->summary.peak_by_2030;
    o->neutral_year = r->summary.neutral_year;
    o->cum_co2_mt = r->summary.cum_co2_mt;
}

static void *worker_main(void *arg)
{
    mc_worker *wk = arg;
    mc_shared *sh = wk->sh;
    run_result *r = malloc(sizeof *r);
    scn_scenario *w = scn_clone(sh->base);
    for (int k = wk->tid; k < sh->d->count; k += sh->jobs) {
        pp_status st = r && w ? run_draw(sh, k, w, r) : PP_ERR_NOMEM;
        sh->status[k] = st;
        if (st == PP_OK) keep_draw(sh->d, k, r);
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
    for (long n = 0; (done = atomic_load(&sh->done)) < sh->d->count; n++) {
        if (opt->progress && n % 20 == 0) opt->progress(opt->progress_ctx, done, sh->d->count); /* 0.1 s */
        nanosleep(&tick, NULL);
    }
    if (opt->progress) opt->progress(opt->progress_ctx, sh->d->count, sh->d->count);
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
    for (int d = 0; d < sh->d->count; d++)
        if (sh->status[d] == PP_ERR_NOMEM) return pp_error_set(err, PP_ERR_NOMEM, NOMEM_IN_DRAW, PP_I(d));
    return PP_OK;
}

/* ---- the run ---- */

/* Calibrates and runs the base scenario: the deterministic run and the shared calibration. */
static pp_status base_run(const scn_scenario *s, cal_result *cal, mc_result *out, pp_error *err)
{
    run_result *r = malloc(sizeof *r);
    pp_status st = r ? cal_calibrate(s, cal, err) : pp_error_set(err, PP_ERR_NOMEM, NOMEM);
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
        return pp_error_set(err, PP_ERR_USAGE, MC_DRAWS_COUNT, PP_I(MC_MAX_DRAWS), PP_I(opt ? opt->draws : 0));
    if (opt->shard_count > 1 && (opt->shard_index < 0 || opt->shard_index >= opt->shard_count
                                 || opt->shard_count > opt->draws))
        return pp_error_set(err, PP_ERR_USAGE, MC_BAD_SHARD, PP_I(opt->shard_index + 1), PP_I(opt->shard_count),
                            PP_I(opt->draws));
    if (n_keys == 0) return pp_error_set(err, PP_ERR_USAGE, MC_NO_RANGE);
    if (n_keys > MC_MAX_KEYS) return pp_error_set(err, PP_ERR_USAGE, MC_TOO_MANY_RANGES, PP_I(n_keys), PP_I(MC_MAX_KEYS));
    return PP_OK;
}

/* The result's header: everything but the statistics of the draws. */
static void result_header(const mc_options *opt, const mc_key *keys, int n_keys, mc_result *out)
{
    memset(out, 0, sizeof *out);
    out->total_draws = opt->draws;
    out->seed = opt->seed;
    out->shard_count = opt->shard_count > 1 ? opt->shard_count : 1;
    out->shard_index = opt->shard_count > 1 ? opt->shard_index : 0;
    out->jobs = opt->jobs > 0 ? (opt->jobs < MC_MAX_JOBS ? opt->jobs : MC_MAX_JOBS) : default_jobs();
    out->n_uncertain = n_keys;
    for (int k = 0; k < n_keys; k++) {
        out->key_id[k] = keys[k].id;
        out->recalibrated |= keys[k].mode == MODE_SCALAR;
    }
}

/* This shard's draws of the sequence: [i N / k, (i + 1) N / k). */
static void shard_span(const mc_result *h, int *first, int *count)
{
    long long n = h->total_draws, k = h->shard_count, i = h->shard_index;
    *first = (int)(i * n / k);
    *count = (int)((i + 1) * n / k) - *first;
}

pp_status mc_run_keep(const scn_scenario *s, const mc_options *opt, mc_result *out, mc_draws *d, pp_error *err)
{
    mc_key keys[MC_MAX_KEYS];
    mc_shared sh;
    cal_result cal;
    int n_keys = collect_keys(s, keys), first, count;
    pp_status st = check_options(opt, n_keys, err);
    pp_gsl_init(); /* GSL errors (the random generator's allocation) come back as statuses */
    memset(d, 0, sizeof *d);
    if (st != PP_OK) return st;
    result_header(opt, keys, n_keys, out);
    shard_span(out, &first, &count);
    st = base_run(s, &cal, out, err);
    if (st == PP_OK) st = mc_draws_alloc(d, first, count, n_keys, out->n_years, err);
    for (int k = 0; st == PP_OK && k < n_keys; k++) d->key_id[k] = keys[k].id;
    if (st == PP_OK) st = draw_offsets(s, keys, n_keys, opt->seed, d, err);
    sh = (mc_shared){s, &cal, keys, n_keys, out->jobs, out->recalibrated, d, NULL, 0};
    if (st == PP_OK && !(sh.status = calloc((size_t)count, sizeof *sh.status)))
        st = pp_error_set(err, PP_ERR_NOMEM, NOMEM_DRAWS, PP_I(count));

    if (st == PP_OK) st = run_threads(&sh, opt, err);
    if (st == PP_OK) st = mc_summarise(d, out, err);
    free(sh.status);
    if (st != PP_OK) mc_draws_free(d);
    return st;
}

pp_status mc_run(const scn_scenario *s, const mc_options *opt, mc_result *out, pp_error *err)
{
    mc_draws d;
    pp_status st = mc_run_keep(s, opt, out, &d, err);
    mc_draws_free(&d);
    return st;
}
