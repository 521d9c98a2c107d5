/* tests/test_lmdi.c - cmocka tests of sim/analysis/lmdi.c: the logarithmic mean, additive LMDI-I against
 * independently computed figures, zero values, and the CO2 decomposition of hand-made results. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../sim/analysis/lmdi.h"
#include "../report/error_text.h"

#define NEAR(a, b, tol) assert_true(fabs((a) - (b)) <= (tol))

/* ---- logarithmic mean ---- */

static void test_lmdi_logmean_values(void **state)
{
    (void)state;
    /* L(2,1) = 1 / ln 2 = 1.4426950408889634 */
    NEAR(lmdi_logmean(2.0, 1.0), 1.4426950408889634, 1e-15);
    NEAR(lmdi_logmean(1.0, 2.0), 1.4426950408889634, 1e-15);
    /* L(a,a) = a; close arguments: L(1+e, 1) = 1 + e/2 - e^2/12 + ... */
    assert_true(lmdi_logmean(3.5, 3.5) == 3.5);
    NEAR(lmdi_logmean(1.0 + 1e-9, 1.0), 1.0 + 0.5e-9, 1e-15);
    /* the limit at zero */
    assert_true(lmdi_logmean(0.0, 5.0) == 0.0);
}

/* ---- additive LMDI-I ---- */

/* Published worked example: the "simple example" of Heun & Brockway (2019), Applied Energy 241,
 * Supplementary Information section S3 (matrix form of Ang 2005's LMDI, "small enough to allow
 * replication of the results by hand"), shipped as the vignette and test data of their LMDIR
 * package (MatthewHeun/LMDIR: vignettes/LMDIR.Rmd, tests/testthat/test_lmdi.R,
 * create_simple_LMDI; expected values checked there against LMDI_testing.xlsx). Two
 * sub-categories x three factors, years 1971-1974; the published additive effects are below.
 * By hand for sub-category 1, 1971 -> 1972: V 1*10*2 = 20 -> 4*5*3 = 60, L(60,20) = 40 / ln 3
 * = 36.40957; x ln 4 = 50.47438, x ln(5/10) = -25.23719, x ln(3/2) = 14.76281. */
static const double simple_x0[6] = {1, 10, 2, 4, 5, 3};
static const double simple_xT[6] = {4, 5, 3, 5, 6, 4};
static const double simple_x1973[6] = {8, 2, 4, 5, 7, 5};
static const double simple_x1974[6] = {10, 1, 5, 6, 8, 6};

static void test_lmdi_matches_independent_example(void **state)
{
    double eff[3];
    (void)state;
    assert_int_equal(lmdi_additive(2, 3, simple_x0, simple_xT, eff, NULL), PP_OK);
    NEAR(eff[0], 69.79006598, 1e-7);
    NEAR(eff[1], -9.455125793, 1e-7);
    NEAR(eff[2], 39.66505981, 1e-7);
    /* V0 = 20 + 60 = 80, VT = 60 + 120 = 180 */
    NEAR(eff[0] + eff[1] + eff[2], 100.0, 1e-12);
    /* 1972 -> 1973 (V 180 -> 239) and 1973 -> 1974 (V 239 -> 338) */
    assert_int_equal(lmdi_additive(2, 3, simple_xT, simple_x1973, eff, NULL), PP_OK);
    NEAR(eff[0], 42.96021467, 1e-7);
    NEAR(eff[1], -34.31902656, 1e-7);
    NEAR(eff[2], 50.3588119, 1e-7);
    assert_int_equal(lmdi_additive(2, 3, simple_x1973, simple_x1974, eff, NULL), PP_OK);
    NEAR(eff[0], 54.01064234, 1e-7);
    NEAR(eff[1], -9.021284671, 1e-7);
    NEAR(eff[2], 54.01064234, 1e-7);
    NEAR(eff[0] + eff[1] + eff[2], 99.0, 1e-12);
}

