/* tests/test_pollutants.c - sim/model/pollutants.c: emission factors under conventional control and
 * ultra-low emission (ULE), a pollutant total from a fuel mix built by hand, what a ULE retrofit
 * takes off, the health damage, the year loop filling the rows, and bad input. Every expected number
 * is worked by hand in the comments from the table rows of sim/model/pollutants_list.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>

#include "engine_fixture.h"
#include "../sim/model/pollutants.h"
#include "../sim/model/summary.h"

/* The fixture world (engine_fixture.h) with the [air] keys: 1 % sulphur, 10 Nm3 of flue gas per
 * kgce, 1000 Nm3 per t of cement, ULE limits 35 / 50 / 10 mg/m3, damage 30,000 / 20,000 / 100,000
 * CNY/t, no ULE unless a test sets it. */
static struct scn_scenario *air_world(void)
{
    struct scn_scenario *s = fx_make();
    fx_const(s, P_AIR_COAL_SULFUR, 1.0);
    fx_const(s, P_AIR_FLUE_FUEL, 10);
    fx_const(s, P_AIR_FLUE_CEMENT, 1000);
    fx_const(s, P_AIR_ULE_SO2, 35);
    fx_const(s, P_AIR_ULE_NOX, 50);
    fx_const(s, P_AIR_ULE_PM, 10);
    fx_const(s, P_AIR_DAMAGE_SO2, 30000);
    fx_const(s, P_AIR_DAMAGE_NOX, 20000);
    fx_const(s, P_AIR_DAMAGE_PM25, 100000);
    return s;
}

/* Coal power, 2 % sulphur: conventional SO2 23.8 kg/tce per % x 2 x (1 - 95 %) = 2.38 kg/tce; ULE
 * 35 mg/Nm3 x 10 Nm3/kgce = 350 g/tce = 0.35 kg/tce; half retrofitted: 0.5 x 2.38 + 0.5 x 0.35 =
 * 1.365. PM2.5: conventional 19.6 x (1 - 99 %) = 0.196; ULE 10 mg dust x 0.5 PM2.5 x 10 / 1000 = 0.05. */
static void test_air_factor_coal_power(void **state)
{
    struct scn_scenario *s = air_world();
    (void)state;
    fx_const(s, P_AIR_COAL_SULFUR, 2.0);
    assert_float_equal(air_factor(fx_in(s), AS_POWER_COAL, AP_SO2, 0.0), 2.38, 1e-9);
    assert_float_equal(air_factor(fx_in(s), AS_POWER_COAL, AP_SO2, 1.0), 0.35, 1e-9);
    assert_float_equal(air_factor(fx_in(s), AS_POWER_COAL, AP_SO2, 0.5), 1.365, 1e-9);
    assert_float_equal(air_factor(fx_in(s), AS_POWER_COAL, AP_PM25, 0.0), 0.196, 1e-9);
    assert_float_equal(air_factor(fx_in(s), AS_POWER_COAL, AP_PM25, 1.0), 0.05, 1e-9);
    fx_free(s);
}

/* A retrofit never raises a factor: heavy-industry gas emits 0.007 kg SO2/tce, below the ULE
 * limit's 0.35, and stays at 0.007; its NOx (1.2, no control) falls to the limit's 0.5. Cement
 * ULE: 35 mg x 1000 Nm3/t = 0.035 kg SO2/t against 0.4 x (1 - 75 %) = 0.1 conventional. */
static void test_air_factor_ule_never_raises(void **state)
{
    struct scn_scenario *s = air_world();
    (void)state;
    assert_float_equal(air_factor(fx_in(s), AS_HEAVY_GAS, AP_SO2, 1.0), 0.007, 1e-12);
    assert_float_equal(air_factor(fx_in(s), AS_HEAVY_GAS, AP_NOX, 1.0), 0.5, 1e-12);
    assert_float_equal(air_factor(fx_in(s), AS_CEMENT, AP_SO2, 0.0), 0.1, 1e-12);
    assert_float_equal(air_factor(fx_in(s), AS_CEMENT, AP_SO2, 1.0), 0.035, 1e-12);
    for (int src = 0; src < AS_COUNT; src++)
        for (int ap = 0; ap < AP_COUNT; ap++)
            assert_true(air_factor(fx_in(s), src, ap, 1.0) <= air_factor(fx_in(s), src, ap, 0.0));
    fx_free(s);
}

/* Bad arguments give NAN, never a number: a source or pollutant out of range, a share outside 0..1. */
static void test_air_factor_bad_arguments(void **state)
{
    struct scn_scenario *s = air_world();
    (void)state;
    assert_true(isnan(air_factor(fx_in(s), -1, AP_SO2, 0)));
    assert_true(isnan(air_factor(fx_in(s), AS_COUNT, AP_SO2, 0)));
    assert_true(isnan(air_factor(fx_in(s), AS_POWER_COAL, AP_COUNT, 0)));
    assert_true(isnan(air_factor(fx_in(s), AS_POWER_COAL, AP_SO2, 1.5)));
    assert_true(isnan(air_factor(fx_in(s), AS_POWER_COAL, AP_SO2, NAN)));
    assert_int_equal(air_sector_group(-1), -1);
    assert_int_equal(air_sector_group(SEC_COUNT), -1);
    fx_free(s);
}

