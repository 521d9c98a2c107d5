/* tests/test_summary.c - cmocka tests of sim/model/summary.c: the headline peak, its plateau and
 * a higher historical year on made-up CO2 paths whose answers are read off by hand (each case
 * says how), neutrality and cumulative CO2, the item table, and the default scenario's headline. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <gsl/gsl_errno.h>

#include "../sim/analysis/seek.h"
#include "../sim/model/summary.h"

/* A result 2015..2030, history to 2020, gross CO2 from co2[16] (2015 first), net = gross - 200. */
static run_result *made_up(const double co2[16])
{
    run_result *r = calloc(1, sizeof *r);
    r->first_year = 2015;
    r->hist_end_year = 2020;
    r->end_year = 2030;
    r->n_years = 16;
    for (int i = 0; i < 16; i++) {
        r->v[RV_CO2][i] = co2[i];
        r->v[RV_CO2_NET][i] = co2[i] - 200.0;
    }
    return r;
}

/* A province with a 2020 dip: history peaks in 2019 at 115, the projection rises to 114 in 2026.
 * Headline: 2026 at 114; 1 % below it is 112.86, so 2025 (113) to 2028 (113) is the plateau
 * (2024 is 112, 2029 is 112: both outside); 2019 is reported beside it as higher. */
static void test_summary_dip_history_higher(void **state)
{
    static const double co2[16] = {100, 105, 110, 112, 115, 108, /* 2015-2020 */
                                   109, 110, 111, 112, 113, 114, 113.5, 113, 112, 111};
    run_result *r = made_up(co2);
    run_summary s;
    (void)state;
    run_summary_compute(r, &s);
    assert_int_equal(s.peak_year, 2026);
    assert_true(s.peak_mt == 114.0);
    assert_true(s.peak_reached);
    assert_true(s.peak_by_2030);
    assert_int_equal(s.plateau_first, 2025);
    assert_int_equal(s.plateau_last, 2028);
    assert_int_equal(s.hist_peak_year, 2019);
    assert_true(s.hist_peak_mt == 115.0);
    free(r);
}

/* CO2 falls from the first projected year on (120 in 2020, 119 in 2021, one less each year): the
 * peak is 2021 at 119, not 2020; plateau floor 117.81 keeps 2022 (118), not 2023 (117). */
static void test_summary_falling_from_first_projected_year(void **state)
{
    static const double co2[16] = {100, 104, 108, 112, 116, 120, 119, 118, 117, 116, 115, 114, 113, 112, 111, 110};
    run_result *r = made_up(co2);
    run_summary s;
    (void)state;
    run_summary_compute(r, &s);
    assert_int_equal(s.peak_year, 2021);
    assert_true(s.peak_mt == 119.0);
    assert_true(s.peak_reached);
    assert_true(s.peak_by_2030);
    assert_int_equal(s.plateau_first, 2021);
    assert_int_equal(s.plateau_last, 2022);
    assert_int_equal(s.hist_peak_year, 2020);
    assert_true(s.hist_peak_mt == 120.0);
    free(r);
}

/* Still rising in 2030: no peak yet, the maximum is the last year, nothing higher in history;
 * the plateau runs back from 2030 while values stay above 1 % below 150 (148.5): 2029 (149),
 * 2028 (148.6), not 2027 (148). */
static void test_summary_still_rising(void **state)
{
    static const double co2[16] = {100, 101, 102, 103, 104, 105, 140, 141, 142, 143, 144, 145, 148, 148.6, 149, 150};
    run_result *r = made_up(co2);
    run_summary s;
    (void)state;
    run_summary_compute(r, &s);
    assert_int_equal(s.peak_year, 2030);
    assert_false(s.peak_reached);
    assert_false(s.peak_by_2030);
    assert_int_equal(s.plateau_first, 2028);
    assert_int_equal(s.plateau_last, 2030);
    assert_int_equal(s.hist_peak_year, 0);
    assert_true(isnan(s.hist_peak_mt));
    assert_true(isnan(run_sum_value(&s, SUM_HIST_PEAK_YEAR)));
    free(r);
}

/* A later rebound within 1 % is not part of the plateau: peak 2023 at 200, 2024 falls to 190,
 * 2025 rebounds to 199.5 (within 1 %), still the plateau is 2023 alone (2022 is 195). A peak in
 * 2031 would not be "by 2030": here 2023 is. */
static void test_summary_plateau_is_contiguous(void **state)
{
    static const double co2[16] = {100, 100, 100, 100, 100, 100, 150, 195, 200, 190, 199.5, 180, 170, 160, 150, 140};
    run_result *r = made_up(co2);
    run_summary s;
    (void)state;
    run_summary_compute(r, &s);
    assert_int_equal(s.peak_year, 2023);
    assert_int_equal(s.plateau_first, 2023);
    assert_int_equal(s.plateau_last, 2023);
    assert_int_equal(s.hist_peak_year, 0);
    free(r);
}