/* Zero values: the same source's expected matrices for a zero in period 0 (its whole change
 * V_T = 60 goes to the zero factor) and a zero in period T (-V_0 = -60 to the zero factor), the
 * analytical limits of Wood & Lenzen (2006) and of Ang & Liu (2007)'s small-value replacement. */
static void test_lmdi_zero_values_take_the_limit(void **state)
{
    double x0[6], xT[6], eff[3];
    (void)state;
    memcpy(x0, simple_x0, sizeof x0);
    x0[0] = 0.0;
    assert_int_equal(lmdi_additive(2, 3, x0, simple_xT, eff, NULL), PP_OK);
    NEAR(eff[0], 60.0 + 19.31568569, 1e-7);
    NEAR(eff[1], 0.0 + 15.78206435, 1e-7);
    NEAR(eff[2], 0.0 + 24.90224996, 1e-7);
    memcpy(xT, simple_xT, sizeof xT);
    xT[5] = 0.0;
    assert_int_equal(lmdi_additive(2, 3, simple_x0, xT, eff, NULL), PP_OK);
    NEAR(eff[0], 50.47438029, 1e-7);
    NEAR(eff[1], -25.23719014, 1e-7);
    NEAR(eff[2], 14.76280986 - 60.0, 1e-7);
}

/* By hand: activity 10 -> 20, intensity 2 -> 1.5, V 20 -> 30; L(30,20) = 10 / ln 1.5 = 24.66303;
 * activity 24.66303 * ln 2 = 17.09511, intensity 24.66303 * ln 0.75 = -7.09511. */
static void test_lmdi_two_factor_by_hand(void **state)
{
    const double x0[2] = {10, 2}, xT[2] = {20, 1.5};
    double eff[2];
    (void)state;
    assert_int_equal(lmdi_additive(1, 2, x0, xT, eff, NULL), PP_OK);
    NEAR(eff[0], 17.09511, 1e-5);
    NEAR(eff[1], -7.09511, 1e-5);
}

/* The effects add up to the total change for any positive data (pseudo-random, fixed sequence). */
static void test_lmdi_effects_sum_to_total(void **state)
{
    enum { N = 40, K = 5 };
    double x0[N * K], xT[N * K], eff[K], v0 = 0, vT = 0, sum = 0;
    unsigned long r = 12345;
    (void)state;
    for (int i = 0; i < N * K; i++) {
        r = r * 1103515245UL + 12345UL;
        x0[i] = 0.1 + (double)((r >> 8) % 1000) / 100.0;
        r = r * 1103515245UL + 12345UL;
        xT[i] = 0.1 + (double)((r >> 8) % 1000) / 100.0;
    }
    for (int i = 0; i < N; i++) {
        double p0 = 1, pT = 1;
        for (int k = 0; k < K; k++) { p0 *= x0[i * K + k]; pT *= xT[i * K + k]; }
        v0 += p0;
        vT += pT;
    }
    assert_int_equal(lmdi_additive(N, K, x0, xT, eff, NULL), PP_OK);
    for (int k = 0; k < K; k++) sum += eff[k];
    NEAR(sum, vT - v0, 1e-9 * fabs(vT - v0) + 1e-9);
}

static void test_lmdi_bad_input(void **state)
{
    const double ok[2] = {1, 2}, neg[2] = {1, -2};
    double eff[2];
    pp_error err;
    (void)state;
    assert_int_equal(lmdi_additive(1, 2, ok, neg, eff, &err), PP_ERR_INPUT);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "-2"));
    assert_int_equal(lmdi_additive(1, 0, ok, ok, eff, &err), PP_ERR_USAGE);
    assert_int_equal(lmdi_additive(1, LMDI_MAX_FACTORS + 1, ok, ok, eff, &err), PP_ERR_USAGE);
}

/* ---- CO2 decomposition of run results made by hand ---- */

