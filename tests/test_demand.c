/* tests/test_demand.c - sim/model/demand.c: final energy = activity x intensity by sector, the fuel
 * split (electricity of all, the others of the non-electric part), the end-use ratio of electricity,
 * efficiency gains, NEV stock turnover, heat pumps, green buildings, cement output and the
 * calibrated coal/gas shift.
 * Expected values worked by hand from the fixture (tests/engine_fixture.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "engine_fixture.h"

static const dem_cal no_cal = {1.0, 0.0, 0.0};

static void step(const struct scn_scenario *s, int year, double gdp, dem_state *st, dem_year *d)
{
    econ_year e;
    econ_year_step(fx_in(s), year, gdp, &e);
    dem_year_step(fx_in(s), year, &e, &no_cal, st, d);
}

/* Fixture 2020: 1 + 2 + 1.2 + 0.8 + 5 + 10 + 10 = 30 Mtce, half electricity, half coal. */
static void test_dem_sector_energy_by_hand(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_state st;
    dem_year d;
    (void)state;
    dem_init(fx_in(s), 1.0, &st);
    step(s, 2020, 1000, &st, &d);
    assert_float_equal(d.sector_mtce[SEC_AGRI], 1.0, 1e-9);
    assert_float_equal(d.sector_mtce[SEC_HEAVY], 2.0, 1e-9);
    assert_float_equal(d.sector_mtce[SEC_OTHERIND], 1.2, 1e-9);
    assert_float_equal(d.sector_mtce[SEC_HIGHTECH], 0.8, 1e-9);
    assert_float_equal(d.sector_mtce[SEC_SERVICES], 5.0, 1e-9);
    assert_float_equal(d.sector_mtce[SEC_TRANSPORT], 10.0, 1e-9);
    assert_float_equal(d.sector_mtce[SEC_HOUSE], 10.0, 1e-9);
    assert_float_equal(d.total_mtce, 30.0, 1e-9);
    assert_float_equal(d.fuel_mtce[FUEL_ELEC], 15.0, 1e-9);
    assert_float_equal(d.fuel_mtce[FUEL_COAL], 15.0, 1e-9);
    fx_free(s);
}

/* 2 %/yr gain, GDP +5 %: value-added sectors x 1.05 x 0.98 = 1.029 (20 -> 20.58), households
 * (same population) x 0.98 (10 -> 9.8): 30.38 Mtce in 2021. */
static void test_dem_efficiency_gain(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_state st;
    dem_year d;
    (void)state;
    for (int k = 0; k < SEC_COUNT; k++) fx_const(s, model_sector_param(k, 1), 2.0);
    dem_init(fx_in(s), 1.0, &st);
    step(s, 2020, 1000, &st, &d);
    step(s, 2021, 1050, &st, &d);
    assert_float_equal(d.total_mtce, 30.38, 1e-9);
    fx_free(s);
}

/* End use: services at 50 % electricity with elec_ratio 2 in 2020 (g = 1 - 0.5 + 2 x 0.5 = 1.5), then
 * 60 % in 2021 (g = 1.6), same activity. Useful energy stays 5 x 1.5 = 7.5; final energy is
 * 7.5 / 1.6 = 4.6875 Mtce (less than 5: each unit of electricity does twice the work), of which
 * electricity 7.5 x 0.6 / 1.6 = 2.8125 and fuel 7.5 x 0.4 / 1.6 = 1.875. */
static void test_dem_electrification_lowers_final_energy(void **state)
{
    struct scn_scenario *s = fx_make();
    static const double elec[] = {2020, 50, 2021, 60};
    dem_state st;
    dem_year d;
    (void)state;
    fx_const(s, P_ECONOMY_GDP_GROWTH, 0);
    fx_const(s, P_SERVICES_ELEC_RATIO, 2.0);
    fx_path(s, P_SERVICES_ELEC, 2, elec);
    dem_init(fx_in(s), 1.0, &st);
    step(s, 2020, 1000, &st, &d);
    assert_float_equal(d.sector_mtce[SEC_SERVICES], 5.0, 1e-9); /* the first year is the file's intensity */
    step(s, 2021, 1000, &st, &d);
    assert_float_equal(d.sector_mtce[SEC_SERVICES], 4.6875, 1e-9);
    assert_float_equal(d.sector_fuel_mtce[SEC_SERVICES][FUEL_ELEC], 2.8125, 1e-9);
    assert_float_equal(d.sector_fuel_mtce[SEC_SERVICES][FUEL_COAL], 1.875, 1e-9);
    fx_free(s);
}

/* Raising elec_pct takes room from every other fuel in proportion: heavy industry with 40 % gas,
 * 10 % oil of its non-electric part (coal 50 %); electricity 50 -> 75 % (ratio 1, so 2 Mtce stay
 * 2 Mtce): the non-electric 0.5 Mtce splits 0.2 gas, 0.05 oil, 0.25 coal. */
