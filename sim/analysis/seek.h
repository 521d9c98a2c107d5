/* sim/analysis/seek.h - goal seeking: the smallest move of one lever that makes a run meet a target
 * (peak year, neutrality year, coal or non-fossil share in a year, CO2 in a year, cumulative CO2).
 * A caller of cal_ and run_, never inside them. Never prints. */
#ifndef PEAKPATH_SIM_SEEK_H
#define PEAKPATH_SIM_SEEK_H

#include "../pp_error.h"
#include "../model/run.h"
#include "../scenario/scenario.h"
#include "../scenario/target.h" /* seek_target and its grammar */

/* The metric's value in a run: INFINITY for a peak or neutrality never reached, NAN for a year
 * outside the run. */
double seek_metric_value(const run_result *r, const seek_target *t);

/* True when the run meets the target. */
int seek_target_met(const run_result *r, const seek_target *t);

/* How far the search may go. By default only the lever's plausible range (levers_list.h) in its
 * greener direction from the scenario's own value; full_range lets it go on to the hard range
 * (the schema's min/max), still only greener. */
typedef struct {
    int full_range;
} seek_opts;

typedef struct {
    int lever;             /* parameter id */
    double start_value;    /* the lever's value in the scenario as loaded */
    double value;          /* the answer: the smallest greener move meeting the target inside the
                            * searched range, or (met = 0) the best value reachable inside it; never
                            * on the browner side of start_value */
    double lo, hi;         /* the lever's hard range (the parameter's min and max) */
    double plaus_lo, plaus_hi; /* its plausible range at the lever year (pp_lever_range_get) */
    int greener;           /* +1: higher is greener, -1: lower is */
    int full_range;        /* 1 when the search was allowed the hard range */
    double search_from, search_to; /* the values searched: start_value to the plausible (or hard)
                            * end on the greener side; equal when there was no room */
    double tolerance;      /* how close `value` is to the exact crossing, in the lever's unit */
    int met;               /* 1 when `value` meets the target */
    double outside_value;  /* met = 0 by default: the value beyond the plausible range (inside the
                            * hard range) that meets the target, NAN when none does */
    int runs;              /* engine runs used (run_scenario calls) */
    double metric_start;   /* the metric in the loaded scenario and at `value` */
    double metric_value;
    double reach_lo, reach_hi; /* lowest and highest values tried that the scenario accepted */
    pp_error refusal; /* why the scenario refused a value beyond them (pp_error_is_set: 0 if none did) */
    run_summary summary;   /* the summary of the run at `value` */
    int end_year;          /* the run's last year (the summary's cumulative CO2 ends there) */
} seek_result;

/* Finds the greener lever value closest to the scenario's own that meets t, searching from the
 * current value towards the greener end of the plausible range (of the hard range with
 * o->full_range; o may be NULL for the defaults). Calibrates s once and runs a copy per trial.
 * Search: steps outward (the lever's step, doubling) until the target is met, then refines inside
 * the bracket - GSL's Brent solver on the continuous metrics, bisection on met/not met for the
 * step metrics - to within `tolerance` (the lever's step / 100 for step metrics, / 10000 for
 * continuous ones). A target already met gives the current value with met = 1. No value in the
 * searched range meeting it is not an error: met = 0, value = the best value tried there, and (by
 * default) outside_value says which value beyond the plausible range would meet it, if any inside
 * the hard range does. Returns PP_ERR_USAGE when `lever` is not a lever or has no plausible range,
 * PP_ERR_SOLVER when calibration or a GSL solver fails, PP_ERR_NOMEM. */
pp_status seek_lever_opts(const scn_scenario *s, int lever, const seek_target *t, const seek_opts *o,
                          seek_result *out, pp_error *err);

/* seek_lever_opts with the defaults (plausible range, greener direction only). */
pp_status seek_lever(const scn_scenario *s, int lever, const seek_target *t, seek_result *out,
                     pp_error *err);

#endif
