/* tests/test_energy_balance.c - sim/model/energy_balance.c: total energy and its shares by the
 * coal-equivalent method (primary electricity and counted imports at the supply coal rate, imports
 * split into a non-fossil and a fossil part, net exports deducted from what local plants generate),
 * on hand-built power years and on a whole run of a fixture with heat, gas and imports. Worked by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "engine_fixture.h"

static dem_year final_coal_elec(double coal, double elec)
{
    dem_year d;
    memset(&d, 0, sizeof d);
    d.fuel_mtce[FUEL_COAL] = coal;
    d.fuel_mtce[FUEL_ELEC] = elec;
    return d;
}

/* A power year built by hand (not by the power step, which these tests do not test): coal
 * generation with the fuel it burns at 300 gce/kWh. */
static power_year coal_power(double coal_twh)
{
    power_year p;
    memset(&p, 0, sizeof p);
    p.gen_twh[TECH_COAL] = coal_twh;
    p.fuel_mtce[FUEL_COAL] = coal_twh * 0.3;
    return p;
}

/* All coal: 15 Mtce final + 122.0504 TWh x 300 gce/kWh = 36.6151 Mtce: 51.6151 Mtce, 100 % coal. */
static void test_balance_all_coal(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = final_coal_elec(15, 15);
    power_year p = coal_power(FX_FINAL_ELEC_TWH);
    balance_year b;
    (void)state;
    balance_year_step(fx_in(s), 2020, &d, &p, &b);
    assert_float_equal(b.total_mtce, 51.61513426, 1e-6);
    assert_float_equal(b.pct[FUEL_COAL], 100.0, 1e-9);
    assert_float_equal(b.pct[BAL_NONFOSSIL], 0.0, 1e-9);
    fx_free(s);
}

/* 20 TWh imported, of which 12 non-fossil: at 300 gce/kWh 3.6 Mtce non-fossil and 2.4 Mtce of
 * imported fossil power; with 102.05 TWh of local coal power the total is 15 + 30.6151 + 6 =
 * 51.6151 Mtce and the non-fossil share 3.6 / 51.6151 = 6.9747 % (not 11.62 %: only the non-fossil
 * part of imports counts as non-fossil). With the convention off, the imports leave the total:
 * 45.6151 Mtce, 0 % non-fossil. */
static void test_balance_imports_split_fossil_and_nonfossil(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = final_coal_elec(15, 15);
    power_year p = coal_power(FX_FINAL_ELEC_TWH - 20);
    balance_year b;
    (void)state;
    p.import_twh = 20;
    p.import_nonfossil_twh = 12;
    balance_year_step(fx_in(s), 2020, &d, &p, &b);
    assert_float_equal(b.mtce[BAL_NONFOSSIL], 3.6, 1e-9);
    assert_float_equal(b.mtce[BAL_IMPORT_FOSSIL], 2.4, 1e-9);
    assert_float_equal(b.total_mtce, 51.61513426, 1e-6);
    assert_float_equal(b.pct[BAL_NONFOSSIL], 100.0 * 3.6 / 51.61513426, 1e-6);
    fx_const(s, P_POWER_IMPORT_COUNTS, 0);
    balance_year_step(fx_in(s), 2020, &d, &p, &b);
    assert_float_equal(b.total_mtce, 45.61513426, 1e-6);
    assert_float_equal(b.pct[BAL_NONFOSSIL], 0.0, 1e-9);
    fx_free(s);
}

/* Local plants make 100 TWh hydro and 100 TWh coal and 50 TWh are sent out: 15 Mtce leave the
 * total, half from coal and half from non-fossil. Coal 15 + 30 - 7.5 = 37.5, non-fossil
 * 30 - 7.5 = 22.5, total 60, coal share 62.5 %. */
static void test_balance_exports_deducted_by_generation_mix(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = final_coal_elec(15, 0);
    power_year p = coal_power(100);
    balance_year b;
    (void)state;
    p.gen_twh[TECH_HYDRO] = 100;
    p.import_twh = -50;
    balance_year_step(fx_in(s), 2020, &d, &p, &b);
    assert_float_equal(b.mtce[FUEL_COAL], 37.5, 1e-9);
    assert_float_equal(b.mtce[BAL_NONFOSSIL], 22.5, 1e-9);
    assert_float_equal(b.total_mtce, 60.0, 1e-9);
    assert_float_equal(b.pct[FUEL_COAL], 62.5, 1e-9);
    fx_free(s);
}

