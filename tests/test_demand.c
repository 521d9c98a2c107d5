/* tests/test_demand.c - sim/model/demand.c: final energy = activity x intensity by sector, the fuel
 * split, efficiency gains, new-energy vehicles, green buildings and the calibrated coal/gas shift.
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

/* All transport on roads, half of it electric at 0.3 of the energy: 5 Mtce of driving becomes
 * 1.5 of electricity; the other 5 split 50/50: transport = 6.5 Mtce, of which 4.0 electricity. */
static void test_dem_nev_electrifies_road_transport(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_state st;
    dem_year d;
    (void)state;
    fx_const(s, P_TRANSPORT_ROAD_SHARE, 100);
    fx_const(s, P_TRANSPORT_NEV_SHARE, 50);
    dem_init(fx_in(s), 1.0, &st);
    step(s, 2020, 1000, &st, &d);
    assert_float_equal(d.sector_mtce[SEC_TRANSPORT], 6.5, 1e-9);
    /* electricity: 15 - 5 (transport's own half before) + 4.0 = 14.0 */
    assert_float_equal(d.fuel_mtce[FUEL_ELEC], 14.0, 1e-9);
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

/* Heavy industry with 20 % gas: shift +5 points gives coal 35 %, gas 15 % of 2 Mtce = 0.7 and 0.3;
 * a shift of +25 is held at the 20 points of gas there are. Other industry has no gas to move, so
 * its coal stays at 50 % of 1.2 = 0.6. */
static void test_dem_coal_gas_shift_in_industry(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_cal cal = {1.0, 0.0, 5.0};
    dem_state st;
    dem_year d;
    econ_year e;
    (void)state;
    fx_const(s, P_HEAVY_GAS, 20);
    dem_init(fx_in(s), 1.0, &st);
    econ_year_step(fx_in(s), 2020, 1000, &e);
    dem_year_step(fx_in(s), 2020, &e, &cal, &st, &d);
    /* gas: heavy 0.3; coal: heavy 0.7 + other 0.6 + the others' half of (1 + 0.8 + 5 + 10 + 10) */
    assert_float_equal(d.fuel_mtce[FUEL_GAS], 0.3, 1e-9);
    assert_float_equal(d.fuel_mtce[FUEL_COAL], 0.7 + 0.6 + 13.4, 1e-9);
    cal.coal_shift = 25.0;
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
        cmocka_unit_test(test_dem_nev_electrifies_road_transport),
        cmocka_unit_test(test_dem_green_buildings),
        cmocka_unit_test(test_dem_coal_gas_shift_in_industry),
        cmocka_unit_test(test_dem_level_scales_all_sectors),
    };
    return cmocka_run_group_tests_name("demand", tests, NULL, NULL);
}
