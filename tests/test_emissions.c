/* tests/test_emissions.c - sim/model/emissions.c: CO2 by fuel burnt in the province, cement process
 * CO2, CCUS (never more than emitted), sink, net CO2 and the import line. Worked by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "engine_fixture.h"

static void fixture_year(struct scn_scenario *s, dem_year *d, power_year *p, emis_year *e)
{
    memset(d, 0, sizeof *d);
    d->fuel_mtce[FUEL_COAL] = 15;
    d->fuel_mtce[FUEL_ELEC] = 15;
    d->fuel_mtce[FUEL_OIL] = 4;
    power_year_step(fx_in(s), 2020, d, 0, &(power_state){{0}, {0}}, p);
    emis_year_step(fx_in(s), 2020, d, p, e);
}

/* Coal 51.6151 Mtce x 2.5 = 129.0378 Mt; oil 4 x 2.0 = 8: energy CO2 137.0378 Mt. */
static void test_emis_by_fuel(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d;
    power_year p;
    emis_year e;
    (void)state;
    fixture_year(s, &d, &p, &e);
    assert_float_equal(e.coal_mt, 129.0378356, 1e-5);
    assert_float_equal(e.oil_mt, 8.0, 1e-9);
    assert_float_equal(e.energy_mt, 137.0378356, 1e-5);
    fx_free(s);
}

/* 10 Mt cement x 0.3 t/t = 3 Mt process; sink 20; CCUS 1000 is held at the gross 140.0378. */
static void test_emis_process_ccus_sink(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d;
    power_year p;
    emis_year e;
    (void)state;
    fx_const(s, P_EMIS_CEMENT_MT, 10);
    fx_const(s, P_EMIS_CEMENT_EF, 0.3);
    fx_const(s, P_EMIS_SINK_MT, 20);
    fixture_year(s, &d, &p, &e);
    assert_float_equal(e.process_mt, 3.0, 1e-9);
    assert_float_equal(e.gross_mt, 140.0378356, 1e-5);
    assert_float_equal(e.net_mt, 120.0378356, 1e-5);
    fx_const(s, P_EMIS_CCUS_MT, 1000);
    fixture_year(s, &d, &p, &e);
    assert_float_equal(e.ccus_mt, e.gross_mt, 1e-9);
    assert_float_equal(e.net_mt, -20.0, 1e-9);
    fx_free(s);
}

/* 20 TWh imported, half of it fossil at 1.0 kg/kWh: 20 x 0.5 x 1.0 = 10 Mt on the import line,
 * outside the territorial total: coal power falls by 20 TWh x 0.3 x 2.5 = 15 Mt. */
static void test_emis_import_line(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d;
    power_year p;
    emis_year e;
    (void)state;
    fx_const(s, P_POWER_IMPORT_TWH, 20);
    fx_const(s, P_POWER_IMPORT_SW_NONFOSSIL, 50);
    fx_const(s, P_POWER_IMPORT_SW_EF, 1.0);
    fixture_year(s, &d, &p, &e);
    assert_float_equal(e.import_mt, 10.0, 1e-9);
    assert_float_equal(e.coal_mt, 129.0378356 - 15.0, 1e-5);
    fx_free(s);
}

/* Power sent out is still burnt here: 100 TWh of coal power x 0.3 x 2.5 = 75 Mt stays in the
 * province's CO2 even when half the electricity leaves (territorial accounting, as CEADs). */
static void test_emis_exported_power_stays_territorial(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d;
    power_year p;
    emis_year e;
    (void)state;
    memset(&d, 0, sizeof d);
    memset(&p, 0, sizeof p);
    p.gen_twh[TECH_COAL] = 100;
    p.fuel_mtce[FUEL_COAL] = 30; /* what the power step burns for it: 100 TWh x 300 gce/kWh */
    p.import_twh = -50;
    emis_year_step(fx_in(s), 2020, &d, &p, &e);
    assert_float_equal(e.coal_mt, 75.0, 1e-9);
    assert_float_equal(e.import_mt, 0.0, 1e-9);
    fx_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_emis_by_fuel),
        cmocka_unit_test(test_emis_process_ccus_sink),
        cmocka_unit_test(test_emis_import_line),
        cmocka_unit_test(test_emis_exported_power_stays_territorial),
    };
    return cmocka_run_group_tests_name("emissions", tests, NULL, NULL);
}