/* A whole run of the fixture with heat, gas and imports above zero. Every sector 50 % electricity;
 * of the non-electric half 20 % gas, 20 % heat, 60 % coal: of 30 Mtce final, 15 electricity, 3 gas,
 * 3 heat, 9 coal. Heat at 80 % efficiency needs 3.75 Mtce, 25 % gas: 0.9375 gas, 2.8125 coal.
 * 20 TWh imported; coal power 122.0504 - 20 = 102.0504 TWh x 0.3 = 30.6151 Mtce.
 *   coal  = 9 + 30.6151 + 2.8125 = 42.4276      gas = 3 + 0.9375 = 3.9375
 *   imports 20 TWh x 0.3 = 6 Mtce (non-fossil and fossil parts together)
 *   total = 52.3651 Mtce;  CO2 = 42.4276 x 2.5 + 3.9375 x 1.5 = 111.9753 Mt.
 * Leaving heat-plant coal out of the balance or the emissions (2.8125 Mtce) fails this test. */
static void test_balance_whole_run_with_heat_gas_imports(void **state)
{
    struct scn_scenario *s = fx_make();
    run_result *r = calloc(1, sizeof *r);
    double cal[CAL_COUNT] = {1.0, 0, 0, 0, 0};
    (void)state;
    for (int k = 0; k < SEC_COUNT; k++) {
        fx_const(s, model_sector_param(k, SK_GAS), 20);
        fx_const(s, model_sector_param(k, SK_HEAT), 20);
    }
    fx_const(s, P_POWER_IMPORT_TWH, 20);
    run_years(s, cal, 2020, r);
    assert_float_equal(run_at(r, RV_FIN_TOTAL, 2020), 30.0, 1e-9);
    assert_float_equal(run_at(r, RV_COAL, 2020), 42.42763426, 1e-6);
    assert_float_equal(run_at(r, RV_GAS, 2020), 3.9375, 1e-9);
    assert_float_equal(run_at(r, RV_NONFOSSIL, 2020) + run_at(r, RV_IMPORT_FOSSIL, 2020), 6.0, 1e-9);
    assert_float_equal(run_at(r, RV_ENERGY, 2020), 52.36513426, 1e-6);
    assert_float_equal(run_at(r, RV_CO2_ENERGY, 2020), 111.9753357, 1e-5);
    free(r);
    fx_free(s);
}

/* The shares are computed each on its own, so their sum is an identity that breaks if a category
 * is left out of the total. Oil 10, gas 5 (final), coal 15 + 122.05 - 20 TWh of coal power,
 * 20 TWh of hydro (6 Mtce): 10 / (15 + 30.6151 + 10 + 5 + 6) = 15.0124 % oil. */
static void test_balance_shares_are_parts_of_the_total(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = final_coal_elec(15, 15);
    power_year p = coal_power(FX_FINAL_ELEC_TWH - 20);
    balance_year b;
    double sum = 0;
    (void)state;
    d.fuel_mtce[FUEL_OIL] = 10;
    d.fuel_mtce[FUEL_GAS] = 5;
    p.gen_twh[TECH_HYDRO] = 20;
    balance_year_step(fx_in(s), 2020, &d, &p, &b);
    for (int c = 0; c < BAL_COUNT; c++) sum += b.pct[c];
    assert_float_equal(sum, 100.0, 1e-9);
    assert_float_equal(b.pct[FUEL_OIL], 100.0 * 10 / 66.61513426, 1e-6);
    assert_float_equal(b.pct[BAL_NONFOSSIL], 100.0 * 6 / 66.61513426, 1e-6);
    fx_free(s);
}

/* The assessed energy of the 2022 rule: hydro 0 GW in 2020 -> 10 GW in 2030 at 4000 h is 40 TWh of new
 * renewable electricity in 2030, deducted at 300 gce/kWh: 12 Mtce below the statistics' total, and
 * nothing in 2020 (the base year). */
static void test_balance_assessed_energy_deducts_new_renewables(void **state)
{
    struct scn_scenario *s = fx_make();
    static const double hydro[] = {2020, 0, 2030, 10};
    run_result *r = calloc(1, sizeof *r);
    double cal[CAL_COUNT] = {1.0, 0, 0, 0, 0};
    (void)state;
    fx_path(s, P_POWER_HYDRO_GW, 2, hydro);
    run_years(s, cal, 2030, r);
    assert_true(fabs(run_at(r, RV_RENEWABLE_TWH, 2030) - 40.0) < 1e-9);
    assert_true(fabs(run_at(r, RV_ENERGY_ASSESSED, 2020) - run_at(r, RV_ENERGY, 2020)) < 1e-9);
    assert_true(fabs(run_at(r, RV_ENERGY, 2030) - run_at(r, RV_ENERGY_ASSESSED, 2030) - 12.0) < 1e-9);
    free(r);
    fx_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_balance_all_coal),
        cmocka_unit_test(test_balance_imports_split_fossil_and_nonfossil),
        cmocka_unit_test(test_balance_exports_deducted_by_generation_mix),
        cmocka_unit_test(test_balance_whole_run_with_heat_gas_imports),
        cmocka_unit_test(test_balance_shares_are_parts_of_the_total),
        cmocka_unit_test(test_balance_assessed_energy_deducts_new_renewables),
    };
    return cmocka_run_group_tests_name("energy_balance", tests, NULL, NULL);
}
