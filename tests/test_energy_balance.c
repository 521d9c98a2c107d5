/* tests/test_energy_balance.c - sim/model/energy_balance.c: total energy and shares by the
 * coal-equivalent method (primary electricity and counted imports at the supply coal rate, net
 * exports deducted from what local plants generate). Worked by hand. */
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

/* All coal: 15 Mtce final + 122.0504 TWh x 300 gce/kWh = 36.6151 Mtce: 51.6151 Mtce, 100 % coal. */
static void test_balance_all_coal(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = final_coal_elec(15, 15);
    power_year p;
    balance_year b;
    (void)state;
    power_year_step(fx_in(s), 2020, &d, 0, &(power_state){{0}, {0}}, &p);
    balance_year_step(fx_in(s), 2020, &d, &p, &b);
    assert_float_equal(b.total_mtce, 51.61513426, 1e-6);
    assert_float_equal(b.coal_pct, 100.0, 1e-9);
    assert_float_equal(b.nonfossil_pct, 0.0, 1e-9);
    fx_free(s);
}

/* 20 TWh of imports count at 300 gce/kWh = 6 Mtce of non-fossil; coal power falls by the same
 * 20 TWh, so the total stays 51.6151 and the non-fossil share is 6 / 51.6151 = 11.6245 %. With the
 * convention off, the imports vanish from the total: 45.6151 Mtce, 0 % non-fossil. */
static void test_balance_imports_at_coal_equivalent(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = final_coal_elec(15, 15);
    power_year p;
    balance_year b;
    (void)state;
    fx_const(s, P_POWER_IMPORT_TWH, 20);
    power_year_step(fx_in(s), 2020, &d, 0, &(power_state){{0}, {0}}, &p);
    balance_year_step(fx_in(s), 2020, &d, &p, &b);
    assert_float_equal(b.nonfossil_mtce, 6.0, 1e-9);
    assert_float_equal(b.total_mtce, 51.61513426, 1e-6);
    assert_float_equal(b.nonfossil_pct, 11.62449, 1e-4);
    fx_const(s, P_POWER_IMPORT_COUNTS, 0);
    balance_year_step(fx_in(s), 2020, &d, &p, &b);
    assert_float_equal(b.total_mtce, 45.61513426, 1e-6);
    assert_float_equal(b.nonfossil_pct, 0.0, 1e-9);
    fx_free(s);
}

/* Local plants make 100 TWh hydro and 100 TWh coal and 50 TWh are sent out: 15 Mtce leave the
 * total, half from coal and half from non-fossil. Coal 15 + 30 - 7.5 = 37.5, non-fossil
 * 30 - 7.5 = 22.5, total 60, coal share 62.5 %. */
static void test_balance_exports_deducted_by_generation_mix(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = final_coal_elec(15, 0);
    power_year p;
    balance_year b;
    (void)state;
    memset(&p, 0, sizeof p);
    p.gen_twh[TECH_HYDRO] = 100;
    p.gen_twh[TECH_COAL] = 100;
    p.fuel_mtce[FUEL_COAL] = 30; /* what the power step burns for it: 100 TWh x 300 gce/kWh */
    p.import_twh = -50;
    balance_year_step(fx_in(s), 2020, &d, &p, &b);
    assert_float_equal(b.coal_mtce, 37.5, 1e-9);
    assert_float_equal(b.nonfossil_mtce, 22.5, 1e-9);
    assert_float_equal(b.total_mtce, 60.0, 1e-9);
    assert_float_equal(b.coal_pct, 62.5, 1e-9);
    fx_free(s);
}

/* Shares of a mixed year add up to 100. Oil 10, gas 5 (final), coal 15 + power. */
static void test_balance_shares_add_to_100(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = final_coal_elec(15, 15);
    power_year p;
    balance_year b;
    (void)state;
    d.fuel_mtce[FUEL_OIL] = 10;
    d.fuel_mtce[FUEL_GAS] = 5;
    fx_const(s, P_POWER_HYDRO_GW, 5);
    power_year_step(fx_in(s), 2020, &d, 0, &(power_state){{0}, {0}}, &p);
    balance_year_step(fx_in(s), 2020, &d, &p, &b);
    assert_float_equal(b.coal_pct + b.oil_pct + b.gas_pct + b.nonfossil_pct, 100.0, 1e-9);
    /* hydro 5 GW x 4000 h = 20 TWh -> 6 Mtce; oil 10 of 51.6151 + 10 + 5 = 66.6151 */
    assert_float_equal(b.oil_pct, 100.0 * 10 / 66.61513426, 1e-6);
    fx_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_balance_all_coal),
        cmocka_unit_test(test_balance_imports_at_coal_equivalent),
        cmocka_unit_test(test_balance_exports_deducted_by_generation_mix),
        cmocka_unit_test(test_balance_shares_add_to_100),
    };
    return cmocka_run_group_tests_name("energy_balance", tests, NULL, NULL);
}
