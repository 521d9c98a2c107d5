/* sim/analysis/mc_dist.h - drawing the offsets of one Monte Carlo draw: each uncertain key's
 * distribution (uniform, triangular, normal truncated to its range; scn_dist) and correlated keys
 * through a Gaussian copula (the Cholesky factor of the requested correlations, GSL). Pure
 * functions of the random stream; never prints. */
#ifndef PEAKPATH_SIM_MC_DIST_H
#define PEAKPATH_SIM_MC_DIST_H

#include <gsl/gsl_rng.h>

#include "../pp_error.h"
#include "../scenario/scenario.h"

#define MC_MAX_KEYS 64 /* uncertain keys in one scenario */

typedef struct {
    int n_keys;
    scn_dist dist[MC_MAX_KEYS];
    int any_corr;                             /* some pair correlated */
    unsigned char in_corr[MC_MAX_KEYS];       /* key k is in a correlated pair */
    double chol[MC_MAX_KEYS][MC_MAX_KEYS];    /* lower Cholesky factor L of the correlation matrix */
} mc_sampler;

/* The offset at probability u in [0, 1] of distribution d (its inverse CDF): uniform
 * lo + (hi - lo) u; triangular on [lo, hi] with mode a; normal (mean a, sd b) truncated to
 * [lo, hi]. Always inside [lo, hi]. */
double mc_dist_quantile(const scn_dist *d, double u);

/* Sets up the sampler of n_keys keys with distributions d and correlation matrix corr
 * (n_keys x n_keys row-major, ones on the diagonal, symmetric; NULL: independent). PP_ERR_INPUT
 * when the matrix is not positive definite (correlations that cannot hold together), PP_ERR_USAGE
 * when n_keys is outside 1..MC_MAX_KEYS. */
pp_status mc_sampler_init(mc_sampler *sm, int n_keys, const scn_dist *d, const double *corr, pp_error *err);

/* One draw: exactly n_keys uniforms from rng, u_k; keys in a correlated pair get
 * u' = Phi(L Phi^-1(u)) (the Gaussian copula: their normal scores have correlation corr), the
 * others keep u; then offsets[k] = mc_dist_quantile(dist k, u'_k). Consuming exactly n_keys
 * numbers per draw is what lets a shard skip the draws before its own. */
void mc_sampler_draw(const mc_sampler *sm, gsl_rng *rng, double *offsets);

#endif
