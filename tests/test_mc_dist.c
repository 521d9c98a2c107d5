/* tests/test_mc_dist.c - cmocka tests of the Monte Carlo inputs: the distributions' inverse CDFs
 * (worked by hand), correlated draws through the Gaussian copula against the correlation they
 * must reproduce (closed form), standardized regression coefficients of a linear test function
 * (analytical values), the `.dist` / `.corr` syntax of the scenario language (errors name the
 * key and line, the writer writes them back), and the baseline's documented correlation. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "../sim/analysis/mc.h"
#include "../report/error_text.h"
#include "../sim/analysis/mc_dist.h"
#include "../sim/analysis/mc_gsa.h"

#define N_DRAWS 20000
#define PI 3.14159265358979323846

static scn_scenario *load_text(const char *text)
{
    scn_scenario *s = NULL;
    pp_error err;
    if (scn_load_string(text, "dist-test.ini", "scenarios", &s, &err) != PP_OK)
        fail_msg("cannot load the test scenario: %s", ERROR_MSG_EN(&err));
    return s;
}

/* ---- inverse CDFs ---- */

/* Uniform on [-1, 3]: u = 0.25 -> 0. Triangular on [-1, 2] with mode 0: F(0) = 1/3; u = 1/6
 * -> -1 + sqrt(1/6 * 3 * 1) = -1 + sqrt(0.5) = -0.292893; u = 2/3 -> 2 - sqrt(1/3 * 3 * 2) =
 * 2 - sqrt 2 = 0.585786. */
static void test_quantiles_uniform_triangular(void **state)
{
    scn_dist u = {SCN_DIST_UNIFORM, -1, 3, 0, 0}, t = {SCN_DIST_TRIANGULAR, -1, 2, 0, 0};
    (void)state;
    assert_true(fabs(mc_dist_quantile(&u, 0.25) - 0.0) < 1e-15);
    assert_true(fabs(mc_dist_quantile(&t, 1.0 / 6) - (-0.2928932188)) < 1e-9);
    assert_true(fabs(mc_dist_quantile(&t, 2.0 / 3) - 0.5857864376) < 1e-9);
    assert_true(fabs(mc_dist_quantile(&t, 1.0 / 3) - 0.0) < 1e-12); /* the mode at F(mode) */
    assert_true(mc_dist_quantile(&t, 0.0) == -1.0 && mc_dist_quantile(&t, 1.0) == 2.0);
}

/* Normal(0, 1) on [-10, 10] is the normal itself: u = 0.975 -> 1.959964. Truncated to [0, 10]
 * (a half-normal): u = 0.5 -> Phi^-1(0.5 + 0.5 * 0.5) = Phi^-1(0.75) = 0.674490. Mean 1, sd 2
 * on [-1, 1] (both tails cut): never outside [-1, 1], u = 0 -> -1. */
static void test_quantiles_truncated_normal(void **state)
{
    scn_dist n = {SCN_DIST_NORMAL, -10, 10, 0, 1}, h = {SCN_DIST_NORMAL, 0, 10, 0, 1};
    scn_dist c = {SCN_DIST_NORMAL, -1, 1, 1, 2};
    (void)state;
    assert_true(fabs(mc_dist_quantile(&n, 0.975) - 1.959963985) < 1e-6);
    assert_true(fabs(mc_dist_quantile(&h, 0.5) - 0.6744897502) < 1e-6);
    for (double u = 0; u <= 1.0; u += 0.125) {
        double x = mc_dist_quantile(&c, u);
        assert_true(x >= -1 && x <= 1);
    }
    assert_true(fabs(mc_dist_quantile(&c, 0.0) + 1.0) < 1e-5);
}

/* ---- sampling ---- */

/* Draws N_DRAWS of the sampler into x (N_DRAWS x n, row-major). */
static double *draw_many(const mc_sampler *sm, unsigned long seed)
{
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    double *x = malloc(sizeof *x * N_DRAWS * (size_t)sm->n_keys);
    assert_non_null(rng);
    assert_non_null(x);
    gsl_rng_set(rng, seed);
    for (int d = 0; d < N_DRAWS; d++) mc_sampler_draw(sm, rng, x + (size_t)d * sm->n_keys);
    gsl_rng_free(rng);
    return x;
}

