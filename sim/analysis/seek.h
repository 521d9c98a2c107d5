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

typedef struct {
    int lever;             /* parameter id */
    double start_value;    /* the lever's value in the scenario as loaded */
    double value;          /* the answer: the smallest move meeting the target, or (met = 0) the best
                            * value reachable inside the lever's range */
    double lo, hi;         /* the lever's allowed range (the parameter's min and max) */
    double tolerance;      /* how close `value` is to the exact crossing, in the lever's unit */
    int met;               /* 1 when `value` meets the target */
    int runs;              /* engine runs used (run_scenario calls) */
    double metric_start;   /* the metric in the loaded scenario and at `value` */
    double metric_value;
    double reach_lo, reach_hi; /* lowest and highest values tried that the scenario accepted */
    char refusal[PP_ERR_MSG_MAX]; /* why the scenario refused a value beyond them ("" if none did) */
    run_summary summary;   /* the summary of the run at `value` */
} seek_result;

/* Finds the lever value closest to the current one that meets t. Calibrates s once and runs a
 * copy per trial. Search: steps outward in both directions from the current value (the lever's
 * step, doubling) until the target is met, then refines inside the bracket - GSL's Brent solver
 * on the continuous metrics, bisection on met/not met for the step metrics - to within
 * `tolerance` (the lever's step / 100 for step metrics, / 10000 for continuous ones).
 * A target already met gives the current value with met = 1. No value in range meeting it is not
 * an error: met = 0 and value = the best value tried. Returns PP_ERR_USAGE when `lever` is not a
 * lever, PP_ERR_SOLVER when calibration or a GSL solver fails, PP_ERR_NOMEM. */
pp_status seek_lever(const scn_scenario *s, int lever, const seek_target *t, seek_result *out,
                     pp_error *err);

#endif
