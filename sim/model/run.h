/* sim/model/run.h - the engine's front door: calibrate a loaded scenario once, then run it year by year
 * from its first year to its end year into a caller-owned run_result. The TUI, the CLI, the
 * analysis commands and the tests all go through these calls. Never prints. */
#ifndef PEAKPATH_SIM_RUN_H
#define PEAKPATH_SIM_RUN_H

#include "../pp_error.h"
#include "../scenario/scenario.h"

#define RUN_MAX_YEARS SCN_MAX_YEARS /* 2000..2060: the span the scenario checker allows */

typedef enum {
#define RUN_VAR(id, name, unit, en, zh) id,
#include "outputs_list.h"
#undef RUN_VAR
    RV_COUNT
} run_var;

typedef struct {
    const char *name; /* CSV/JSON column */
    const char *unit;
    const char *label_en;
    const char *label_zh;
} run_var_info;

/* Metadata of a result variable, or NULL for an out-of-range id. */
const run_var_info *run_var_get(int id);

/* Id of a column name ("co2_mt"), or -1. */
int run_var_find(const char *name);

/* ---- calibration ---- */

typedef enum {
    CAL_LEVEL,        /* common multiplier on all sectors' first-year intensities  <- energy_mtce_end   */
    CAL_TREND,        /* extra yearly intensity fall over history, %/yr            <- energy_intensity_index_end */
    CAL_COAL_FIRST,   /* coal/gas split shift in industry in the first year, points <- coal_share_first_pct */
    CAL_COAL_END,     /* the same shift in hist_end_year (held after it), points   <- coal_share_end_pct */
    CAL_IMPORT,       /* correction of net imports in hist_end_year (held after), TWh <- carbon_intensity_index_end */
    CAL_OIL,          /* multiplier on transport's first-year intensity (held after)  <- oil_share_end_pct */
    CAL_STEP0,        /* extra intensity fall in the year of energy_intensity_change_pct's 1st point, % */
    CAL_STEP1,        /* ... its 2nd point */
    CAL_STEP2,        /* ... its 3rd point */
    CAL_COUNT
} cal_unknown;
#define CAL_STEPS 3   /* yearly intensity targets a scenario may give (CAL_STEP0 ..) */

#define CAL_MAX_WARNINGS 8

typedef struct {
    int active[CAL_COUNT];     /* 1 when the scenario gives the observed figure for this unknown */
    double value[CAL_COUNT];   /* solved unknowns (neutral value where inactive: 1 for LEVEL, 0 else) */
    int target_param[CAL_COUNT];/* schema id of the observed figure each unknown is solved from */
    double target[CAL_COUNT];  /* the observed figures */
    double achieved[CAL_COUNT];/* what the calibrated run gives for them */
    double residual[CAL_COUNT];/* achieved - target, in the target's unit */
    int iterations;
    int n_active;
    /* Warnings about a calibration that converged but should not be trusted blindly: a solved
     * unknown at a bound the model imposes (the coal/gas shift using up all the gas) or outside its
     * plausible range, or historical net imports that come out negative (the province exporting).
     * Messages (ids and arguments, sim/pp_msg_list.h) the front ends render in the reader's language
     * (report/error_text.h: error_message_text); n_warnings of them (at most CAL_MAX_WARNINGS). */
    int n_warnings;
    pp_message warning[CAL_MAX_WARNINGS];
} cal_result;

/* The name of unknown u as a message id without arguments (PPM_NONE when u is out of range: front
 * ends show it in the reader's language, report/error_text.h: error_template(id, lang)), and the
 * calibration key it is usually solved from (cal_result.target_param says which one a given
 * calibration used). */
pp_msg_id cal_unknown_msg(int u);
const char *cal_target_key(int u);

/* Year of the yearly intensity target that unknown CAL_STEP0 + k is solved for, 0 when the
 * scenario gives fewer than k + 1 (calibration.energy_intensity_change_pct). */