static run_result *make_result(void)
{
    run_result *r = calloc(1, sizeof *r);
    assert_non_null(r);
    r->first_year = 2020;
    r->hist_end_year = 2020;
    r->end_year = 2030;
    r->n_years = 11;
    return r;
}

#define SET(r, var, year, val) ((r)->v[(var)][(year) - (r)->first_year] = (val))

/* Base state: GDP 1000; shares 10/40/50, industry 50 heavy / 20 high-tech / 30 other; final
 * energy 1+10+4+2+3+3+2 = 25; primary 40 = coal 24 + oil 6 + gas 4 + non-fossil 6;
 * CO2 coal 24*2.772 = 66.528, oil 6*2.148 = 12.888, gas 4*1.644 = 6.576, process 5:
 * gross 90.992. `scale` multiplies GDP and every energy and CO2 figure except process. */
static void set_base(run_result *r, int y, double scale)
{
    static const int fin[7] = {RV_FIN_AGRI, RV_FIN_HEAVY, RV_FIN_OTHERIND, RV_FIN_HIGHTECH,
                               RV_FIN_SERVICES, RV_FIN_TRANSPORT, RV_FIN_HOUSE};
    static const double fin_mtce[7] = {1, 10, 4, 2, 3, 3, 2};
    SET(r, RV_GDP, y, 1000 * scale);
    SET(r, RV_SHARE_PRIMARY, y, 10);
    SET(r, RV_SHARE_SECONDARY, y, 40);
    SET(r, RV_SHARE_TERTIARY, y, 50);
    SET(r, RV_IND_HEAVY, y, 50);
    SET(r, RV_IND_HIGHTECH, y, 20);
    SET(r, RV_IND_OTHER, y, 30);
    for (int i = 0; i < 7; i++) SET(r, fin[i], y, fin_mtce[i] * scale);
    SET(r, RV_ENERGY, y, 40 * scale);
    SET(r, RV_COAL, y, 24 * scale);
    SET(r, RV_OIL, y, 6 * scale);
    SET(r, RV_GAS, y, 4 * scale);
    SET(r, RV_CO2_COAL, y, 66.528 * scale);
    SET(r, RV_CO2_OIL, y, 12.888 * scale);
    SET(r, RV_CO2_GAS, y, 6.576 * scale);
    SET(r, RV_CO2_PROCESS, y, 5);
    SET(r, RV_CO2, y, (66.528 + 12.888 + 6.576) * scale + 5);
}

/* GDP and all energy double, nothing else changes: the whole energy-CO2 change (85.992) is the
 * activity effect, every other effect is 0. */
static void test_lmdi_co2_pure_activity(void **state)
{
    run_result *r = make_result();
    lmdi_co2 d;
    (void)state;
    set_base(r, 2020, 1.0);
    set_base(r, 2030, 2.0);
    assert_int_equal(lmdi_co2_decompose(r, 2020, r, 2030, &d, NULL), PP_OK);
    NEAR(d.total_mt, 85.992, 1e-9);
    NEAR(d.effect_mt[LMDI_ACTIVITY], 85.992, 1e-9);
    for (int e = LMDI_STRUCTURE; e < LMDI_EFFECT_COUNT; e++) NEAR(d.effect_mt[e], 0.0, 1e-9);
    NEAR(d.residual_mt, 0.0, 1e-9);
    free(r);
}

/* Coal 24 -> 20 and gas 4 -> 8 with the same total: CO2 (20*2.772 + 8*1.644) - (24*2.772 +
 * 4*1.644) = 68.592 - 73.104 = -4.512, all of it fuel mix. Between two "scenarios" in 2030. */