/* Every sector of final demand burns its fuel in some group, and the groups are the ones meant. */
static void test_air_every_sector_has_a_group(void **state)
{
    (void)state;
    for (int k = 0; k < SEC_COUNT; k++) assert_true(air_sector_group(k) >= 0 && air_sector_group(k) < AG_COUNT);
    assert_int_equal(air_sector_group(SEC_HEAVY), AG_HEAVY);
    assert_int_equal(air_sector_group(SEC_TRANSPORT), AG_TRANSPORT);
    assert_int_equal(air_sector_group(SEC_HOUSE), AG_BUILDINGS);
    assert_int_equal(air_sector_group(SEC_SERVICES), AG_BUILDINGS);
    assert_int_equal(air_sector_group(SEC_AGRI), AG_INDUSTRY);
}

/* The hand-built mix: power plants burn 10 Mtce coal and 2 gas, transport 5 oil, households 1 gas,
 * heavy industry 4 coal of which 1 in cement kilns (so 3 outside cement), 10 Mt of cement. */
static void mix_year(struct scn_scenario *s, air_year *a)
{
    dem_year d;
    power_year p;
    memset(&d, 0, sizeof d);
    memset(&p, 0, sizeof p);
    p.fuel_mtce[FUEL_COAL] = 10;
    p.fuel_mtce[FUEL_GAS] = 2;
    d.sector_fuel_mtce[SEC_TRANSPORT][FUEL_OIL] = 5;
    d.sector_fuel_mtce[SEC_HOUSE][FUEL_GAS] = 1;
    d.sector_fuel_mtce[SEC_HEAVY][FUEL_COAL] = 4;
    d.cement_fuel_mtce[FUEL_COAL] = 1;
    air_state st;
    fx_const(s, P_EMIS_CEMENT_MT, 10);
    air_init(fx_in(s), &st);
    air_year_step(fx_in(s), &st, 2020, &d, &p, a);
}

/* Half the coal power at ULE, no industrial ULE, 1 % S (Mtce x kg/tce = kt):
 *   SO2: power coal 10 x (0.5 x 1.19 + 0.5 x 0.35) = 7.70; power gas 2 x 0.007 = 0.014; transport
 *        oil 5 x 0.014 = 0.07; household gas 0.007; heavy coal 3 x 23.8 x 8 % = 5.712; cement
 *        10 x 0.4 x 25 % = 1.0; total 14.503 kt.
 *   NOx: power coal 10 x (0.5 x 1.24 + 0.5 x 0.5) = 8.7; power gas 2 x 1.2 x 40 % = 0.96; transport
 *        5 x 10.3 = 51.5; household gas 1.0; heavy coal 3 x 5.6 x 70 % = 11.76; cement 10 x 1.0 x
 *        40 % = 4.0; total 77.92 kt.
 *   PM2.5: power coal 10 x (0.5 x 0.196 + 0.5 x 0.05) = 1.23; power gas 0.18; transport 1.75;
 *        household gas 0.09; heavy coal 3 x 7 x 5 % = 1.05; cement 10 x 2 x 1 % = 0.2; total 4.5 kt.
 *   Health: 14.503 kt x 30,000 + 77.92 x 20,000 + 4.5 x 100,000 CNY/t = 0.43509 + 1.5584 + 0.45
 *        = 2.44349 bn CNY. */
static void test_air_total_from_a_fuel_mix(void **state)
{
    struct scn_scenario *s = air_world();
    air_year a;
    (void)state;
    fx_const(s, P_AIR_POWER_ULE, 50);
    mix_year(s, &a);
    assert_float_equal(a.kt[AP_SO2], 14.503, 1e-9);
    assert_float_equal(a.kt[AP_NOX], 77.92, 1e-9);
    assert_float_equal(a.kt[AP_PM25], 4.5, 1e-9);
    assert_float_equal(a.health_bn, 2.44349, 1e-9);
    fx_free(s);
}

/* All of steel and cement retrofitted (industry ULE 100 %) on the same mix: heavy coal SO2 falls
 * from 3 x 1.904 = 5.712 to 3 x 0.35 = 1.05 and cement from 1.0 to 10 x 0.035 = 0.35, so SO2 is
 * 14.503 - 4.662 - 0.65 = 9.191 kt; NOx heavy coal 11.76 -> 3 x 0.5 = 1.5, cement 4.0 -> 10 x 0.05
 * = 0.5: 77.92 - 10.26 - 3.5 = 64.16 kt. Power, transport and households do not move. */
static void test_air_ule_retrofit_effect(void **state)
{
    struct scn_scenario *s = air_world();
    air_year a;
    (void)state;
    fx_const(s, P_AIR_POWER_ULE, 50);
    fx_const(s, P_AIR_INDUSTRY_ULE, 100);
    mix_year(s, &a);
    assert_float_equal(a.kt[AP_SO2], 9.191, 1e-9);
    assert_float_equal(a.kt[AP_NOX], 64.16, 1e-9);
    fx_free(s);
}

