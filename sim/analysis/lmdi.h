/* sim/analysis/lmdi.h - additive LMDI-I decomposition (log-mean Divisia index, Ang 2005): a pure function
 * over factor arrays, and the CO2 decomposition of two run results built on it. Never prints. */
#ifndef PEAKPATH_SIM_LMDI_H
#define PEAKPATH_SIM_LMDI_H

#include "../pp_error.h"
#include "../model/run.h"

#define LMDI_MAX_FACTORS 8

/* Logarithmic mean L(a,b) = (a - b) / (ln a - ln b), L(a,a) = a, for a, b > 0; 0 when either is
 * 0 (the limit). Accurate for a close to b (no cancellation). Cannot fail. */
double lmdi_logmean(double a, double b);

/* Additive LMDI-I. The aggregate is V = sum_i prod_k x[i][k] over n_items sub-categories and
 * n_factors factors (1..LMDI_MAX_FACTORS); x0 and xT hold the factors of period 0 and T row by
 * row (x[i * n_factors + k]). Fills effect[k] = sum_i L(V_i^T, V_i^0) ln(x_ik^T / x_ik^0), so that
 * sum_k effect[k] = V^T - V^0 exactly (to rounding).
 * Zero values: a sub-category whose value is 0 in one period is handled by the analytical limit
 * of Ang & Liu (2007)'s small-value replacement (delta -> 0): its whole change V_i^T - V_i^0 goes
 * to the factor(s) that are zero (shared equally when several are); 0 in both periods adds
 * nothing. Returns PP_ERR_INPUT for a negative or non-finite factor, PP_ERR_USAGE for bad sizes. */
pp_status lmdi_additive(int n_items, int n_factors, const double *x0, const double *xT,
                        double *effect, pp_error *err);

/* ---- CO2 decomposition of engine results ---- */

/* Effects of the CO2 identity documented in docs/analysis.md:
 *   CO2 = sum_i sum_j G * s_i * I_i * R * m_j * f_j  + process CO2 + other
 * i over final-demand sectors, j over coal, oil, gas. */
typedef enum {
    LMDI_ACTIVITY,        /* G: GDP at constant prices */
    LMDI_STRUCTURE,       /* s_i: sector value-added share of GDP */
    LMDI_INTENSITY,       /* I_i: sector final energy per unit of its activity */
    LMDI_CONVERSION,      /* R: primary energy per unit of final energy (power & heat supply, imports) */
    LMDI_FUEL_MIX,        /* m_j: share of fuel j in primary energy (non-fossil takes the rest) */
    LMDI_EMISSION_FACTOR, /* f_j: CO2 per tce of fuel j */
    LMDI_PROCESS,         /* change of process CO2 (cement), outside the energy identity */
    LMDI_OTHER,           /* any gross CO2 not in the fuels or process lines (0 for the current engine) */
    LMDI_EFFECT_COUNT
} lmdi_effect;

/* Short name ("activity", "fuel_mix") used in CSV and JSON, or NULL for an unknown id. */
const char *lmdi_effect_name(int e);

typedef struct {
    int year_from, year_to;
    double co2_from_mt, co2_to_mt; /* gross CO2 (co2_mt) in the two states */
    double total_mt;               /* co2_to_mt - co2_from_mt */
    double effect_mt[LMDI_EFFECT_COUNT];
    double residual_mt;            /* total - sum of effects: zero to rounding */
} lmdi_co2;

/* Decomposes the change of gross CO2 from (a, year_a) to (b, year_b): two years of one run
 * (a == b) or two scenarios in one year. Returns PP_ERR_USAGE when a year is outside its run,
 * PP_ERR_INPUT when a result is inconsistent (negative values, sector energy without activity). */
pp_status lmdi_co2_decompose(const run_result *a, int year_a, const run_result *b, int year_b,
                             lmdi_co2 *out, pp_error *err);

#endif
