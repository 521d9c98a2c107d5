/* tests/test_calibrate.c - sim/model/calibrate.c: each unknown solved from its observed figure, with the
 * solution worked by hand on the fixture; implausible and contradictory figures are errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <gsl/gsl_errno.h>

#include "engine_fixture.h"
#include "../report/error_text.h"

#define FX_ENERGY_2020 51.61513426 /* Mtce, see engine_fixture.h */

static void test_cal_nothing_observed_is_neutral(void **state)
{
    struct scn_scenario *s = fx_make();
    cal_result cal;
    pp_error err;
    (void)state;
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    assert_int_equal(cal.n_active, 0);
    assert_float_equal(cal.value[CAL_LEVEL], 1.0, 1e-12);
    assert_float_equal(cal.achieved[CAL_LEVEL], FX_ENERGY_2020, 1e-6);
    fx_free(s);
}

/* Energy is linear in the intensity level: observing twice the fixture's energy gives level 2. */
static void test_cal_level_from_energy(void **state)
{
    struct scn_scenario *s = fx_make();
    cal_result cal;
    pp_error err;
    (void)state;
    fx_const(s, P_CAL_ENERGY_END, 2 * FX_ENERGY_2020);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    assert_float_equal(cal.value[CAL_LEVEL], 2.0, 1e-6);
    assert_true(fabs(cal.residual[CAL_LEVEL]) < 1e-6);
    fx_free(s);
}

/* Same from first-year energy CO2: 129.0378 Mt x 2 gives level 2. */
static void test_cal_level_from_co2(void **state)
{
    struct scn_scenario *s = fx_make();
    cal_result cal;
    pp_error err;
    (void)state;
    fx_const(s, P_CAL_CO2_FIRST, 2 * 129.0378356);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    assert_float_equal(cal.value[CAL_LEVEL], 2.0, 1e-6);
    assert_int_equal(cal.target_param[CAL_LEVEL], P_CAL_CO2_FIRST);
    fx_free(s);
}

/* With no growth and no other change, intensity 2020 / 2015 = (1 - r/100)^5; an index of 80 needs
 * r = (1 - 0.8^(1/5)) x 100 = 4.36475 %/yr. */
static void test_cal_trend_from_intensity_index(void **state)
{
    struct scn_scenario *s = fx_make();
    cal_result cal;
    pp_error err;
    (void)state;
    fx_const(s, P_YEARS_FIRST, 2015);
    fx_const(s, P_ECONOMY_GDP_GROWTH, 0);
    fx_const(s, P_CAL_EI_INDEX_END, 80);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    assert_float_equal(cal.value[CAL_TREND], 4.36475002, 1e-5);
    fx_free(s);
}

/* Heavy and other industry burn 40 % gas in the non-electric half of their 2 + 1.2 Mtce (0.4 + 0.24
 * = 0.64 Mtce): coal share 98.76 %. A coal share of 99 % of 51.615134 Mtce leaves 0.516151 Mtce of
 * gas, so x points move from the 1.6 Mtce non-electric energy of industry:
 * 0.64 - 0.016 x = 0.516151, x = 7.740541. */
static void test_cal_coal_share_first_year(void **state)
{
    struct scn_scenario *s = fx_make();
    cal_result cal;
    pp_error err;
    (void)state;
    fx_const(s, P_HEAVY_GAS, 40);
    fx_const(s, P_OTHERIND_GAS, 40);
    fx_const(s, P_CAL_COAL_FIRST, 99.0);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    assert_float_equal(cal.value[CAL_COAL_FIRST], 7.7405411, 1e-5);
    fx_free(s);
}

/* Parameter recovery: plant known unknowns, run history forward with them, give the calibration
 * the figures that run shows, and it must find the planted values again (all five at once). */