static void test_lmdi_co2_fuel_switch_between_scenarios(void **state)
{
    run_result *a = make_result(), *b = make_result();
    lmdi_co2 d;
    (void)state;
    set_base(a, 2030, 1.0);
    set_base(b, 2030, 1.0);
    SET(b, RV_COAL, 2030, 20);
    SET(b, RV_GAS, 2030, 8);
    SET(b, RV_CO2_COAL, 2030, 55.44);
    SET(b, RV_CO2_GAS, 2030, 13.152);
    SET(b, RV_CO2, 2030, 55.44 + 12.888 + 13.152 + 5);
    assert_int_equal(lmdi_co2_decompose(a, 2030, b, 2030, &d, NULL), PP_OK);
    NEAR(d.total_mt, -4.512, 1e-9);
    NEAR(d.effect_mt[LMDI_FUEL_MIX], -4.512, 1e-9);
    NEAR(d.effect_mt[LMDI_ACTIVITY], 0.0, 1e-12);
    NEAR(d.effect_mt[LMDI_EMISSION_FACTOR], 0.0, 1e-12);
    free(a);
    free(b);
}

/* Everything moves at once, a sector appears from nothing (high-tech 0 -> 20 %) and gas
 * disappears: the effects still add up to the total change, and the new sector's energy shows
 * in structure rather than intensity. */
static void test_lmdi_co2_mixed_changes_add_up(void **state)
{
    run_result *r = make_result();
    lmdi_co2 d;
    double sum = 0;
    (void)state;
    set_base(r, 2020, 1.0);
    SET(r, RV_IND_HIGHTECH, 2020, 0);
    SET(r, RV_IND_OTHER, 2020, 50);
    SET(r, RV_FIN_HIGHTECH, 2020, 0);
    set_base(r, 2030, 1.3);
    SET(r, RV_SHARE_SECONDARY, 2030, 35);
    SET(r, RV_SHARE_TERTIARY, 2030, 55);
    SET(r, RV_GAS, 2030, 0);
    SET(r, RV_CO2_GAS, 2030, 0);
    SET(r, RV_CO2_PROCESS, 2030, 3);
    SET(r, RV_CO2, 2030, (66.528 + 12.888) * 1.3 + 3);
    assert_int_equal(lmdi_co2_decompose(r, 2020, r, 2030, &d, NULL), PP_OK);
    for (int e = 0; e < LMDI_EFFECT_COUNT; e++) sum += d.effect_mt[e];
    NEAR(sum, d.total_mt, 1e-9);
    NEAR(d.effect_mt[LMDI_PROCESS], -2.0, 1e-12);
    NEAR(d.residual_mt, 0.0, 1e-9);
    free(r);
}

static void test_lmdi_co2_bad_year_and_bad_data(void **state)
{
    run_result *r = make_result();
    lmdi_co2 d;
    pp_error err;
    (void)state;
    set_base(r, 2020, 1.0);
    set_base(r, 2030, 1.0);
    assert_int_equal(lmdi_co2_decompose(r, 2019, r, 2030, &d, &err), PP_ERR_USAGE);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "2019"));
    SET(r, RV_FIN_HIGHTECH, 2030, 2);
    SET(r, RV_IND_HIGHTECH, 2030, 0); /* energy in a sector with no activity */
    assert_int_equal(lmdi_co2_decompose(r, 2020, r, 2030, &d, &err), PP_ERR_INPUT);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lmdi_logmean_values),
        cmocka_unit_test(test_lmdi_matches_independent_example),
        cmocka_unit_test(test_lmdi_zero_values_take_the_limit),
        cmocka_unit_test(test_lmdi_two_factor_by_hand),
        cmocka_unit_test(test_lmdi_effects_sum_to_total),
        cmocka_unit_test(test_lmdi_bad_input),
        cmocka_unit_test(test_lmdi_co2_pure_activity),
        cmocka_unit_test(test_lmdi_co2_fuel_switch_between_scenarios),
        cmocka_unit_test(test_lmdi_co2_mixed_changes_add_up),
        cmocka_unit_test(test_lmdi_co2_bad_year_and_bad_data),
    };
    return cmocka_run_group_tests_name("lmdi", tests, NULL, NULL);
}