/* The triangular draws' mean is (lo + mode + hi) / 3 = (-1 + 0 + 2) / 3 = 1/3, sd
 * sqrt((1 + 0 + 4 - 0 - 0 + 2) / 18) = sqrt(7/18) = 0.6236; 20000 draws: standard error of the
 * mean 0.0044, so within 0.015. */
static void test_sampler_triangular_moments(void **state)
{
    scn_dist t = {SCN_DIST_TRIANGULAR, -1, 2, 0, 0};
    mc_sampler sm;
    pp_error err;
    double *x;
    (void)state;
    assert_int_equal(mc_sampler_init(&sm, 1, &t, NULL, &err), PP_OK);
    x = draw_many(&sm, 3);
    assert_true(fabs(gsl_stats_mean(x, 1, N_DRAWS) - 1.0 / 3) < 0.015);
    assert_true(fabs(gsl_stats_sd(x, 1, N_DRAWS) - sqrt(7.0 / 18)) < 0.015);
    free(x);
}

/* Two normals (wide bounds) with rho 0.6: their Pearson correlation is 0.6. Two uniforms with
 * the same copula: Pearson = Spearman = (6 / pi) asin(rho / 2) = 0.582720. The standard error
 * of a correlation near 0.6 with 20000 draws is (1 - rho^2) / sqrt(n) = 0.0045: within 0.015. */
static void test_sampler_reproduces_correlation(void **state)
{
    scn_dist d[4] = {{SCN_DIST_NORMAL, -50, 50, 0, 1}, {SCN_DIST_NORMAL, -50, 50, 0, 3},
                     {SCN_DIST_UNIFORM, 0, 1, 0, 0}, {SCN_DIST_UNIFORM, -5, 5, 0, 0}};
    double corr[16] = {1, 0.6, 0, 0, 0.6, 1, 0, 0, 0, 0, 1, 0.6, 0, 0, 0.6, 1};
    mc_sampler sm;
    pp_error err;
    double *x;
    (void)state;
    assert_int_equal(mc_sampler_init(&sm, 4, d, corr, &err), PP_OK);
    x = draw_many(&sm, 11);
    assert_true(fabs(gsl_stats_correlation(x, 4, x + 1, 4, N_DRAWS) - 0.6) < 0.015);
    assert_true(fabs(gsl_stats_correlation(x + 2, 4, x + 3, 4, N_DRAWS) - 6 / PI * asin(0.3)) < 0.015);
    assert_true(fabs(gsl_stats_correlation(x, 4, x + 2, 4, N_DRAWS)) < 0.03); /* independent pairs */
    free(x);
}

/* Three keys with pair correlations 0.9, 0.9 and -0.9 cannot hold together: the matrix's
 * determinant is 1 + 2 (0.9)(0.9)(-0.9) - 3 (0.81) = -2.888 < 0, so it is not positive definite. */
static void test_sampler_refuses_impossible_correlations(void **state)
{
    scn_dist d[3] = {{SCN_DIST_UNIFORM, 0, 1, 0, 0}, {SCN_DIST_UNIFORM, 0, 1, 0, 0}, {SCN_DIST_UNIFORM, 0, 1, 0, 0}};
    double corr[9] = {1, 0.9, 0.9, 0.9, 1, -0.9, 0.9, -0.9, 1};
    mc_sampler sm;
    pp_error err;
    (void)state;
    assert_int_equal(mc_sampler_init(&sm, 3, d, corr, &err), PP_ERR_INPUT);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "positive definite"));
}

/* ---- standardized regression coefficients ---- */

/* y = 3 x1 + x2 + 0 x3 with x iid uniform: var y = (9 + 1) / 12, so SRC1 = 3 / sqrt 10 = 0.948683,
 * SRC2 = 1 / sqrt 10 = 0.316228, SRC3 = 0, and the first-order Sobol indices SRC^2 = 0.9, 0.1, 0;
 * R^2 = 1 (exactly linear). Sampling error of the sd ratios with 20000 draws: about 0.005. */
