/* tests/test_province_yearly.c - issue 16: yearly history targets (an energy-intensity change in a
 * named year, the coal share of a historical year other than the first) and the oil share as a
 * solved unknown (transport's intensity), each with its solution worked by hand on the engine
 * fixture (tests/engine_fixture.h: a static world, every sector 50 % electricity, all power from
 * coal at 300 gce/kWh); their input errors and an infeasible yearly target that names the unknown
 * at its bound and the keys to change. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>

#include <gsl/gsl_errno.h>

#include "engine_fixture.h"
#include "../report/error_text.h"

/* A static world from 2015 (no growth, no improvement) with history to 2020. */
static struct scn_scenario *history_fixture(void)
{
    struct scn_scenario *s = fx_make();
    fx_const(s, P_YEARS_FIRST, 2015);
    fx_const(s, P_ECONOMY_GDP_GROWTH, 0);
    return s;
}

/* With GDP constant and nothing else changing, a year's intensity change is minus its extra
 * fall: an observed -3 % in 2020 is a step of 3.0 %, and 2017:-1, 2020:-2.5 are steps of 1.0 and
 * 2.5, each only in its year (2018 stays at 0 %). */
static void test_yearly_steps_alone(void **state)
{
    struct scn_scenario *s = history_fixture();
    static const double two[] = {2017, -1.0, 2020, -2.5};
    cal_result cal;
    run_result *r = malloc(sizeof *r);
    pp_error err;
    (void)state;
    assert_non_null(r);
    fx_path(s, P_CAL_EI_YOY, 1, (const double[]){2020, -3.0});
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    assert_int_equal(cal.n_active, 1);
    assert_float_equal(cal.value[CAL_STEP0], 3.0, 1e-6);
    fx_path(s, P_CAL_EI_YOY, 2, two);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    assert_float_equal(cal.value[CAL_STEP0], 1.0, 1e-6);
    assert_float_equal(cal.value[CAL_STEP1], 2.5, 1e-6);
    assert_int_equal(cal_step_year(s, 1), 2020);
    assert_int_equal(run_scenario(s, &cal, r, &err), PP_OK);
    assert_float_equal(100.0 * (run_at(r, RV_EI, 2018) / run_at(r, RV_EI, 2017) - 1), 0.0, 1e-9);
    assert_float_equal(100.0 * (run_at(r, RV_EI, 2021) / run_at(r, RV_EI, 2020) - 1), 0.0, 1e-9);
    free(r);
    fx_free(s);
}

/* With the five-year index as well, the trend t falls in every year 2016-2020 and the step s in
 * 2020 only: (1 - t/100)^4 (1 - (t + s)/100) = 0.90 and -(t + s) = -3, so (1 - t/100)^4 = 0.9 / 0.97,
 * t = (1 - (0.9 / 0.97)^(1/4)) x 100 = 1.855110 %/yr and s = 3 - t = 1.144890 %. */
static void test_yearly_step_with_trend(void **state)
{
    struct scn_scenario *s = history_fixture();
    cal_result cal;
    pp_error err;
    (void)state;
    fx_const(s, P_CAL_EI_INDEX_END, 90);
    fx_path(s, P_CAL_EI_YOY, 1, (const double[]){2020, -3.0});
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    assert_int_equal(cal.n_active, 2);
    assert_float_equal(cal.value[CAL_TREND], 1.8551097, 1e-5);
    assert_float_equal(cal.value[CAL_STEP0], 1.1448903, 1e-5);
    fx_free(s);
}

/* The coal share of 2017 solves the same shift as the first year's would (the fixture is static):
 * heavy and other industry burn 40 % gas, a coal share of 99 % needs 7.740541 points (the worked
 * example of tests/test_calibrate.c, test_cal_coal_share_first_year). */
static void test_coal_share_of_another_year(void **state)
{
    struct scn_scenario *s = history_fixture();
    cal_result cal;
    pp_error err;
    (void)state;
    fx_const(s, P_HEAVY_GAS, 40);
    fx_const(s, P_OTHERIND_GAS, 40);
    fx_path(s, P_CAL_COAL_YEAR, 1, (const double[]){2017, 99.0});
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    assert_int_equal(cal.target_param[CAL_COAL_FIRST], P_CAL_COAL_YEAR);
    assert_float_equal(cal.value[CAL_COAL_FIRST], 7.7405411, 1e-5);
    fx_free(s);
}