static void test_cal_all_five_recover_planted_values(void **state)
{
    struct scn_scenario *s = fx_make();
    static const double imports[] = {2015, 10, 2020, 20};
    static const double planted[CAL_COUNT] = {1.3, 1.5, 2.0, 4.0, -5.0, 1.0, 0, 0, 0}; /* the rest neutral */
    run_result *r = malloc(sizeof *r);
    cal_result cal;
    pp_error err;
    (void)state;
    fx_const(s, P_YEARS_FIRST, 2015);
    fx_const(s, P_HEAVY_GAS, 20);
    fx_const(s, P_OTHERIND_GAS, 20);
    fx_const(s, P_POWER_HYDRO_GW, 5);
    fx_path(s, P_POWER_IMPORT_TWH, 2, imports);
    run_years(s, planted, 2020, r);
    fx_const(s, P_CAL_ENERGY_END, r->v[RV_ENERGY][5]);
    fx_const(s, P_CAL_EI_INDEX_END, 100.0 * r->v[RV_EI][5] / r->v[RV_EI][0]);
    fx_const(s, P_CAL_COAL_FIRST, r->v[RV_COAL_SHARE][0]);
    fx_const(s, P_CAL_COAL_END, r->v[RV_COAL_SHARE][5]);
    fx_const(s, P_CAL_CI_INDEX_END, 100.0 * r->v[RV_CI][5] / r->v[RV_CI][0]);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    assert_int_equal(cal.n_active, 5);
    for (int u = 0; u < CAL_COUNT; u++) {
        assert_float_equal(cal.value[u], planted[u], 1e-5);
        assert_true(fabs(cal.residual[u]) < 1e-6);
    }
    free(r);
    fx_free(s);
}

/* 100 times the energy would need intensities 100 times the scenario's: refused, naming the key. */
static void test_cal_implausible_is_an_error(void **state)
{
    struct scn_scenario *s = fx_make();
    cal_result cal;
    pp_error err;
    (void)state;
    fx_const(s, P_CAL_ENERGY_END, 100 * FX_ENERGY_2020);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_ERR_SOLVER);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "energy_mtce_end"));
    assert_non_null(strstr(ERROR_MSG_EN(&err), "implausible"));
    fx_free(s);
}

/* A coal share no shift can reach (gas is only 0.64 Mtce of 51.6) does not converge: an error
 * naming the figure missed, never a silently wrong run. */
static void test_cal_unreachable_is_an_error(void **state)
{
    struct scn_scenario *s = fx_make();
    cal_result cal;
    pp_error err;
    (void)state;
    fx_const(s, P_HEAVY_GAS, 20);
    fx_const(s, P_CAL_COAL_FIRST, 50.0);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_ERR_SOLVER);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "coal_share_first_pct"));
    fx_free(s);
}

static void test_cal_contradictions_are_input_errors(void **state)
{
    struct scn_scenario *s = fx_make();
    cal_result cal;
    pp_error err;
    (void)state;
    fx_const(s, P_CAL_ENERGY_END, 50);
    fx_const(s, P_CAL_CO2_FIRST, 120);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_ERR_INPUT);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "not both"));
    fx_const(s, P_CAL_CO2_FIRST, 0);
    fx_const(s, P_CAL_EI_INDEX_END, 90); /* first year == last historical year: no history */
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_ERR_INPUT);
    assert_string_equal(err.key, "energy_intensity_index_end");
    fx_free(s);
}

/* Warnings, not errors: with imports counted out of energy use and a carbon intensity 10 % above
 * what the fixture gives on its own (index 110; the fixture's structure is fixed, so 100 without
 * help), calibration meets it by sending power out (negative net imports raise local coal power):
 * the run works, and the result says so. */
static void test_cal_warns_about_negative_imports(void **state)
{
    struct scn_scenario *s = fx_make();
    cal_result cal;
    pp_error err;
    int found = 0;
    (void)state;
    fx_const(s, P_YEARS_FIRST, 2015);
    fx_const(s, P_POWER_IMPORT_COUNTS, 0);
    fx_const(s, P_CAL_CI_INDEX_END, 110);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    assert_true(cal.value[CAL_IMPORT] < 0);
    for (int i = 0; i < cal.n_warnings; i++) found |= strstr(MESSAGE_EN(&cal.warning[i]), "net imports are -") != NULL;
    assert_true(found);
    fx_free(s);
}

