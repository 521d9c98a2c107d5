/* sim/analysis/mc_dist.c - the offsets of one Monte Carlo draw: inverse CDFs of the uniform,
 * triangular and truncated normal distributions, and the Gaussian copula for correlated keys
 * (mc_dist.h). Never prints. */
#include "mc_dist.h"

#include "../pp_gsl.h"

#include <math.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_matrix.h>

#define U_EDGE 1e-12 /* probabilities kept off 0 and 1 before a normal quantile (no infinities) */

static double clamp(double v, double lo, double hi) { return v < lo ? lo : v > hi ? hi : v; }

static double triangular(double lo, double mode, double hi, double u)
{
    double w = hi - lo, fc = w > 0 ? (mode - lo) / w : 0;
    if (w <= 0) return lo;
    return u < fc ? lo + sqrt(u * w * (mode - lo)) : hi - sqrt((1 - u) * w * (hi - mode));
}

/* Normal(mean, sd) conditioned on [lo, hi]: x = mean + sd Phi^-1(Pa + u (Pb - Pa)). */
static double truncated_normal(double lo, double hi, double mean, double sd, double u)
{
    double pa = gsl_cdf_ugaussian_P((lo - mean) / sd), pb = gsl_cdf_ugaussian_P((hi - mean) / sd);
    double p = clamp(pa + u * (pb - pa), U_EDGE, 1 - U_EDGE);
    return mean + sd * gsl_cdf_ugaussian_Pinv(p);
}

double mc_dist_quantile(const scn_dist *d, double u)
{
    double x;
    u = clamp(u, 0, 1);
    if (d->kind == SCN_DIST_TRIANGULAR) x = triangular(d->lo, d->a, d->hi, u);
    else if (d->kind == SCN_DIST_NORMAL && d->b > 0) x = truncated_normal(d->lo, d->hi, d->a, d->b, u);
    else x = d->lo + (d->hi - d->lo) * u;
    return clamp(x, d->lo, d->hi);
}

static pp_status cholesky(mc_sampler *sm, const double *corr, pp_error *err)
{
    int n = sm->n_keys, status;
    gsl_matrix *m = gsl_matrix_alloc((size_t)n, (size_t)n);
    if (!m) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) gsl_matrix_set(m, (size_t)i, (size_t)j, corr[i * n + j]);
    status = gsl_linalg_cholesky_decomp1(m);
    if (status == GSL_SUCCESS)
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++) sm->chol[i][j] = gsl_matrix_get(m, (size_t)i, (size_t)j);
    gsl_matrix_free(m);
    if (status != GSL_SUCCESS)
        return pp_error_set(err, PP_ERR_INPUT, MC_CORR_NOT_POSITIVE, PP_S(gsl_strerror(status)));
    return PP_OK;
}

pp_status mc_sampler_init(mc_sampler *sm, int n_keys, const scn_dist *d, const double *corr, pp_error *err)
{
    pp_gsl_init(); /* a GSL failure comes back as a status, never an abort */
    memset(sm, 0, sizeof *sm);
    if (n_keys < 1 || n_keys > MC_MAX_KEYS)
        return pp_error_set(err, PP_ERR_USAGE, MC_KEYS_COUNT, PP_I(MC_MAX_KEYS), PP_I(n_keys));

    sm->n_keys = n_keys;
    memcpy(sm->dist, d, sizeof *d * (size_t)n_keys);
    for (int i = 0; corr && i < n_keys; i++)
        for (int j = 0; j < n_keys; j++)
            if (i != j && corr[i * n_keys + j] != 0) sm->in_corr[i] = 1, sm->any_corr = 1;
    for (int i = 0; i < n_keys; i++) sm->chol[i][i] = 1;
    return sm->any_corr ? cholesky(sm, corr, err) : PP_OK;
}

void mc_sampler_draw(const mc_sampler *sm, gsl_rng *rng, double *offsets)
{
    double u[MC_MAX_KEYS], z[MC_MAX_KEYS];
    int n = sm->n_keys;
    for (int k = 0; k < n; k++) u[k] = gsl_rng_uniform(rng);
    if (sm->any_corr) {
        for (int k = 0; k < n; k++) z[k] = sm->in_corr[k] ? gsl_cdf_ugaussian_Pinv(clamp(u[k], U_EDGE, 1 - U_EDGE)) : 0;
        for (int i = 0; i < n; i++) {
            double zi = 0;
            if (!sm->in_corr[i]) continue;
            for (int j = 0; j <= i; j++) zi += sm->chol[i][j] * z[j];
            u[i] = gsl_cdf_ugaussian_P(zi);
        }
    }
    for (int k = 0; k < n; k++) offsets[k] = mc_dist_quantile(&sm->dist[k], u[k]);
}
