/* tests/test_emissions.c - sim/model/emissions.c: CO2 by fuel burnt in the province, cement process
 * CO2, capture at source (cement first, from its start year, never more than emitted; power-plant
 * capture from the power step), sink, net CO2 and the import line. Power years are built by hand.
 * Worked by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "engine_fixture.h"

/* Final coal 15, electricity 15, oil 4; coal power 122.0504 TWh burning 36.6151 Mtce. */
static void fixture_year(struct scn_scenario *s, int year, dem_year *d, power_year *p, emis_year *e)
{
    memset(d, 0, sizeof *d);
    memset(p, 0, sizeof *p);
    d->fuel_mtce[FUEL_COAL] = 15;
    d->fuel_mtce[FUEL_ELEC] = 15;
    d->fuel_mtce[FUEL_OIL] = 4;
    p->gen_twh[TECH_COAL] = FX_FINAL_ELEC_TWH;
    p->fuel_mtce[FUEL_COAL] = FX_FINAL_ELEC_TWH * 0.3;
    emis_year_step(fx_in(s), year, d, p, e);
}

/* Coal 51.6151 Mtce x 2.5 = 129.0378 Mt; oil 4 x 2.0 = 8: energy CO2 137.0378 Mt. */
static void test_emis_by_fuel(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d;
    power_year p;
    emis_year e;
    (void)state;
    fixture_year(s, 2020, &d, &p, &e);
    assert_float_equal(e.fuel_mt[FUEL_COAL], 129.0378356, 1e-5);
    assert_float_equal(e.fuel_mt[FUEL_OIL], 8.0, 1e-9);
    assert_float_equal(e.energy_mt, 137.0378356, 1e-5);
    fx_free(s);
}

/* 10 Mt cement x 0.3 t/t = 3 Mt process; sink 20: gross 140.0378, net 120.0378. */
static void test_emis_process_and_sink(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d;
    power_year p;
    emis_year e;
    (void)state;
    fx_const(s, P_EMIS_CEMENT_MT, 10);
    fx_const(s, P_EMIS_CEMENT_EF, 0.3);
    fx_const(s, P_EMIS_SINK_MT, 20);
    fixture_year(s, 2020, &d, &p, &e);
    assert_float_equal(e.process_mt, 3.0, 1e-9);
    assert_float_equal(e.gross_mt, 140.0378356, 1e-5);
    assert_float_equal(e.net_mt, 120.0378356, 1e-5);
    fx_free(s);
}

/* Industrial CCUS from 2025: cement 10 Mt, 3 Mt process CO2 and 0.6 Mtce of kiln coal (1.5 Mt); the
 * rest of heavy industry burns 1.4 Mtce of coal (3.5 Mt). Nothing is captured in 2024. In 2025, 4 Mt
 * come from cement (4.5 Mt capturable): of it 4 x 3 / 4.5 = 2.6667 process, 1.3333 energy CO2, so
 * gross falls by exactly 4. A path of 100 Mt is held at the 4.5 + 3.5 = 8 Mt the plants emit. */
static void test_emis_industrial_ccus(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d;
    power_year p;
    emis_year e;
    double gross0;
    (void)state;
    fx_const(s, P_EMIS_CEMENT_MT, 10);
    fx_const(s, P_EMIS_CEMENT_EF, 0.3);
    fx_const(s, P_EMIS_CCUS_START, 2025);
    fx_const(s, P_EMIS_CCUS_MT, 4);
    fx_const(s, P_YEARS_END, 2030);
    memset(&d, 0, sizeof d);
    memset(&p, 0, sizeof p);
    d.fuel_mtce[FUEL_COAL] = 2.0;
    d.sector_fuel_mtce[SEC_HEAVY][FUEL_COAL] = 2.0;
    d.cement_fuel_mtce[FUEL_COAL] = 0.6;
    emis_year_step(fx_in(s), 2024, &d, &p, &e);
    assert_float_equal(e.ccus_mt, 0.0, 1e-12);
    gross0 = e.gross_mt;
    assert_float_equal(gross0, 3.0 + 5.0, 1e-9);
    emis_year_step(fx_in(s), 2025, &d, &p, &e);
    assert_float_equal(e.ccus_industry_mt, 4.0, 1e-9);
    assert_float_equal(e.process_mt, 3.0 - 4.0 * 3.0 / 4.5, 1e-9);
    assert_float_equal(e.energy_mt, 5.0 - 4.0 * 1.5 / 4.5, 1e-9);
    assert_float_equal(e.gross_mt, gross0 - 4.0, 1e-9);
    fx_const(s, P_EMIS_CCUS_MT, 100);
    emis_year_step(fx_in(s), 2025, &d, &p, &e);
    assert_float_equal(e.ccus_mt, 8.0, 1e-9);
    assert_float_equal(e.gross_mt, 0.0, 1e-9);
    fx_free(s);
}

/* Capture at power plants (filled by the power step) comes off energy CO2 and counts in CCUS,
 * not in the sink: 10 Mt captured of 129.04 burnt. */
static void test_emis_power_ccus(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d;
    power_year p;
    emis_year e;
    (void)state;
    fixture_year(s, 2020, &d, &p, &e);
    p.ccus_mt = 10;
    emis_year_step(fx_in(s), 2020, &d, &p, &e);
    assert_float_equal(e.energy_mt, 137.0378356 - 10.0, 1e-5);
    assert_float_equal(e.ccus_mt, 10.0, 1e-9);
    assert_float_equal(e.net_mt, e.gross_mt, 1e-9); /* no sink here */
    fx_free(s);
}

/* Imports carry their own CO2 (the power step's import_co2_mt) on a line outside the territorial
 * total; power sent out is still burnt here (territorial accounting, as CEADs). */
static void test_emis_import_line_and_exports(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d;
    power_year p;
    emis_year e;
    (void)state;
    memset(&d, 0, sizeof d);
    memset(&p, 0, sizeof p);
    p.import_twh = 20;
    p.import_co2_mt = 10;
    emis_year_step(fx_in(s), 2020, &d, &p, &e);
    assert_float_equal(e.import_mt, 10.0, 1e-9);
    assert_float_equal(e.gross_mt, 0.0, 1e-12);
    memset(&p, 0, sizeof p);
    p.gen_twh[TECH_COAL] = 100;
    p.fuel_mtce[FUEL_COAL] = 30; /* 100 TWh x 300 gce/kWh */
    p.import_twh = -50;
    emis_year_step(fx_in(s), 2020, &d, &p, &e);
    assert_float_equal(e.fuel_mt[FUEL_COAL], 75.0, 1e-9);
    assert_float_equal(e.import_mt, 0.0, 1e-9);
    fx_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_emis_by_fuel),
        cmocka_unit_test(test_emis_process_and_sink),
        cmocka_unit_test(test_emis_industrial_ccus),
        cmocka_unit_test(test_emis_power_ccus),
        cmocka_unit_test(test_emis_import_line_and_exports),
    };
    return cmocka_run_group_tests_name("emissions", tests, NULL, NULL);
}