/* Oil share from transport's intensity: transport burns only oil in its non-electric half, so with
 * factor f it uses 5f Mtce of oil and 5f of electricity (coal 5f x 0.3 / 0.1229 = 12.205045 f in
 * power); the rest is 10 Mtce of coal and 10 of electricity (24.410090 of power coal). Oil share
 * 10 %: 5f = 0.10 (34.410090 + 17.205045 f), f = 3.441009 / (5 - 1.7205045) = 1.049249. */
static void test_oil_share_solves_transport_intensity(void **state)
{
    struct scn_scenario *s = fx_make();
    cal_result cal;
    pp_error err;
    (void)state;
    fx_const(s, model_sector_param(SEC_TRANSPORT, SK_OIL), 100);
    fx_const(s, P_CAL_OIL_END, 10.0);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    assert_float_equal(cal.value[CAL_OIL], 1.0492495, 1e-5);
    assert_float_equal(cal.achieved[CAL_OIL], 10.0, 1e-6);
    fx_free(s);
}

static void expect_input_error(struct scn_scenario *s, const char *key, const char *words)
{
    cal_result cal;
    pp_error err;
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_ERR_INPUT);
    assert_string_equal(err.key, key);
    if (!strstr(ERROR_MSG_EN(&err), words)) fail_msg("\"%s\" not in: %s", words, ERROR_MSG_EN(&err));
}

static void test_yearly_input_errors(void **state)
{
    struct scn_scenario *s = history_fixture();
    static const double four[] = {2016, -1, 2017, -1, 2018, -1, 2019, -1};
    (void)state;
    fx_path(s, P_CAL_EI_YOY, 1, (const double[]){2015, -3.0}); /* the first year has no year before */
    expect_input_error(s, "energy_intensity_change_pct", "after the first (2016..2020)");
    fx_path(s, P_CAL_EI_YOY, 1, (const double[]){2021, -3.0}); /* a projected year */
    expect_input_error(s, "energy_intensity_change_pct", "at most 3");
    fx_path(s, P_CAL_EI_YOY, 4, four);
    expect_input_error(s, "energy_intensity_change_pct", "at most 3");
    fx_const(s, P_CAL_EI_YOY, 0);
    fx_const(s, P_CAL_COAL_FIRST, 99);
    fx_path(s, P_CAL_COAL_YEAR, 1, (const double[]){2017, 99.0});
    expect_input_error(s, "coal_share_pct", "not both");
    fx_const(s, P_CAL_COAL_FIRST, 0);
    fx_path(s, P_CAL_COAL_YEAR, 1, (const double[]){2020, 99.0}); /* that is coal_share_end_pct */
    expect_input_error(s, "coal_share_pct", "coal_share_end_pct");
    fx_free(s);
}

/* A 40 % fall of intensity in one year needs a step of 40 %, beyond the bound of 15: the message
 * names the figure, the unknown at its bound and the keys to look at. */
static void test_infeasible_yearly_target_names_the_step(void **state)
{
    struct scn_scenario *s = history_fixture();
    cal_result cal;
    pp_error err;
    (void)state;
    fx_path(s, P_CAL_EI_YOY, 1, (const double[]){2020, -40.0});
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_ERR_SOLVER);
    assert_string_equal(err.key, "energy_intensity_change_pct");
    assert_non_null(strstr(ERROR_MSG_EN(&err), "efficiency step, 1st yearly target year"));
    assert_non_null(strstr(ERROR_MSG_EN(&err), "economy.gdp_growth_pct"));
    assert_non_null(strstr(ERROR_MSG_EN(&err), "statistical_basis"));
    fx_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_yearly_steps_alone),
        cmocka_unit_test(test_yearly_step_with_trend),
        cmocka_unit_test(test_coal_share_of_another_year),
        cmocka_unit_test(test_oil_share_solves_transport_intensity),
        cmocka_unit_test(test_yearly_input_errors),
        cmocka_unit_test(test_infeasible_yearly_target_names_the_step),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests_name("province_yearly", tests, NULL, NULL);
}
