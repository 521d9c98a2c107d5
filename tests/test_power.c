/* tests/test_power.c - sim/model/power.c: generation at full-load hours, coal as the swing supplier up to
 * its maximum hours, surpluses sent out, the retirement programme, S-curve capacity and heat
 * supply. Expected values worked by hand (final electricity 15 Mtce = 122.0504 TWh). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "engine_fixture.h"

static dem_year demand_of(double elec_mtce, double heat_mtce)
{
    dem_year d;
    memset(&d, 0, sizeof d);
    d.fuel_mtce[FUEL_ELEC] = elec_mtce;
    d.fuel_mtce[FUEL_HEAT] = heat_mtce;
    return d;
}

static void test_power_coal_covers_demand(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    power_year_step(fx_in(s), 2020, &d, 0, &(double){0}, &p);
    assert_float_equal(p.demand_twh, FX_FINAL_ELEC_TWH, 1e-9);
    assert_float_equal(p.gen_twh[TECH_COAL], 122.0504475, 1e-6);
    assert_float_equal(p.coal_hours, 1220.504475, 1e-5); /* 122.05 TWh / 100 GW */
    fx_free(s);
}

/* 10 % losses: 122.0504 / 0.9 = 135.6116 TWh must be supplied. */
static void test_power_losses(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_LOSS, 10);
    power_year_step(fx_in(s), 2020, &d, 0, &(double){0}, &p);
    assert_float_equal(p.demand_twh, 135.6116083, 1e-6);
    fx_free(s);
}

/* 10 GW hydro x 4000 h = 40 TWh, 15 TWh planned imports + 5 of calibration offset: coal makes
 * 122.0504 - 40 - 20 = 62.0504 TWh. */
static void test_power_must_run_and_imports_first(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_HYDRO_GW, 10);
    fx_const(s, P_POWER_IMPORT_TWH, 15);
    power_year_step(fx_in(s), 2020, &d, 5, &(double){0}, &p);
    assert_float_equal(p.gen_twh[TECH_HYDRO], 40.0, 1e-9);
    assert_float_equal(p.import_twh, 20.0, 1e-9);
    assert_float_equal(p.gen_twh[TECH_COAL], 62.0504475, 1e-6);
    fx_free(s);
}

/* 10 GW of coal at most 6500 h = 65 TWh; the other 57.0504 TWh come in as extra imports. */
static void test_power_coal_limit_gives_extra_imports(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_COAL_GW, 10);
    power_year_step(fx_in(s), 2020, &d, 0, &(double){0}, &p);
    assert_float_equal(p.gen_twh[TECH_COAL], 65.0, 1e-9);
    assert_float_equal(p.import_extra_twh, 57.0504475, 1e-6);
    assert_float_equal(p.coal_hours, 6500.0, 1e-9);
    fx_free(s);
}

/* With coal_fills_gap = 1 the same gap is built as coal instead: (122.0504 - 65) TWh at 6500 h
 * is 8.7770 GW more, all 122.0504 TWh come from coal, and the plant stays built: a year later
 * with half the demand the fleet is still 18.7770 GW. */
static void test_power_coal_built_when_short(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0), half = demand_of(7.5, 0);
    power_year p;
    double added = 0;
    (void)state;
    fx_const(s, P_POWER_COAL_GW, 10);
    fx_const(s, P_POWER_COAL_FILLS_GAP, 1);
    power_year_step(fx_in(s), 2020, &d, 0, &added, &p);
    assert_float_equal(p.coal_added_gw, 8.776992, 1e-5);
    assert_float_equal(p.cap_gw[TECH_COAL], 18.776992, 1e-5);
    assert_float_equal(p.gen_twh[TECH_COAL], 122.0504475, 1e-6);
    assert_float_equal(p.import_extra_twh, 0.0, 1e-12);
    power_year_step(fx_in(s), 2021, &half, 0, &added, &p);
    assert_float_equal(p.cap_gw[TECH_COAL], 18.776992, 1e-5);
    assert_float_equal(p.gen_twh[TECH_COAL], 61.0252238, 1e-6);
    fx_free(s);
}