static void test_src_of_linear_function(void **state)
{
    scn_dist u[3] = {{SCN_DIST_UNIFORM, 0, 1, 0, 0}, {SCN_DIST_UNIFORM, 0, 1, 0, 0}, {SCN_DIST_UNIFORM, 0, 1, 0, 0}};
    double *y = malloc(sizeof *y * N_DRAWS), src[3], r2;
    mc_sampler sm;
    pp_error err;
    double *x;
    (void)state;
    assert_int_equal(mc_sampler_init(&sm, 3, u, NULL, &err), PP_OK);
    x = draw_many(&sm, 5);
    for (int i = 0; i < N_DRAWS; i++) y[i] = 3 * x[3 * i] + x[3 * i + 1];
    assert_int_equal(mc_src(x, N_DRAWS, 3, 3, y, src, &r2, &err), PP_OK);
    assert_true(fabs(src[0] - 3 / sqrt(10)) < 0.01);
    assert_true(fabs(src[1] - 1 / sqrt(10)) < 0.01);
    assert_true(fabs(src[2]) < 1e-9);
    assert_true(fabs(src[0] * src[0] - 0.9) < 0.02 && fabs(src[1] * src[1] - 0.1) < 0.01);
    assert_true(fabs(r2 - 1) < 1e-9);
    /* half the variance as noise: y' = y + e, var e = var y: SRCs / sqrt 2, R^2 = 0.5 */
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    for (int i = 0; i < N_DRAWS; i++) y[i] += sqrt(10.0 / 12) * (gsl_rng_uniform(rng) - 0.5) * sqrt(12.0);
    assert_int_equal(mc_src(x, N_DRAWS, 3, 3, y, src, &r2, &err), PP_OK);
    assert_true(fabs(src[0] - 3 / sqrt(20)) < 0.015);
    assert_true(fabs(r2 - 0.5) < 0.015);
    assert_int_equal(mc_src(x, 3, 3, 3, y, src, &r2, &err), PP_ERR_USAGE); /* too few draws */
    gsl_rng_free(rng);
    free(x);
    free(y);
}

/* ---- the scenario language ---- */

#define HEAD "[scenario]\nname = dist\ninherit = chongqing-baseline.ini\n"

static void expect_error(const char *text, const char *key, int line, const char *words)
{
    scn_scenario *s = NULL;
    pp_error err;
    if (scn_load_string(text, "dist-test.ini", "scenarios", &s, &err) == PP_OK) fail_msg("loaded: %s", text);
    assert_null(s);
    assert_string_equal(err.key, key);
    assert_int_equal(err.line, line);
    assert_string_equal(err.file, "dist-test.ini");
    if (!strstr(ERROR_MSG_EN(&err), words)) fail_msg("\"%s\" not in: %s", words, ERROR_MSG_EN(&err));
}

static void test_dist_syntax_errors(void **state)
{
    (void)state;
    expect_error(HEAD "[economy]\ngdp_growth_pct.dist = lognormal, 1\n", "gdp_growth_pct.dist", 5, "triangular, MODE");
    expect_error(HEAD "[economy]\ngdp_growth_pct.dist = normal, 0\n", "gdp_growth_pct.dist", 5, "normal, MEAN, SD");
    expect_error(HEAD "[economy]\ngdp_growth_pct.dist = normal, 0, -1\n", "gdp_growth_pct.dist", 5, "above 0");
    expect_error(HEAD "[economy]\ngdp_growth_pct.dist = triangular, 5\n", "gdp_growth_pct.dist", 5, "outside its range");
    expect_error(HEAD "[economy]\npopulation_m.dist = triangular, 0\n", "population_m.dist", 5, "no range");
    expect_error(HEAD "[economy]\ngdp_growth_pct.corr = economy.gdp_growth_pct, 0.5\n", "gdp_growth_pct.corr", 5,
                 "itself");
    expect_error(HEAD "[economy]\ngdp_growth_pct.corr = power.solar_gw, 1.5\n", "gdp_growth_pct.corr", 5, "between -1");
    expect_error(HEAD "[economy]\ngdp_growth_pct.corr = power.nope, 0.5\n", "gdp_growth_pct.corr", 5, "not a numeric key");
    expect_error(HEAD "[economy]\ngdp_growth_pct.corr = economy.population_m, 0.5\n", "gdp_growth_pct.corr", 5,
                 "no range");
}

