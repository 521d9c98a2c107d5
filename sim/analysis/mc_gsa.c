/* sim/analysis/mc_gsa.c - standardized regression coefficients of a Monte Carlo output on its
 * drawn inputs (mc_gsa.h): the inputs and the output are standardized, then fitted by least
 * squares with gsl_multifit_linear, so the coefficients are the SRCs themselves. Never prints. */
#include "mc_gsa.h"

#include "../pp_gsl.h"

#include <math.h>
#include <stdlib.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_multifit.h>
#include <gsl/gsl_statistics_double.h>

/* Mean and standard deviation of column j. */
static void column_stats(const double *x, int n, int stride, int j, double *mean, double *sd)
{
    *mean = gsl_stats_mean(x + j, (size_t)stride, (size_t)n);
    *sd = gsl_stats_sd_m(x + j, (size_t)stride, (size_t)n, *mean);
}

/* Fits the standardized design: columns of x that vary (used[j]) and y. */
static pp_status fit(const double *x, int n, int k, int stride, const double *y, const int *used, int n_used,
                     double *coef, double *r2, pp_error *err)
{
    gsl_matrix *X = gsl_matrix_alloc((size_t)n, (size_t)n_used + 1);
    gsl_vector *Y = gsl_vector_alloc((size_t)n), *c = gsl_vector_alloc((size_t)n_used + 1);
    gsl_matrix *cov = gsl_matrix_alloc((size_t)n_used + 1, (size_t)n_used + 1);
    gsl_multifit_linear_workspace *w = gsl_multifit_linear_alloc((size_t)n, (size_t)n_used + 1);
    double ym, ysd, chisq, mean[64], sd[64];
    int status = GSL_ENOMEM;
    if (X && Y && c && cov && w) {
        ym = gsl_stats_mean(y, 1, (size_t)n);
        ysd = gsl_stats_sd_m(y, 1, (size_t)n, ym);
        for (int j = 0, u = 0; j < k; j++)
            if (used[j]) column_stats(x, n, stride, j, &mean[u], &sd[u]), u++;
        for (int i = 0; i < n; i++) {
            gsl_matrix_set(X, (size_t)i, 0, 1.0);
            for (int j = 0, u = 0; j < k; j++) {
                if (!used[j]) continue;
                gsl_matrix_set(X, (size_t)i, (size_t)u + 1, (x[(size_t)i * stride + j] - mean[u]) / sd[u]);
                u++;
            }
            gsl_vector_set(Y, (size_t)i, (y[i] - ym) / ysd);
        }
        status = gsl_multifit_linear(X, Y, c, cov, &chisq, w);
        if (status == GSL_SUCCESS) {
            for (int u = 0; u < n_used; u++) coef[u] = gsl_vector_get(c, (size_t)u + 1);
            *r2 = 1.0 - chisq / (double)(n - 1); /* total sum of squares of a standardized y: n - 1 */
        }
    }
    gsl_multifit_linear_free(w);
    gsl_matrix_free(cov);
    gsl_vector_free(c);
    gsl_vector_free(Y);
    gsl_matrix_free(X);
    if (status == GSL_ENOMEM) return pp_error_set(err, PP_ERR_NOMEM, NOMEM_DRAWS, PP_I(n));
    if (status != GSL_SUCCESS) return pp_error_set(err, PP_ERR_SOLVER, REGRESSION_FAILED, PP_S(gsl_strerror(status)));
    return PP_OK;
}

pp_status mc_src(const double *x, int n, int k, int stride, const double *y, double *src, double *r2,
                 pp_error *err)
{
    int used[64], n_used = 0;
    double coef[64], m, sd;
    pp_status st;
    pp_gsl_init(); /* a GSL failure comes back as a status, never an abort */
    if (k < 1 || k > 64 || n <= k + 1)
        return pp_error_set(err, PP_ERR_USAGE, TOO_FEW_DRAWS, PP_I(n), PP_I(k));

    *r2 = 0;
    for (int j = 0; j < k; j++) {
        src[j] = 0;
        column_stats(x, n, stride, j, &m, &sd);
        used[j] = sd > 0;
        n_used += used[j];
    }
    m = gsl_stats_mean(y, 1, (size_t)n);
    if (n_used == 0 || !(gsl_stats_sd_m(y, 1, (size_t)n, m) > 0)) return PP_OK;
    st = fit(x, n, k, stride, y, used, n_used, coef, r2, err);
    for (int j = 0, u = 0; st == PP_OK && j < k; j++)
        if (used[j]) src[j] = coef[u++];
    return st;
}
