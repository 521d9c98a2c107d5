/* tests/test_scenarios.c - the shipped scenario files load and run, reproduce the published figures
 * they are calibrated to (the seed document's Chongqing 2015 and 2020 numbers), and tell the
 * stories their names promise (baseline peaks after 2030, the policy package by 2030, the deep
 * case reaches neutrality by 2060; Sichuan sends power out). Expected values are the published
 * ones, never this program's output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "../sim/model/run.h"
#include "../sim/scenario/scenario.h"

static run_result *run_file(const char *file)
{
    scn_scenario *s = NULL;
    run_result *r = malloc(sizeof *r);
    pp_error err;
    char buf[1024];
    pp_status st = scn_load(file, &s, &err);
    if (st == PP_OK) st = run_simulate(s, r, &err);
    if (st != PP_OK) fprintf(stderr, "%s\n", pp_error_format(&err, buf, sizeof buf));
    assert_int_equal(st, PP_OK);
    scn_free(s);
    return r;
}

/* Seed: coal share 49.1 % (2015) and 45.8 % (2020), within 0.1 point. */
static void test_chongqing_coal_share_matches_seed(void **state)
{
    run_result *r = run_file("scenarios/chongqing-baseline.ini");
    (void)state;
    assert_float_equal(run_at(r, RV_COAL_SHARE, 2015), 49.1, 0.1);
    assert_float_equal(run_at(r, RV_COAL_SHARE, 2020), 45.8, 0.1);
    free(r);
}

/* Seed: structure 6.4:44.9:48.4 (2015; tertiary takes the rounding rest) and 7.2:40.0:52.8 (2020). */
static void test_chongqing_structure_matches_seed(void **state)
{
    run_result *r = run_file("scenarios/chongqing-baseline.ini");
    (void)state;
    assert_float_equal(run_at(r, RV_SHARE_PRIMARY, 2015), 6.4, 0.1);
    assert_float_equal(run_at(r, RV_SHARE_SECONDARY, 2015), 44.9, 0.1);
    assert_float_equal(run_at(r, RV_SHARE_PRIMARY, 2020), 7.2, 0.1);
    assert_float_equal(run_at(r, RV_SHARE_SECONDARY, 2020), 40.0, 0.1);
    assert_float_equal(run_at(r, RV_SHARE_TERTIARY, 2020), 52.8, 0.1);
    free(r);
}

/* Seed: energy intensity -19.4 % and carbon intensity -21.8 % 2015-2020 (80.6 % and 78.2 % of 2015),
 * within 0.3 point; GDP 2020 above 2.5 trillion CNY (2500 bn). */
static void test_chongqing_intensities_and_gdp_match_seed(void **state)
{
    run_result *r = run_file("scenarios/chongqing-baseline.ini");
    (void)state;
    assert_float_equal(100.0 + run_at(r, RV_EI_VS_2015, 2020), 80.6, 0.3);
    assert_float_equal(100.0 + run_at(r, RV_CI_VS_2015, 2020), 78.2, 0.3);
    assert_true(run_at(r, RV_GDP, 2020) > 2500.0);
    /* Energy plan: 88.75 Mtce in 2020; yearbook energy intensity 0.355 tce per 10k CNY. */
    assert_float_equal(run_at(r, RV_ENERGY, 2020), 88.75, 0.01);
    assert_float_equal(run_at(r, RV_EI, 2020), 0.355, 0.005);
    free(r);
}

/* Shares of energy and of GDP add to 100 every year of every shipped scenario. */
static void test_shares_add_to_100_every_year(void **state)
{
    static const char *files[] = {"scenarios/chongqing-baseline.ini", "scenarios/chongqing-peak2030.ini",
                                  "scenarios/chongqing-neutral2060.ini", "scenarios/sichuan-baseline.ini"};
    (void)state;
    for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
        run_result *r = run_file(files[f]);
        for (int i = 0; i < r->n_years; i++) {
            assert_float_equal(r->v[RV_COAL_SHARE][i] + r->v[RV_OIL_SHARE][i] + r->v[RV_GAS_SHARE][i]
                               + r->v[RV_NONFOSSIL_SHARE][i], 100.0, 1e-9);
            assert_float_equal(r->v[RV_SHARE_PRIMARY][i] + r->v[RV_SHARE_SECONDARY][i]
                               + r->v[RV_SHARE_TERTIARY][i], 100.0, 1e-9);
        }
        free(r);
    }
}

/* The stories the files are named after. */
static void test_chongqing_scenarios_tell_their_story(void **state)
{
    run_result *base = run_file("scenarios/chongqing-baseline.ini");
    run_result *peak = run_file("scenarios/chongqing-peak2030.ini");
    run_result *neutral = run_file("scenarios/chongqing-neutral2060.ini");
    (void)state;
    assert_false(base->summary.peak_by_2030);
    assert_true(peak->summary.peak_by_2030);
    assert_true(neutral->summary.neutral_year > 0 && neutral->summary.neutral_year <= 2060);
    assert_true(peak->summary.cum_co2_mt < base->summary.cum_co2_mt);
    /* policy files change only the future: history equals the baseline's */
    for (int year = 2015; year <= 2020; year++)
        assert_float_equal(run_at(peak, RV_CO2, year), run_at(base, RV_CO2, year), 1e-6);
    free(base);
    free(peak);
    free(neutral);
}

/* Sichuan: hydro-rich (hydro above 70 GW in 2020, per the 2020 news item) and a net exporter. */
static void test_sichuan_is_hydro_rich_exporter(void **state)
{
    run_result *r = run_file("scenarios/sichuan-baseline.ini");
    (void)state;
    assert_true(run_at(r, RV_CAP_HYDRO, 2020) > 70.0);
    assert_true(run_at(r, RV_IMPORT, 2020) < 0.0);
    /* CEADs 2019 energy CO2 159.3 + 66.22 + 43.87 = 269.39 Mt, reproduced by calibration */
    assert_float_equal(run_at(r, RV_CO2_ENERGY, 2019), 269.39, 0.01);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_chongqing_coal_share_matches_seed),
        cmocka_unit_test(test_chongqing_structure_matches_seed),
        cmocka_unit_test(test_chongqing_intensities_and_gdp_match_seed),
        cmocka_unit_test(test_shares_add_to_100_every_year),
        cmocka_unit_test(test_chongqing_scenarios_tell_their_story),
        cmocka_unit_test(test_sichuan_is_hydro_rich_exporter),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests_name("scenarios", tests, NULL, NULL);
}