/* A child sets a normal and a correlation; written out (scn_to_ini against its parent) and read
 * back, it has the same distribution and correlation. */
static void test_dist_written_back(void **state)
{
    scn_scenario *s = load_text(HEAD "[power]\nsolar_gw.range = -1, 2\nsolar_gw.dist = normal, 0.5, 0.25\n"
                                     "solar_gw.corr = power.import_twh, -0.3\n"), *t;
    char *text = NULL;
    pp_error err;
    scn_dist d;
    int other;
    double rho;
    int id = pp_param_find("power", "solar_gw");
    (void)state;
    assert_int_equal(scn_to_ini(s, scn_parent(s), "chongqing-baseline.ini", &text, &err), PP_OK);
    assert_non_null(strstr(text, "solar_gw.dist = normal, 0.5, 0.25\n"));
    assert_non_null(strstr(text, "solar_gw.corr = power.import_twh, -0.3\n"));
    t = load_text(text);
    assert_int_equal(scn_dist_get(t, id, &d), 1);
    assert_int_equal(d.kind, SCN_DIST_NORMAL);
    assert_true(d.lo == -1 && d.hi == 2 && d.a == 0.5 && d.b == 0.25);
    assert_int_equal(scn_corr_get(t, id, &other, &rho), 1);
    assert_int_equal(other, pp_param_find("power", "import_twh"));
    assert_true(rho == -0.3);
    free(text);
    scn_free(t);
    scn_free(s);
}

/* The default scenario written as a root file (no parent) keeps its normal and its correlation:
 * written, read back, the same distribution and correlation (the values as in the file). */
static void test_baseline_dists_written_back(void **state)
{
    scn_scenario *s = NULL, *t;
    char *text = NULL;
    pp_error err;
    scn_dist d;
    int other, gdp = pp_param_find("economy", "gdp_growth_pct"), heavy = pp_param_find("industry", "heavy_share_pct");
    double rho;
    (void)state;
    assert_int_equal(scn_load("scenarios/chongqing-baseline.ini", &s, &err), PP_OK);
    assert_int_equal(scn_to_ini(s, NULL, NULL, &text, &err), PP_OK);
    assert_non_null(strstr(text, "gdp_growth_pct.range = -2, 1\ngdp_growth_pct.dist = normal, -0.5, 0.75\n"));
    assert_non_null(strstr(text, "heavy_share_pct.corr = economy.gdp_growth_pct, 0.5\n"));
    t = load_text(text);
    assert_int_equal(scn_dist_get(t, gdp, &d), 1);
    assert_true(d.kind == SCN_DIST_NORMAL && d.lo == -2 && d.hi == 1 && d.a == -0.5 && d.b == 0.75);
    assert_int_equal(scn_corr_get(t, heavy, &other, &rho), 1);
    assert_true(other == gdp && rho == 0.5);
    free(text);
    scn_free(t);
    scn_free(s);
}

/* ---- the default scenario ---- */

/* Spearman rank correlation of columns a and b of x (n rows of k). */
static double spearman(const double *x, int n, int k, int a, int b)
{
    double *ra = malloc(sizeof *ra * (size_t)n), *rb = malloc(sizeof *rb * (size_t)n), r;
    size_t *pa = malloc(sizeof *pa * (size_t)n), *pb = malloc(sizeof *pb * (size_t)n);
    double *ca = malloc(sizeof *ca * (size_t)n), *cb = malloc(sizeof *cb * (size_t)n);
    assert_true(ra && rb && pa && pb && ca && cb);
    for (int i = 0; i < n; i++) {
        ca[i] = x[(size_t)i * k + a];
        cb[i] = x[(size_t)i * k + b];
    }
    gsl_sort_index(pa, ca, 1, (size_t)n);
    gsl_sort_index(pb, cb, 1, (size_t)n);
    for (int i = 0; i < n; i++) {
        ra[pa[i]] = i;
        rb[pb[i]] = i;
    }
    r = gsl_stats_correlation(ra, 1, rb, 1, (size_t)n);
    free(ra);
    free(rb);
    free(pa);
    free(pb);
    free(ca);
    free(cb);
    return r;
}

