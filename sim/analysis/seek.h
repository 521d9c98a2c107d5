/* sim/analysis/seek.h - goal seeking: the smallest move of one lever that makes a run meet a target
 * (peak year, neutrality year, coal or non-fossil share in a year, CO2 in a year, cumulative CO2).
 * A caller of cal_ and run_, never inside them. Never prints. */
#ifndef PEAKPATH_SIM_SEEK_H
#define PEAKPATH_SIM_SEEK_H

#include "../pp_error.h"
#include "../model/run.h"
#include "../scenario/scenario.h"

typedef enum {
    SEEK_PEAK_YEAR,       /* peak_year: year of the highest gross CO2; "never" when still rising */
    SEEK_NEUTRAL_YEAR,    /* neutral_year: first year net CO2 <= 0 for good; "never" when not reached */
    SEEK_COAL_SHARE,      /* coal_share_YYYY: coal share of energy use in YYYY, % */
    SEEK_NONFOSSIL_SHARE, /* nonfossil_share_YYYY: non-fossil share in YYYY, % */
    SEEK_CO2,             /* co2_YYYY: gross CO2 in YYYY, Mt */
    SEEK_CUM_CO2,         /* cum_co2: gross CO2 summed over 2021..end year, Mt */
    SEEK_NET_CO2,         /* net_co2_YYYY: net CO2 (after CCUS and sinks) in YYYY, Mt */
    SEEK_CUM_NET,         /* cum_net_co2: net CO2 summed over 2021..end year, Mt */
    SEEK_METRIC_COUNT
} seek_metric;

typedef enum { SEEK_LE, SEEK_LT, SEEK_GE, SEEK_GT } seek_op;

typedef struct {
    seek_metric metric;
    int year;     /* for the _YYYY metrics, else 0 */
    seek_op op;
    double value; /* the bound, in the metric's unit */
} seek_target;

/* Parses "peak_year<=2028", "neutral_year<=2055", "coal_share_2030<=35", "nonfossil_share_2030>=25",
 * "co2_2030<=150", "cum_co2<=4000", "net_co2_2060<=0", "cum_net_co2<=3000" (also
 * "coal_share@2030", spaces allowed, operators <= < >= >).
 * Returns PP_ERR_PARSE with a message naming the bad part and the accepted forms. */
pp_status seek_parse_target(const char *text, seek_target *t, pp_error *err);

/* Writes the target back as text ("coal_share_2030<=35") into buf. Returns buf. */
const char *seek_target_format(const seek_target *t, char *buf, size_t size);

/* True for the integer-valued (step) metrics: peak and neutrality years. */
int seek_metric_is_step(seek_metric m);

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
    char refusal[PP_ERR_MSG_MAX]; /* why the scenario refused a value beyond them ("" if none did) */
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