/* Gross falls by 10 a year from 260 in 2021; net = gross - 200 reaches 0 in 2027 and stays at or
 * below it: neutral in 2027. Cumulative gross 2021-2030 is the sum of the ten projected values. */
static void test_summary_neutral_and_cumulative(void **state)
{
    static const double co2[16] = {300, 300, 300, 300, 300, 300, /* 2015-2020 */
                                   260, 250, 240, 230, 220, 210, 200, 190, 180, 170};
    run_result *r = made_up(co2);
    run_summary s;
    (void)state;
    run_summary_compute(r, &s);
    /* net = gross - 200: 2027 is 0 and it stays <= 0 after, so neutral in 2027 */
    assert_int_equal(s.neutral_year, 2027);
    /* 260+250+240+230+220+210+200+190+180+170 = 2150; net = 2150 - 10*200 = 150 */
    assert_true(fabs(s.cum_co2_mt - 2150.0) < 1e-9);
    assert_true(fabs(s.cum_net_mt - 150.0) < 1e-9);
    /* peak: falls from 2021 (260), history (300) is higher */
    assert_int_equal(s.peak_year, 2021);
    assert_int_equal(s.hist_peak_year, 2015);
    /* shares of 2060 are outside the run */
    assert_true(isnan(s.coal_share_2060));
    free(r);
}

/* Targets (seek, challenge goals) read the same headline: on the dip path history peaks in 2019,
 * yet peak_year<=2020 is not met (the projection peaks in 2026) and peak_year<=2026 is. Before the
 * headline peak, `seek` met peak_year<=2030 through history alone. */
static void test_summary_targets_use_headline(void **state)
{
    static const double co2[16] = {100, 105, 110, 112, 115, 108, 109, 110, 111, 112, 113, 114, 113.5, 113, 112, 111};
    run_result *r = made_up(co2);
    seek_target early = {SEEK_PEAK_YEAR, 0, SEEK_LE, 2020}, at = {SEEK_PEAK_YEAR, 0, SEEK_LE, 2026};
    (void)state;
    run_summary_compute(r, &r->summary);
    assert_true(seek_metric_value(r, &early) == 2026.0);
    assert_false(seek_target_met(r, &early));
    assert_true(seek_target_met(r, &at));
    free(r);
}

/* The item table: every item has a unique name and both labels; values come back by kind. */
static void test_summary_item_table(void **state)
{
    run_summary s;
    (void)state;
    memset(&s, 0, sizeof s);
    s.peak_year = 2029;
    s.peak_mt = 201.5;
    s.peak_reached = 1;
    s.neutral_year = 0;
    for (int i = 0; i < SUM_COUNT; i++) {
        const run_sum_info *a = run_sum_get(i);
        assert_non_null(a);
        assert_true(a->name[0] && a->label_en[0] && a->label_zh[0]);
        for (int j = 0; j < i; j++) assert_string_not_equal(a->name, run_sum_get(j)->name);
    }
    assert_null(run_sum_get(SUM_COUNT));
    assert_null(run_sum_get(-1));
    assert_true(run_sum_value(&s, SUM_PEAK_YEAR) == 2029.0);
    assert_true(run_sum_value(&s, SUM_PEAK_MT) == 201.5);
    assert_true(run_sum_value(&s, SUM_PEAK_REACHED) == 1.0);
    assert_true(run_sum_value(&s, SUM_PEAK_BY_2030) == 0.0);
    assert_true(isnan(run_sum_value(&s, SUM_NEUTRAL_YEAR)));
    assert_true(isnan(run_sum_value(&s, SUM_COUNT)));
}

/* The default scenario: the headline peak is a projected year and is the highest projected CO2;
 * the plateau contains it; any higher year named beside it is historical. */
static void test_summary_default_scenario_headline(void **state)
{
    scn_scenario *s = NULL;
    run_result *r = malloc(sizeof *r);
    pp_error err;
    (void)state;
    assert_int_equal(scn_load("scenarios/chongqing-baseline.ini", &s, &err), PP_OK);
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    assert_true(r->summary.peak_year > r->hist_end_year);
    for (int y = r->hist_end_year + 1; y <= r->end_year; y++) assert_true(run_at(r, RV_CO2, y) <= r->summary.peak_mt);
    assert_true(r->summary.plateau_first <= r->summary.peak_year);
    assert_true(r->summary.plateau_last >= r->summary.peak_year);
    assert_true(r->summary.plateau_first > r->hist_end_year);
    if (r->summary.hist_peak_year) assert_true(r->summary.hist_peak_year <= r->hist_end_year);
    scn_free(s);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_summary_dip_history_higher),
        cmocka_unit_test(test_summary_falling_from_first_projected_year),
        cmocka_unit_test(test_summary_still_rising),
        cmocka_unit_test(test_summary_plateau_is_contiguous),
        cmocka_unit_test(test_summary_neutral_and_cumulative),
        cmocka_unit_test(test_summary_targets_use_headline),
        cmocka_unit_test(test_summary_item_table),
        cmocka_unit_test(test_summary_default_scenario_headline),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests_name("summary", tests, NULL, NULL);
}