int cal_step_year(const scn_scenario *s, int k);

/* Solves the active unknowns with GSL's hybrid multiroot solver so that a run reproduces the
 * observed figures within 1e-6 of their unit, and fills the warnings (see cal_result). On non-convergence returns PP_ERR_SOLVER with a
 * message naming the figures missed and by how much; *out still holds the last iterate. */
pp_status cal_calibrate(const scn_scenario *s, cal_result *out, pp_error *err);

/* ---- running ---- */

/* The summary of a run (sim/model/summary.c; the list of its items with names, units and labels
 * is sim/model/summary.h). The headline peak is the highest year of the projection (the years after
 * hist_end_year): history is calibrated to observed figures that no lever moves, so a higher
 * historical year is reported beside the peak (hist_peak_*), never as the scenario's peak. */
#define RUN_PLATEAU_PCT 1.0 /* the plateau: years within 1 % of the peak value */

typedef struct {
    int peak_year;        /* projected year of the highest gross CO2 (co2_mt) */
    double peak_mt;
    int peak_reached;     /* 0 when the projection still rises in the last year: no peak yet */
    int peak_by_2030;     /* peak_reached and peak_year <= 2030 */
    int plateau_first;    /* first and last year of the run of projected years around peak_year */
    int plateau_last;     /*   whose CO2 is within RUN_PLATEAU_PCT of peak_mt */
    int hist_peak_year;   /* highest historical year when it is above peak_mt, else 0 */
    double hist_peak_mt;  /* its CO2, NAN when hist_peak_year is 0 */
    int neutral_year;     /* first year with net CO2 <= 0 and staying so; 0 = not reached */
    double cum_co2_mt;    /* gross CO2 summed over 2021..end year */
    double cum_net_mt;    /* net CO2 summed over 2021..end year */
    double coal_share_2025, coal_share_2030, coal_share_2060;           /* %, NAN if out of range */
    double nonfossil_share_2025, nonfossil_share_2030, nonfossil_share_2060;
    /* costs and air (issue 12), bn CNY of price_base_year and kt, summed over 2021..end year */
    double cum_invest_bn, cum_system_cost_bn, npv_system_cost_bn, cum_fuel_bn, cum_carbon_revenue_bn;
    double stranded_gw, stranded_bn; /* end-year cumulative values of RV_STRANDED_* */
    double cum_so2_kt, cum_nox_kt, cum_pm25_kt, cum_health_bn;
} run_summary;

typedef struct {
    int first_year, hist_end_year, end_year;
    int n_years;                       /* end_year - first_year + 1 */
    double v[RV_COUNT][RUN_MAX_YEARS]; /* v[var][year - first_year] */
    run_summary summary;
    cal_result cal;                    /* the calibration the run used */
} run_result;

/* Runs s with the unknowns in cal (from cal_calibrate on s or on a scenario with the same
 * history) into *out. Fails only on values the loader would refuse (PP_ERR_INPUT), e.g. a
 * scenario edited into an impossible state; never aborts. Fast: no allocation, no solver. */
pp_status run_scenario(const scn_scenario *s, const cal_result *cal, run_result *out, pp_error *err);

/* Calibrate and run in one call. */
pp_status run_simulate(const scn_scenario *s, run_result *out, pp_error *err);

/* A value of var in year, or NAN when the year is outside the run. */
double run_at(const run_result *r, int var, int year);

/* The summary of the years in r (first_year, hist_end_year, end_year, n_years and v filled) into
 * *out (sim/model/summary.c). run_scenario calls it; tests call it on made-up paths. Cannot fail. */
void run_summary_compute(const run_result *r, run_summary *out);

/* ---- inside sim/ only (calibration and run_scenario) ---- */
/* Runs years first..last (last <= end year) with the calibration values given; used by calibration
 * on the historical years and by run_scenario on all of them. */
void run_years(const scn_scenario *s, const double cal_value[CAL_COUNT], int last_year, run_result *out);

#endif