/* The coal/gas shift at its bound: heavy industry has 10 % gas in its non-electric 1 Mtce, other
 * industry 40 % of 0.6. A coal share of 99.7 % of 51.615134 Mtce leaves 0.154845 Mtce of gas, so
 * 0.34 - 0.154845 = 0.185155 must move: the first 10 points take 0.016 each (0.16), heavy industry
 * is then out of gas and other industry moves the rest at 0.006 a point: x = 10 + 0.025155 / 0.006
 * = 14.1925. The calibration succeeds, warns that heavy industry's gas is used up, and that 14.19
 * points are outside the plausible +-10. */
static void test_cal_warns_at_the_shift_bound(void **state)
{
    struct scn_scenario *s = fx_make();
    cal_result cal;
    pp_error err;
    int bound = 0, implausible = 0;
    (void)state;
    fx_const(s, P_HEAVY_GAS, 10);
    fx_const(s, P_OTHERIND_GAS, 40);
    fx_const(s, P_CAL_COAL_FIRST, 99.7);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    assert_float_equal(cal.value[CAL_COAL_FIRST], 14.19251, 1e-4);
    for (int i = 0; i < cal.n_warnings; i++) {
        bound |= strstr(MESSAGE_EN(&cal.warning[i]), "at its bound in heavy_industry") != NULL;
        implausible |= strstr(MESSAGE_EN(&cal.warning[i]), "outside its plausible range") != NULL;
    }
    assert_true(bound);
    assert_true(implausible);
    fx_free(s);
}

/* The v1 engine "succeeded" on the baseline with imports counted out of energy use by solving
 * -50.9 TWh of imports and a shift at its bound. Now that case either fails naming the convention or
 * succeeds with warnings; never a silent success. */
static void test_cal_imports_counted_out_is_never_silent(void **state)
{
    scn_scenario *s = NULL;
    cal_result cal;
    pp_error err;
    pp_path off = {0};
    pp_status st;
    (void)state;
    assert_int_equal(scn_load("scenarios/chongqing-baseline.ini", &s, &err), PP_OK);
    off.n = 1;
    off.value[0] = 0;
    assert_int_equal(scn_set_path(s, P_POWER_IMPORT_COUNTS, &off, &err), PP_OK);
    st = cal_calibrate(s, &cal, &err);
    if (st == PP_OK) assert_true(cal.n_warnings > 0);
    else assert_non_null(strstr(ERROR_MSG_EN(&err), "import_counts_in_energy = 0"));
    scn_free(s);
}

/* A calibration well inside every plausible range has no warning (the shipped baseline). */
static void test_cal_no_warning_on_the_baseline(void **state)
{
    scn_scenario *s = NULL;
    cal_result cal;
    pp_error err;
    (void)state;
    assert_int_equal(scn_load("scenarios/chongqing-baseline.ini", &s, &err), PP_OK);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    for (int i = 0; i < cal.n_warnings; i++) fail_msg("unexpected warning: %s", MESSAGE_EN(&cal.warning[i]));
    scn_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cal_warns_about_negative_imports),
        cmocka_unit_test(test_cal_warns_at_the_shift_bound),
        cmocka_unit_test(test_cal_no_warning_on_the_baseline),
        cmocka_unit_test(test_cal_imports_counted_out_is_never_silent),
        cmocka_unit_test(test_cal_nothing_observed_is_neutral),
        cmocka_unit_test(test_cal_level_from_energy),
        cmocka_unit_test(test_cal_level_from_co2),
        cmocka_unit_test(test_cal_trend_from_intensity_index),
        cmocka_unit_test(test_cal_coal_share_first_year),
        cmocka_unit_test(test_cal_all_five_recover_planted_values),
        cmocka_unit_test(test_cal_implausible_is_an_error),
        cmocka_unit_test(test_cal_unreachable_is_an_error),
        cmocka_unit_test(test_cal_contradictions_are_input_errors),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests_name("calibrate", tests, NULL, NULL);
}