/* 50 GW hydro (200 TWh) and 2 GW gas (5 TWh) against 122.05 TWh: gas idles, coal is off and the
 * remaining 77.9496 TWh are sent out: net imports -77.9496. */
static void test_power_surplus_is_sent_out(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_HYDRO_GW, 50);
    fx_const(s, P_POWER_GAS_GW, 2);
    power_year_step(fx_in(s), 2020, &d, 0, &(double){0}, &p);
    assert_float_equal(p.gen_twh[TECH_GAS], 0.0, 1e-9);
    assert_float_equal(p.gen_twh[TECH_COAL], 0.0, 1e-9);
    assert_float_equal(p.import_twh, -77.9495525, 1e-6);
    fx_free(s);
}

/* Retiring 2 GW/yr from 2025: 100 GW in 2024, 100 - 2 x 3 = 94 GW in 2027, never below zero; the
 * retired plants' output is bought in instead. */
static void test_power_coal_retirement_schedule(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_COAL_RETIRE_FROM, 2025);
    fx_const(s, P_POWER_COAL_RETIRE_RATE, 2);
    power_year_step(fx_in(s), 2024, &d, 0, &(double){0}, &p);
    assert_float_equal(p.cap_gw[TECH_COAL], 100.0, 1e-9);
    power_year_step(fx_in(s), 2027, &d, 0, &(double){0}, &p);
    assert_float_equal(p.cap_gw[TECH_COAL], 94.0, 1e-9);
    /* the 6 GW retired by 2027 are replaced by imports at 4500 h: 27 TWh */
    fx_const(s, P_POWER_COAL_RETIRE_HOURS, 4500);
    power_year_step(fx_in(s), 2027, &d, 0, &(double){0}, &p);
    assert_float_equal(p.import_twh, 27.0, 1e-9);
    assert_float_equal(p.gen_twh[TECH_COAL], 122.0504475 - 27.0, 1e-6);
    fx_const(s, P_POWER_COAL_RETIRE_RATE, 50);
    power_year_step(fx_in(s), 2027, &d, 0, &(double){0}, &p);
    assert_float_equal(p.cap_gw[TECH_COAL], 0.0, 1e-9);
    /* never more retired than planned: 100 GW x 4500 h = 450 TWh replaced; the surplus is sent out */
    assert_float_equal(p.import_twh, 122.0504475, 1e-6);
    fx_free(s);
}

/* Solar targets (2020, 1 GW) and (2030, 5 GW) under a 10 GW ceiling: 2.5 GW in 2025 (see
 * test_scurve.c), making 2.5 TWh at 1000 h. */
static void test_power_solar_on_scurve(void **state)
{
    struct scn_scenario *s = fx_make();
    static const double solar[] = {2020, 1, 2030, 5};
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_path(s, P_POWER_SOLAR_GW, 2, solar);
    power_year_step(fx_in(s), 2025, &d, 0, &(double){0}, &p);
    assert_float_equal(p.cap_gw[TECH_SOLAR], 2.5, 1e-9);
    assert_float_equal(p.gen_twh[TECH_SOLAR], 2.5, 1e-9);
    fx_free(s);
}

/* 4 Mtce of final heat at 80 % efficiency needs 5 Mtce of fuel: 25 % gas = 1.25, coal 3.75. */
static void test_power_heat_supply_fuel(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 4);
    power_year p;
    (void)state;
    power_year_step(fx_in(s), 2020, &d, 0, &(double){0}, &p);
    assert_float_equal(p.heat_gas_mtce, 1.25, 1e-9);
    assert_float_equal(p.heat_coal_mtce, 3.75, 1e-9);
    fx_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_power_coal_covers_demand),
        cmocka_unit_test(test_power_losses),
        cmocka_unit_test(test_power_must_run_and_imports_first),
        cmocka_unit_test(test_power_coal_limit_gives_extra_imports),
        cmocka_unit_test(test_power_coal_built_when_short),
        cmocka_unit_test(test_power_surplus_is_sent_out),
        cmocka_unit_test(test_power_coal_retirement_schedule),
        cmocka_unit_test(test_power_solar_on_scurve),
        cmocka_unit_test(test_power_heat_supply_fuel),
    };
    return cmocka_run_group_tests_name("power", tests, NULL, NULL);
}
