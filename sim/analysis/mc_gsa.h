/* sim/analysis/mc_gsa.h - global sensitivity from Monte Carlo draws: standardized regression
 * coefficients (SRC) of an output on the drawn inputs, by least squares (GSL's multifit). For a
 * model linear in independent inputs SRC_k^2 is input k's first-order Sobol index (its share of
 * the output's variance) and the R^2 of the fit is 1; R^2 well below 1 says the output is not
 * linear in the inputs and the SRCs tell only the linear part. Never prints. */
#ifndef PEAKPATH_SIM_MC_GSA_H
#define PEAKPATH_SIM_MC_GSA_H

#include "../pp_error.h"

/* Regresses y (n values) on the k columns of x (n rows of k, row-major, row stride `stride`
 * doubles) with an intercept, and sets src[j] = b_j sd(x_j) / sd(y) and *r2. A column that does
 * not vary, or a y that does not vary, gives src 0 (and r2 0 when y is constant). PP_ERR_USAGE
 * when n <= k + 1 (too few draws to fit), PP_ERR_NOMEM, PP_ERR_SOLVER when GSL fails. */
pp_status mc_src(const double *x, int n, int k, int stride, const double *y, double *src, double *r2,
                 pp_error *err);

#endif