static void test_dem_shares_of_the_non_electric_part(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_state st;
    dem_year d;
    (void)state;
    fx_const(s, P_HEAVY_GAS, 40);
    fx_const(s, P_HEAVY_OIL, 10);
    fx_const(s, P_HEAVY_ELEC, 75);
    dem_init(fx_in(s), 1.0, &st);
    step(s, 2020, 1000, &st, &d);
    assert_float_equal(d.sector_fuel_mtce[SEC_HEAVY][FUEL_ELEC], 1.5, 1e-9);
    assert_float_equal(d.sector_fuel_mtce[SEC_HEAVY][FUEL_GAS], 0.2, 1e-9);
    assert_float_equal(d.sector_fuel_mtce[SEC_HEAVY][FUEL_OIL], 0.05, 1e-9);
    assert_float_equal(d.sector_fuel_mtce[SEC_HEAVY][FUEL_COAL], 0.25, 1e-9);
    fx_free(s);
}

/* NEV stock turnover, lifetime 10 yr (a tenth scrapped a year), no fleet growth, NEVs 50 % of
 * sales from 2020, none in the stock in 2020: stock 0.5 x 0.1 = 5 % in 2021, 5 x 0.9 + 5 = 9.5 %
 * in 2022. With the fleet growing 10 %/yr, 20 % of the 2021 fleet (1.1) is new: 0.5 x 0.2 / 1.1 =
 * 9.0909 %. All transport on roads, an EV-km at 0.3 of the energy: transport 2021 (no growth)
 * 10 x (1 - 0.05 + 0.05 x 0.3) = 9.65 Mtce, electricity 10 x (0.95 x 0.5 + 0.05 x 0.3) = 4.9. */
static void test_dem_nev_stock_turnover(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_state st;
    dem_year d;
    (void)state;
    fx_const(s, P_ECONOMY_GDP_GROWTH, 0);
    fx_const(s, P_TRANSPORT_ROAD_SHARE, 100);
    fx_const(s, P_TRANSPORT_NEV_SHARE, 50);
    dem_init(fx_in(s), 1.0, &st);
    step(s, 2020, 1000, &st, &d);
    assert_float_equal(d.nev_stock_pct, 0.0, 1e-12);
    assert_float_equal(d.sector_mtce[SEC_TRANSPORT], 10.0, 1e-9);
    step(s, 2021, 1000, &st, &d);
    assert_float_equal(d.nev_stock_pct, 5.0, 1e-9);
    assert_float_equal(d.sector_mtce[SEC_TRANSPORT], 9.65, 1e-9);
    assert_float_equal(d.sector_fuel_mtce[SEC_TRANSPORT][FUEL_ELEC], 4.9, 1e-9);
    step(s, 2022, 1000, &st, &d);
    assert_float_equal(d.nev_stock_pct, 9.5, 1e-9);
    fx_const(s, P_TRANSPORT_FLEET_GROWTH, 10);
    dem_init(fx_in(s), 1.0, &st);
    step(s, 2020, 1000, &st, &d);
    step(s, 2021, 1000, &st, &d);
    assert_float_equal(d.nev_stock_pct, 100.0 * 0.5 * 0.2 / 1.1, 1e-9);
    fx_free(s);
}

/* Heat pumps: heating and hot water 30 % of building useful energy, heat pumps serve half of it in
 * 2030 (none in 2020) at 3 times a boiler's useful heat. x = 0.15: services 5 x (0.85 + 0.15 / 3)
 * = 4.5 Mtce, of which electricity 5 x (0.85 x 0.5 + 0.05) = 2.375; households 10 x 0.9 = 9. */
static void test_dem_heat_pumps(void **state)
{
    struct scn_scenario *s = fx_make();
    static const double hp[] = {2020, 0, 2030, 50};
    dem_state st;
    dem_year d;
    (void)state;
    fx_const(s, P_ECONOMY_GDP_GROWTH, 0);
    fx_const(s, P_BUILDINGS_HEATING_SHARE, 30);
    fx_path(s, P_BUILDINGS_HEAT_PUMP, 2, hp);
    dem_init(fx_in(s), 1.0, &st);
    step(s, 2030, 1000, &st, &d);
    assert_float_equal(d.sector_mtce[SEC_SERVICES], 4.5, 1e-9);
    assert_float_equal(d.sector_fuel_mtce[SEC_SERVICES][FUEL_ELEC], 2.375, 1e-9);
    assert_float_equal(d.sector_mtce[SEC_HOUSE], 9.0, 1e-9);
    fx_free(s);
}

/* Cement inside heavy industry: 10 Mt in 2020 at 60 kgce/t of kiln coal (0.6 Mtce) and 100 kWh/t
 * (1 TWh = 0.1229 Mtce): the rest of heavy industry is 2 - 0.7229 = 1.2771 Mtce. Cement doubles to
 * 20 Mt in 2021 (no growth): heavy 1.2771 + 1.2 + 0.2458 = 2.7229 Mtce, coal 1.2771 / 2 + 1.2. */
