/* sim/analysis/mc.h - Monte Carlo uncertainty: draws every key that has an uncertainty range
 * (`key.range = lo, hi` in the scenario), runs each draw, and summarises the runs as yearly CO2
 * bands and peak/neutrality probabilities. Reproducible for a seed, whatever the thread count.
 * A caller of cal_ and run_, never inside them. Never prints. */
#ifndef PEAKPATH_SIM_MC_H
#define PEAKPATH_SIM_MC_H

#include "../pp_error.h"
#include "../model/run.h"
#include "../scenario/scenario.h"

#define MC_MAX_DRAWS 1000000

/* Called from the calling thread about ten times a second while draws run (and once at the
 * end), with the number of draws finished. Optional. */
typedef void (*mc_progress_fn)(void *ctx, int done, int total);

typedef struct {
    int draws;             /* 1..MC_MAX_DRAWS */
    unsigned long seed;
    int jobs;              /* worker threads; <= 0: one per online core */
    mc_progress_fn progress;
    void *progress_ctx;
} mc_options;

typedef struct {
    int draws, ok_draws;   /* asked for; that ran (a draw the scenario refuses is not counted) */
    unsigned long seed;
    int jobs;              /* threads used */
    int n_uncertain;       /* keys with a range */
    int recalibrated;      /* 1 when a range touches history, so every draw was calibrated anew */
    int first_year, end_year, n_years;
    double p5_mt[RUN_MAX_YEARS], p50_mt[RUN_MAX_YEARS], p95_mt[RUN_MAX_YEARS]; /* gross CO2 bands */
    double det_mt[RUN_MAX_YEARS];  /* the deterministic run (no draw) */
    double p_peak_by_2030, p_neutral_by_2060;
    int peak_count[RUN_MAX_YEARS]; /* draws peaking in first_year + i */
    int no_peak_count;             /* draws still rising in the end year */
} mc_result;

/* Offset of the uncertain key `id` in one draw: uniform on the key's range [lo, hi]. Exposed for
 * the tests. */
double mc_draw_offset(double u01, double lo, double hi);

/* Runs opt->draws draws of s. Every draw's offsets come from one gsl_rng_mt19937 stream seeded
 * with opt->seed, drawn up front in draw order, so the result is identical for any opt->jobs.
 * Each uncertain key moves by its offset: a lever through scn_lever_set (value in its lever year
 * + offset, clamped to the key's range); another path has the offset added to every point after
 * the last historical year; a scalar has it added to its value (which touches history, so every
 * draw is then calibrated anew). Returns PP_ERR_USAGE when the scenario has no range or draws is
 * out of bounds, PP_ERR_SOLVER when the base calibration fails, PP_ERR_INPUT when no draw ran
 * (every draw refused by the scenario), PP_ERR_NOMEM. */
pp_status mc_run(const scn_scenario *s, const mc_options *opt, mc_result *out, pp_error *err);

#endif
