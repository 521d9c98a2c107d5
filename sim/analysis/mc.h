/* sim/analysis/mc.h - Monte Carlo uncertainty: draws every key that has an uncertainty range
 * (`key.range = lo, hi`, optionally `key.dist` and `key.corr` in the scenario), runs each draw,
 * and summarises the runs as yearly CO2 bands, peak/neutrality probabilities, the peak-year
 * histogram and which uncertainties drive the spread (standardized regression coefficients).
 * Reproducible for a seed, whatever the thread count; a run can be split into shards over one
 * seed's draw sequence whose raw draws merge (mc_summarise) into exactly the unsplit result.
 * A caller of cal_ and run_, never inside them. Never prints. */
#ifndef PEAKPATH_SIM_MC_H
#define PEAKPATH_SIM_MC_H

#include "../pp_error.h"
#include "../model/run.h"
#include "../scenario/scenario.h"
#include "mc_dist.h"

#define MC_MAX_DRAWS 1000000

/* Called from the calling thread about ten times a second while draws run (and once at the
 * end), with the number of draws finished. Optional. */
typedef void (*mc_progress_fn)(void *ctx, int done, int total);

typedef struct {
    int draws;             /* 1..MC_MAX_DRAWS: the whole sequence, over all shards */
    unsigned long seed;
    int jobs;              /* worker threads; <= 0: one per online core */
    mc_progress_fn progress;
    void *progress_ctx;
    int shard_index;       /* 0..shard_count-1: this run does draws [i*N/k, (i+1)*N/k) */
    int shard_count;       /* <= 1: no sharding, every draw */
} mc_options;

/* What one draw left: whether it ran and the summary items the result needs. */
typedef struct {
    int ok;                /* 1: ran; 0: the scenario refused the drawn values */
    int peak_reached, peak_year, peak_by_2030, neutral_year;
    double cum_co2_mt;     /* gross CO2 2021..end year */
} mc_draw_out;

/* The raw draws first_draw .. first_draw + count - 1 of a seed's sequence. */
typedef struct {
    int first_draw, count, n_keys, n_years;
    int key_id[MC_MAX_KEYS];
    double *offsets;       /* count x n_keys */
    double *co2;           /* count x n_years, gross CO2 */
    mc_draw_out *out;      /* count */
} mc_draws;

typedef struct {
    int draws, ok_draws;   /* in this result (a shard's own or all); that ran */
    int total_draws;       /* of the whole sequence (opt->draws) */
    int first_draw;        /* first draw index in this result (0 unless a shard) */
    int shard_index, shard_count;
    unsigned long seed;
    int jobs;              /* threads used */
    int n_uncertain;       /* keys with a range */
    int key_id[MC_MAX_KEYS];
    int recalibrated;      /* 1 when a range touches history, so every draw was calibrated anew */
    int first_year, end_year, n_years;
    double p5_mt[RUN_MAX_YEARS], p50_mt[RUN_MAX_YEARS], p95_mt[RUN_MAX_YEARS]; /* gross CO2 bands */
    double det_mt[RUN_MAX_YEARS];  /* the deterministic run (no draw) */
    double p_peak_by_2030, p_neutral_by_2060;
    int peak_count[RUN_MAX_YEARS]; /* draws peaking in first_year + i */
    int no_peak_count;             /* draws still rising in the end year */
    /* what drives the spread: SRC of cumulative CO2 and of the peak year (no peak: end year + 1)
     * on each key's offset, and the fits' R^2; has_drivers 0 with too few draws */
    int has_drivers;
    double src_cum[MC_MAX_KEYS], src_peak[MC_MAX_KEYS], r2_cum, r2_peak;
} mc_result;

/* Offset at u01 of a uniform range [lo, hi]. Exposed for the tests. */
double mc_draw_offset(double u01, double lo, double hi);

/* Runs the draws of opt's shard (all opt->draws without sharding) of s. Every draw's offsets come
 * from one gsl_rng_mt19937 stream seeded with opt->seed, drawn in draw order (a shard consumes and
 * drops the draws before its own), so the result is identical for any opt->jobs. Each uncertain
 * key moves by its offset: a lever through scn_lever_set (value in its lever year + offset,
 * clamped to the key's range); another path has the offset added to every point after the last
 * historical year; a scalar has it added to its value (which touches history, so every draw is
 * then calibrated anew; otherwise the base calibration is reused). Returns PP_ERR_USAGE when the
 * scenario has no range or draws/shard are out of bounds, PP_ERR_INPUT for correlations that
 * cannot hold together or when no draw ran, PP_ERR_SOLVER when the base calibration fails,
 * PP_ERR_NOMEM. */
pp_status mc_run(const scn_scenario *s, const mc_options *opt, mc_result *out, pp_error *err);

/* mc_run that also hands back the raw draws in *draws (free with mc_draws_free; zeroed on
 * failure), for a shard's output. */
pp_status mc_run_keep(const scn_scenario *s, const mc_options *opt, mc_result *out, mc_draws *draws,
                      pp_error *err);

/* Allocates d for count draws (first_draw, n_keys, n_years set; arrays zeroed). PP_ERR_NOMEM. */
pp_status mc_draws_alloc(mc_draws *d, int first_draw, int count, int n_keys, int n_years, pp_error *err);
void mc_draws_free(mc_draws *d);

/* Fills the statistics of out (draws, ok_draws, first_draw, bands, probabilities, histogram,
 * drivers) from the raw draws d; out's header (seed, years, det_mt, keys, ...) is the caller's.
 * The same draws give the same result bit for bit, however they were split. PP_ERR_INPUT when no
 * draw ran, PP_ERR_NOMEM. */
pp_status mc_summarise(const mc_draws *d, mc_result *out, pp_error *err);

#endif
