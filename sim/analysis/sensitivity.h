/* sim/analysis/sensitivity.h - one-at-a-time sensitivity: every lever of a scenario moved to the low
 * and the high end of its plausible range (sim/scenario/levers_list.h), the others as given, with
 * the change of the headline indicators against the scenario as given. A caller of cal_ and run_,
 * never inside them. Pure: results are values; never prints. */
#ifndef PEAKPATH_SIM_SENSITIVITY_H
#define PEAKPATH_SIM_SENSITIVITY_H

#include "../pp_error.h"
#include "../model/run.h"
#include "../scenario/scenario.h"

/* The indicators compared, in the order every writer shows them. */
typedef enum {
    SENS_PEAK_YEAR,  /* headline peak year (the projected maximum; the end year when still rising) */
    SENS_PEAK_MT,    /* its gross CO2, Mt */
    SENS_CO2_2030,   /* gross CO2 in 2030, Mt */
    SENS_CUM_CO2,    /* gross CO2 summed 2021..end year, Mt */
    SENS_COAL_2030,  /* coal share of energy use in 2030, % */
    SENS_CUM_NET,    /* net CO2 (after CCUS and sinks) summed 2021..end year, Mt: what a sink moves */
    SENS_METRIC_COUNT
} sens_metric;

enum { SENS_LOW, SENS_HIGH, SENS_ENDS };

#define SENS_MAX_LEVERS 64

typedef struct {
    double v[SENS_METRIC_COUNT]; /* NAN where the year is outside the run */
    int peak_reached;            /* 0: still rising in the last year (v[SENS_PEAK_YEAR] = end year) */
    run_summary sum;             /* the run's whole summary, for callers that need more than the
                                    indicators (the abatement cost curve reads its system cost) */
} sens_point;

typedef struct {
    int lever;                      /* parameter id */
    int greener;                    /* +1: the high end is greener, -1: the low end */
    double value_given;             /* the lever's value in the scenario as given */
    double value[SENS_ENDS];        /* the plausible low and high */
    int ok[SENS_ENDS];              /* 1 when the scenario took the value and the run succeeded */
    pp_error refusal[SENS_ENDS];    /* why not, when ok is 0 (render with report/error_text.h) */
    sens_point at[SENS_ENDS];       /* the indicators at each end */
    double delta[SENS_ENDS][SENS_METRIC_COUNT]; /* at - given; NAN when not ok */
    /* change of the cumulative health damage of SO2, NOx and PM2.5 from 2021 (bn CNY; NAN when not
     * ok): what an air lever (pp_lever_range.co2_neutral) moves while CO2 stays as it is */
    double air_delta_bn[SENS_ENDS];
} sens_lever;

typedef struct {
    sens_point given;               /* the scenario as given */
    double given_health_bn;         /* its cumulative health damage from 2021, bn CNY */
    int end_year;
    int n;                          /* levers in lever[], in schema order */
    int runs;                       /* engine runs used */
    sens_lever lever[SENS_MAX_LEVERS];
} sens_result;

/* Name ("peak_year", "peak_mt", "co2_2030", "cum_co2_mt", "coal_share_2030", "cum_net_mt"), unit, English and
 * Chinese labels of a metric; NULL for an unknown one. */
const char *sens_metric_name(int m);
const char *sens_metric_unit(int m);
const char *sens_metric_label(int m, int chinese);

/* The indicators of one run. */
void sens_point_of(const run_result *r, sens_point *out);

/* Calibrates s once and runs it as given and with each lever (every key with a plausible range
 * that the scenario holds) at the low and at the high end of its plausible range, one at a time
 * (under a workshop challenge that limits the lever: of the part of it the limit allows).
 * A value the scenario refuses (e.g. solar above its potential) is not an error: ok = 0 with the
 * refusal. *out is caller-allocated (about 70 kB: allocate it). Returns PP_ERR_SOLVER when the
 * calibration fails or the scenario as given does not run, PP_ERR_NOMEM. */
pp_status sens_run(const scn_scenario *s, sens_result *out, pp_error *err);

/* Index (SENS_LOW or SENS_HIGH) of a lever's greener end. */
int sens_greener_end(const sens_lever *l);

#endif