static void test_dem_cement_output_drives_energy(void **state)
{
    struct scn_scenario *s = fx_make();
    static const double cement[] = {2020, 10, 2021, 20};
    dem_state st;
    dem_year d;
    (void)state;
    fx_const(s, P_ECONOMY_GDP_GROWTH, 0);
    fx_path(s, P_EMIS_CEMENT_MT, 2, cement);
    fx_const(s, P_INDUSTRY_CEMENT_FUEL, 60);
    fx_const(s, P_INDUSTRY_CEMENT_ELEC, 100);
    dem_init(fx_in(s), 1.0, &st);
    step(s, 2020, 1000, &st, &d);
    assert_float_equal(d.sector_mtce[SEC_HEAVY], 2.0, 1e-9);
    assert_float_equal(d.cement_fuel_mtce[FUEL_COAL], 0.6, 1e-9);
    step(s, 2021, 1000, &st, &d);
    assert_float_equal(d.sector_mtce[SEC_HEAVY], 2.7229, 1e-9);
    assert_float_equal(d.sector_fuel_mtce[SEC_HEAVY][FUEL_COAL], 1.2771 / 2 + 1.2, 1e-9);
    fx_free(s);
}

/* Green share 0 -> 50 % of floor area saving 20 %: in 2030 buildings use 1 - 0.5 x 0.2 = 0.9 of
 * the energy: services 5 x 0.9 = 4.5 and households 10 x 0.9 = 9 (same activity as 2020). */
static void test_dem_green_buildings(void **state)
{
    struct scn_scenario *s = fx_make();
    static const double green[] = {2020, 0, 2030, 50};
    dem_state st;
    dem_year d;
    (void)state;
    fx_path(s, P_BUILDINGS_GREEN_SHARE, 2, green);
    fx_const(s, P_ECONOMY_GDP_GROWTH, 0);
    dem_init(fx_in(s), 1.0, &st);
    step(s, 2030, 1000, &st, &d);
    assert_float_equal(d.sector_mtce[SEC_SERVICES], 4.5, 1e-9);
    assert_float_equal(d.sector_mtce[SEC_HOUSE], 9.0, 1e-9);
    fx_free(s);
}

/* Heavy industry with 40 % gas in its non-electric half (1 Mtce): shift +10 points gives coal 70 %,
 * gas 30 % of 1 Mtce = 0.7 and 0.3 (with the other 50 % electricity);
 * a shift of +45 is held at the 40 points of gas there are. Other industry has no gas to move, so
 * its coal stays at 50 % of 1.2 = 0.6. */
static void test_dem_coal_gas_shift_in_industry(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_cal cal = {1.0, 0.0, 10.0};
    dem_state st;
    dem_year d;
    econ_year e;
    (void)state;
    fx_const(s, P_HEAVY_GAS, 40);
    dem_init(fx_in(s), 1.0, &st);
    econ_year_step(fx_in(s), 2020, 1000, &e);
    dem_year_step(fx_in(s), 2020, &e, &cal, &st, &d);
    /* gas: heavy 0.3; coal: heavy 0.7 + other 0.6 + the others' half of (1 + 0.8 + 5 + 10 + 10) */
    assert_float_equal(d.fuel_mtce[FUEL_GAS], 0.3, 1e-9);
    assert_float_equal(d.fuel_mtce[FUEL_COAL], 0.7 + 0.6 + 13.4, 1e-9);
    cal.coal_shift = 45.0;
    dem_year_step(fx_in(s), 2020, &e, &cal, &st, &d);
    assert_float_equal(d.fuel_mtce[FUEL_GAS], 0.0, 1e-9);
    assert_float_equal(d.total_mtce, 30.0, 1e-9); /* a shift moves energy between fuels only */
    fx_free(s);
}

/* The calibrated level multiplies every sector: level 2 doubles the 30 Mtce. */
static void test_dem_level_scales_all_sectors(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_state st;
    dem_year d;
    (void)state;
    dem_init(fx_in(s), 2.0, &st);
    step(s, 2020, 1000, &st, &d);
    assert_float_equal(d.total_mtce, 60.0, 1e-9);
    fx_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dem_sector_energy_by_hand),
        cmocka_unit_test(test_dem_efficiency_gain),
        cmocka_unit_test(test_dem_electrification_lowers_final_energy),
        cmocka_unit_test(test_dem_shares_of_the_non_electric_part),
        cmocka_unit_test(test_dem_nev_stock_turnover),
        cmocka_unit_test(test_dem_heat_pumps),
        cmocka_unit_test(test_dem_cement_output_drives_energy),
        cmocka_unit_test(test_dem_green_buildings),
        cmocka_unit_test(test_dem_coal_gas_shift_in_industry),
        cmocka_unit_test(test_dem_level_scales_all_sectors),
    };
    return cmocka_run_group_tests_name("demand", tests, NULL, NULL);
}