static int key_at(const mc_draws *d, const char *section, const char *key)
{
    int id = pp_param_find(section, key);
    for (int k = 0; k < d->n_keys; k++)
        if (d->key_id[k] == id) return k;
    fail_msg("%s.%s is not uncertain", section, key);
    return -1;
}

/* The baseline correlates GDP growth and the heavy-industry share with rho 0.5 (normal scores);
 * the rank correlation of the drawn offsets is then (6 / pi) asin(0.25) = 0.482584 whatever
 * the marginals (a normal and a triangular here). 2000 draws: standard error about 0.017,
 * so within 0.06; GDP growth and solar are independent (within 0.06 of 0). Every draw runs. The
 * drivers' signs follow the levers' greener directions. */
static void test_baseline_draws_correlated(void **state)
{
    scn_scenario *s = NULL;
    mc_options opt = {2000, 7, 2, NULL, NULL, 0, 1};
    mc_result *r = malloc(sizeof *r);
    mc_draws d;
    pp_error err;
    (void)state;
    assert_int_equal(scn_load("scenarios/chongqing-baseline.ini", &s, &err), PP_OK);
    assert_int_equal(mc_run_keep(s, &opt, r, &d, &err), PP_OK);
    assert_int_equal(r->ok_draws, 2000);
    assert_int_equal(r->recalibrated, 0); /* no range touches history: one calibration */
    assert_true(fabs(spearman(d.offsets, d.count, d.n_keys, key_at(&d, "economy", "gdp_growth_pct"),
                              key_at(&d, "industry", "heavy_share_pct")) - 6 / PI * asin(0.25)) < 0.06);
    assert_true(fabs(spearman(d.offsets, d.count, d.n_keys, key_at(&d, "economy", "gdp_growth_pct"),
                              key_at(&d, "power", "solar_gw"))) < 0.06);
    /* what drives the spread, by sign: faster growth raises cumulative CO2, more heavy-industry
     * efficiency, more Southwest imports and more solar lower it (the levers' greener directions);
     * growth (2 points of spread in %/yr, compounding over 40 years) leads, and cumulative CO2 is
     * close to linear in the offsets */
    assert_int_equal(r->has_drivers, 1);
    assert_true(r->src_cum[key_at(&d, "economy", "gdp_growth_pct")] > 0.5);
    assert_true(r->src_cum[key_at(&d, "heavy_industry", "improve_pct")] < 0);
    assert_true(r->src_cum[key_at(&d, "power", "import_twh")] < 0);
    assert_true(r->src_cum[key_at(&d, "power", "solar_gw")] < 0);
    for (int k = 0; k < d.n_keys; k++) assert_true(fabs(r->src_cum[k]) <= r->src_cum[key_at(&d, "economy", "gdp_growth_pct")]);
    assert_true(r->r2_cum > 0.9 && r->r2_cum <= 1.0);
    mc_draws_free(&d);
    free(r);
    scn_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quantiles_uniform_triangular),
        cmocka_unit_test(test_quantiles_truncated_normal),
        cmocka_unit_test(test_sampler_triangular_moments),
        cmocka_unit_test(test_sampler_reproduces_correlation),
        cmocka_unit_test(test_sampler_refuses_impossible_correlations),
        cmocka_unit_test(test_src_of_linear_function),
        cmocka_unit_test(test_dist_syntax_errors),
        cmocka_unit_test(test_dist_written_back),
        cmocka_unit_test(test_baseline_dists_written_back),
        cmocka_unit_test(test_baseline_draws_correlated),
    };
    return cmocka_run_group_tests_name("mc_dist", tests, NULL, NULL);
}