/* The year loop fills the rows from the fixture's run: 2020 burns 36.6151 Mtce of coal in power
 * plants and 15 Mtce of coal in final use spread over the sectors (engine_fixture.h): the power
 * part alone at 1 % S and no ULE is 36.6151 x 1.19 = 43.572 kt SO2, and the summary sums the
 * rows over 2021..2030. Zeroing every factor's driver (no sulphur) drops coal SO2 to 0. */
static void test_air_rows_filled_by_the_run(void **state)
{
    struct scn_scenario *s = air_world();
    run_result *r = malloc(sizeof *r);
    pp_error err;
    double sum = 0;
    (void)state;
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    assert_true(run_at(r, RV_SO2, 2020) > 36.6151 * 1.19);
    assert_true(run_at(r, RV_NOX, 2020) > 0 && run_at(r, RV_PM25, 2020) > 0);
    for (int y = 2021; y <= 2030; y++) sum += run_at(r, RV_SO2, y);
    assert_float_equal(r->summary.cum_so2_kt, sum, 1e-9);
    assert_float_equal(run_at(r, RV_HEALTH_BN, 2020),
                       (run_at(r, RV_SO2, 2020) * 30000 + run_at(r, RV_NOX, 2020) * 20000 +
                        run_at(r, RV_PM25, 2020) * 100000) * 1e-6, 1e-9);
    fx_const(s, P_AIR_COAL_SULFUR, 0);
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    assert_true(run_at(r, RV_SO2, 2020) < 1.0); /* only gas and oil sulphur left */
    free(r);
    fx_free(s);
}

/* Bad input in a file: a ULE share above 100 % and a negative damage cost are refused with the
 * section and key named, and no scenario comes back. */
static void test_air_bad_input_refused(void **state)
{
    static const char *const bad[] = {
        "[air]\npower_ule_pct = 2020:68, 2030:120\n",
        "[air]\ndamage_pm25_cny_per_t = -5\n",
        "[air]\ncoal_sulfur_pct = much\n",
    };
    static const char *const key[] = {"power_ule_pct", "damage_pm25_cny_per_t", "coal_sulfur_pct"};
    (void)state;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char text[256];
        scn_scenario *s = NULL;
        pp_error e;
        memset(&e, 0, sizeof e);
        snprintf(text, sizeof text, "[scenario]\nname = bad air\ninherit = chongqing-baseline.ini\n%s", bad[i]);
        assert_int_not_equal(scn_load_string(text, "bad-air.ini", "scenarios", &s, &e), PP_OK);
        assert_null(s);
        assert_string_equal(e.section, "air");
        assert_string_equal(e.key, key[i]);
        assert_true(e.line > 0);
    }
}

/* On the default scenario the greener end of each air lever lowers every pollutant's cumulative
 * tonnes and leaves cumulative CO2 exactly as it is (the levers are end-of-pipe). */
static void test_air_levers_lower_pollutants_not_co2(void **state)
{
    static const int levers[] = {P_AIR_POWER_ULE, P_AIR_INDUSTRY_ULE};
    scn_scenario *s = NULL;
    run_result *base = malloc(sizeof *base), *r = malloc(sizeof *r);
    pp_error err;
    (void)state;
    assert_int_equal(scn_load("scenarios/chongqing-baseline.ini", &s, &err), PP_OK);
    assert_int_equal(run_simulate(s, base, &err), PP_OK);
    for (size_t i = 0; i < sizeof levers / sizeof levers[0]; i++) {
        scn_scenario *w = scn_clone(s);
        const pp_lever_range *lr = pp_lever_range_get(levers[i]);
        assert_non_null(lr);
        assert_true(lr->co2_neutral);
        assert_int_equal(scn_lever_set(w, levers[i], lr->greener > 0 ? lr->hi : lr->lo, &err), PP_OK);
        assert_int_equal(run_simulate(w, r, &err), PP_OK);
        assert_true(r->summary.cum_so2_kt < base->summary.cum_so2_kt);
        assert_true(r->summary.cum_nox_kt < base->summary.cum_nox_kt);
        assert_true(r->summary.cum_pm25_kt < base->summary.cum_pm25_kt);
        assert_true(r->summary.cum_health_bn < base->summary.cum_health_bn);
        assert_true(r->summary.cum_co2_mt == base->summary.cum_co2_mt);
        scn_free(w);
    }
    scn_free(s);
    free(base);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_air_factor_coal_power),
        cmocka_unit_test(test_air_factor_ule_never_raises),
        cmocka_unit_test(test_air_factor_bad_arguments),
        cmocka_unit_test(test_air_every_sector_has_a_group),
        cmocka_unit_test(test_air_total_from_a_fuel_mix),
        cmocka_unit_test(test_air_ule_retrofit_effect),
        cmocka_unit_test(test_air_rows_filled_by_the_run),
        cmocka_unit_test(test_air_bad_input_refused),
        cmocka_unit_test(test_air_levers_lower_pollutants_not_co2),
    };
    return cmocka_run_group_tests_name("pollutants", tests, NULL, NULL);
}
