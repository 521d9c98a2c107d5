/* tests/test_power.c - sim/model/power.c and power_build.c on the hand-computable fixture
 * (tests/engine_fixture.h): merit order, the dry-year factor, corridors' non-fossil part and CO2,
 * surpluses sent out or curtailed, storage losses, peak adequacy and the new-build mix, the coal
 * cap, retirement never raising coal, CCUS's energy penalty, nuclear's first year, heat supply.
 * Final electricity 15 Mtce = 15 / 0.1229 = 122.0504 TWh in every test unless said otherwise;
 * every expected number is worked by hand in the test's comment. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "engine_fixture.h"

#define DEMAND 122.0504475 /* TWh */

static dem_year demand_of(double elec_mtce, double heat_mtce)
{
    dem_year d;
    memset(&d, 0, sizeof d);
    d.fuel_mtce[FUEL_ELEC] = elec_mtce;
    d.fuel_mtce[FUEL_HEAT] = heat_mtce;
    return d;
}

/* One year from an empty new-build state. */
static void step(struct scn_scenario *s, int year, const dem_year *d, power_year *p)
{
    power_state st;
    memset(&st, 0, sizeof st);
    power_year_step(fx_in(s), year, d, 0, &st, p);
}

/* Coal alone: 122.0504 TWh from 100 GW is 1220.5 h; 122.0504 x 300 gce/kWh = 36.6151 Mtce. */
static void test_power_coal_covers_demand(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    step(s, 2020, &d, &p);
    assert_float_equal(p.demand_twh, DEMAND, 1e-6);
    assert_float_equal(p.gen_twh[TECH_COAL], DEMAND, 1e-6);
    assert_float_equal(p.coal_hours, 1220.504475, 1e-4);
    assert_float_equal(p.fuel_mtce[FUEL_COAL], 36.6151343, 1e-6);
    fx_free(s);
}

/* 10 % grid losses: 122.0504 / 0.9 = 135.6116 TWh must be supplied. */
static void test_power_losses(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_LOSS, 10);
    step(s, 2020, &d, &p);
    assert_float_equal(p.demand_twh, 135.6116083, 1e-6);
    fx_free(s);
}

/* Merit order: hydro 10 GW x 4000 h = 40 TWh must-run; 10 GW of gas runs its 1000 h minimum
 * (10 TWh); 72.0504 TWh are left. Coal (cheaper) first, up to 10 GW x 6500 h = 65 TWh; gas takes
 * the last 7.0504 (17.0504 in all, within its 4000 h = 40 TWh). With gas first: gas goes to its
 * 40 TWh and coal makes 122.0504 - 40 - 40 = 42.0504. */
static void test_power_merit_order(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_HYDRO_GW, 10);
    fx_const(s, P_POWER_GAS_GW, 10);
    fx_const(s, P_POWER_GAS_HOURS, 1000);
    fx_const(s, P_POWER_GAS_MAX_HOURS, 4000);
    fx_const(s, P_POWER_COAL_GW, 10);
    step(s, 2020, &d, &p);
    assert_float_equal(p.gen_twh[TECH_HYDRO], 40.0, 1e-9);
    assert_float_equal(p.gen_twh[TECH_COAL], 65.0, 1e-9);
    assert_float_equal(p.gen_twh[TECH_GAS], 17.0504475, 1e-6);
    assert_float_equal(p.unserved_twh, 0.0, 1e-12);
    fx_const(s, P_POWER_GAS_FIRST, 1);
    step(s, 2020, &d, &p);
    assert_float_equal(p.gen_twh[TECH_GAS], 40.0, 1e-9);
    assert_float_equal(p.gen_twh[TECH_COAL], 42.0504475, 1e-6);
    fx_free(s);
}

/* A dry year (factor 0.7): hydro 10 GW x 4000 h x 0.7 = 28 TWh and the Southwest corridor's
 * 20 TWh x 0.7 = 14 TWh; coal makes 122.0504 - 28 - 14 = 80.0504. */
static void test_power_dry_year(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_HYDRO_GW, 10);
    fx_const(s, P_POWER_IMPORT_TWH, 20);
    fx_const(s, P_POWER_HYDRO_WATER, 0.7);
    step(s, 2020, &d, &p);
    assert_float_equal(p.gen_twh[TECH_HYDRO], 28.0, 1e-9);
    assert_float_equal(p.import_twh, 14.0, 1e-9);
    assert_float_equal(p.gen_twh[TECH_COAL], 80.0504475, 1e-6);
    fx_free(s);
}

/* Corridors: Southwest 20 TWh, 90 % non-fossil, fossil part 0.85 kg/kWh: 18 TWh non-fossil and
 * 20 x 0.1 x 0.85 = 1.7 Mt; Hami 30 TWh, half non-fossil at 0.8 kg/kWh: 15 TWh and 12 Mt.
 * Net imports 50, non-fossil 33 (not 50), CO2 13.7 Mt; coal makes 72.0504 TWh. */
static void test_power_corridor_nonfossil_part(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_IMPORT_TWH, 20);
    fx_const(s, P_POWER_IMPORT_SW_NONFOSSIL, 90);
    fx_const(s, P_POWER_IMPORT_SW_EF, 0.85);
    fx_const(s, P_POWER_IMPORT_HAMI_TWH, 30);
    fx_const(s, P_POWER_IMPORT_HAMI_NONFOSSIL, 50);
    fx_const(s, P_POWER_IMPORT_HAMI_EF, 0.8);
    step(s, 2020, &d, &p);
    assert_float_equal(p.import_twh, 50.0, 1e-9);
    assert_float_equal(p.corridor_nonfossil_twh[CORR_HAMI], 15.0, 1e-9);
    assert_float_equal(p.import_nonfossil_twh, 33.0, 1e-9);
    assert_float_equal(p.import_co2_mt, 13.7, 1e-9);
    assert_float_equal(p.gen_twh[TECH_COAL], 72.0504475, 1e-6);
    fx_free(s);
}

/* Surplus sent out: hydro 25 GW (100 TWh) and 40 TWh from the Southwest (all non-fossil) against
 * 122.0504: coal is off, 17.9496 TWh leave, net imports 40 - 17.9496 = 22.0504 of which the
 * non-fossil part scales with net / gross = 22.0504. With 50 GW of hydro (200 TWh) the province
 * sends out 117.9496, net imports -77.9496: no non-fossil part, no import CO2. */
static void test_power_surplus_sent_out(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_HYDRO_GW, 25);
    fx_const(s, P_POWER_IMPORT_TWH, 40);
    step(s, 2020, &d, &p);
    assert_float_equal(p.gen_twh[TECH_COAL], 0.0, 1e-12);
    assert_float_equal(p.export_twh, 17.9495525, 1e-6);
    assert_float_equal(p.import_twh, 22.0504475, 1e-6);
    assert_float_equal(p.import_nonfossil_twh, 22.0504475, 1e-6);
    fx_const(s, P_POWER_HYDRO_GW, 50);
    step(s, 2020, &d, &p);
    assert_float_equal(p.import_twh, -77.9495525, 1e-6);
    assert_float_equal(p.import_nonfossil_twh, 0.0, 1e-12);
    assert_float_equal(p.import_co2_mt, 0.0, 1e-12);
    fx_free(s);
}

/* Curtailed instead (surplus_export 0): hydro 30 GW = 120 TWh, solar 5 GW x 1000 h = 5, wind
 * 2 GW x 2000 h = 4: 129 TWh, 6.9496 too much. Solar and wind lose it in proportion: solar
 * 5 - 6.9496 x 5/9 = 1.1391, wind 4 - 6.9496 x 4/9 = 0.9113; nothing is sent out. */
static void test_power_surplus_curtailed(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_HYDRO_GW, 30);
    fx_const(s, P_POWER_SOLAR_GW, 5);
    fx_const(s, P_POWER_WIND_GW, 2);
    fx_const(s, P_POWER_SURPLUS_EXPORT, 0);
    step(s, 2020, &d, &p);
    assert_float_equal(p.curtail_twh, 6.9495525, 1e-6);
    assert_float_equal(p.gen_twh[TECH_SOLAR], 1.1391375, 1e-6);
    assert_float_equal(p.gen_twh[TECH_WIND], 0.9113100, 1e-6);
    assert_float_equal(p.export_twh, 0.0, 1e-12);
    assert_float_equal(p.import_twh, 0.0, 1e-12);
    fx_free(s);
}

/* Pumped storage 2 GW x 1670 h = 3.34 TWh out at 75 %: 3.34 x (1/0.75 - 1) = 1.11333 TWh lost,
 * added to demand (123.1638) and made by coal; 2 GW at 95 % counts 1.9 GW firm. */
static void test_power_storage_losses(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_PUMPED_GW, 2);
    fx_const(s, P_POWER_PUMPED_HOURS, 1670);
    fx_const(s, P_POWER_PUMPED_CREDIT, 95);
    step(s, 2020, &d, &p);
    assert_float_equal(p.storage_loss_twh, 1.1133333, 1e-6);
    assert_float_equal(p.demand_twh, DEMAND + 1.1133333, 1e-6);
    assert_float_equal(p.gen_twh[TECH_COAL], DEMAND + 1.1133333, 1e-6);
    assert_float_equal(p.firm_gw, 100.0 + 1.9, 1e-9);
    fx_free(s);
}

/* An energy shortfall: 10 GW of coal makes at most 65 TWh. In 2020 (history, what happened) the
 * fleet served all 122.0504 TWh (coal beyond its maximum hours, nothing bought in); in 2021 with no
 * new-build mix the other 57.0504 TWh are bought in on the "other" corridor. */
static void test_power_shortfall_history_and_projection(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_COAL_GW, 10);
    step(s, 2020, &d, &p);
    assert_float_equal(p.gen_twh[TECH_COAL], DEMAND, 1e-6);
    assert_float_equal(p.unserved_twh, 0.0, 1e-12);
    step(s, 2021, &d, &p);
    assert_float_equal(p.gen_twh[TECH_COAL], 65.0, 1e-9);
    assert_float_equal(p.unserved_twh, 57.0504475, 1e-6);
    assert_float_equal(p.corridor_twh[CORR_OTHER], 57.0504475, 1e-6);
    assert_float_equal(p.import_twh, 57.0504475, 1e-6);
    fx_free(s);
}

/* Adequacy: 20 GW of coal (firm at 100 %); peak = 122.0504 TWh / (8760 h x 0.5) = 27.8654 GW,
 * with 10 % reserve 30.6520 GW are needed: 10.6520 GW short (energy is not: 130 TWh possible).
 * In 2020 (history) nothing is built: reserve margin 100 x (20 / 27.8654 - 1) = -28.227 %. In
 * 2021 the mix solar 50 / battery 50 (credits 10 % and 90 %) closes it: 50 x 0.1 + 50 x 0.9 =
 * 50 GW firm per unit, 10.6520 / 50 = 0.21304 units, 10.6520 GW of each. The batteries lose
 * 10.652 x 500 h / 1000 x (1/0.8 - 1) = 1.33150 TWh; solar makes 10.652 x 1000 h = 10.652 TWh;
 * coal 122.05045 + 1.33149 - 10.65194 = 112.73000. */
static void test_power_adequacy_filled_by_mix(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_COAL_GW, 20);
    fx_const(s, P_POWER_RESERVE, 10);
    fx_const(s, P_POWER_SOLAR_POTENTIAL, 100);
    fx_const(s, P_POWER_SOLAR_CREDIT, 10);
    fx_const(s, P_POWER_BATTERY_CREDIT, 90);
    fx_const(s, P_POWER_BATTERY_HOURS, 500);
    fx_const(s, P_POWER_BUILD_SOLAR, 50);
    fx_const(s, P_POWER_BUILD_STORAGE, 50);
    step(s, 2020, &d, &p);
    assert_float_equal(p.peak_gw, 27.8653989, 1e-6);
    assert_float_equal(p.reserve_margin_pct, -28.2273, 1e-3);
    assert_float_equal(p.built_gw[BUILD_SOLAR], 0.0, 1e-12);
    step(s, 2021, &d, &p);
    assert_float_equal(p.built_gw[BUILD_SOLAR], 10.6519388, 1e-6);
    assert_float_equal(p.built_gw[BUILD_STORAGE], 10.6519388, 1e-6);
    assert_float_equal(p.firm_gw, 30.6519388, 1e-6);
    assert_float_equal(p.reserve_margin_pct, 10.0, 1e-6);
    assert_float_equal(p.storage_loss_twh, 1.3314924, 1e-6);
    assert_float_equal(p.gen_twh[TECH_COAL], 112.7300, 1e-4);
    assert_float_equal(p.coal_added_gw, 0.0, 1e-12);
    fx_free(s);
}

/* Coal cap: 15 GW of coal makes at most 97.5 TWh (24.5504 short) and counts 15 GW firm against a
 * 27.8654 GW peak (12.8654 short). Mix coal 50 / gas 50 (gas at most 2500 h, firm 100 %): per
 * unit 450 TWh and 100 GW, so 0.128654 units: coal would be 6.4327 GW but only 2 are allowed;
 * gas 6.4327. Still 12.8654 - 2 - 6.4327 = 4.4327 GW short: gas alone adds that, 10.8654 GW in
 * all. Coal 17 GW runs first to 110.5 TWh; gas makes 11.5504. */
static void test_power_coal_cap_respected(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_COAL_GW, 15);
    fx_const(s, P_POWER_GAS_CREDIT, 100);
    fx_const(s, P_POWER_BUILD_COAL, 50);
    fx_const(s, P_POWER_BUILD_GAS, 50);
    fx_const(s, P_POWER_COAL_BUILD_MAX, 2);
    step(s, 2021, &d, &p);
    assert_float_equal(p.coal_added_gw, 2.0, 1e-9);
    assert_float_equal(p.cap_gw[TECH_COAL], 17.0, 1e-9);
    assert_float_equal(p.built_gw[BUILD_GAS], 10.8653989, 1e-6);
    assert_float_equal(p.gen_twh[TECH_COAL], 110.5, 1e-9);
    assert_float_equal(p.gen_twh[TECH_GAS], 11.5504475, 1e-6);
    fx_free(s);
}

/* Runs the power step over 2021..2030 with demand rising 1.5 Mtce a year from 15. */
static void run_power_years(struct scn_scenario *s, double cap_coal[10], double added[10])
{
    power_state st;
    memset(&st, 0, sizeof st);
    for (int year = 2021; year <= 2030; year++) {
        dem_year d = demand_of(15 + 1.5 * (year - 2020), 0);
        power_year p;
        power_year_step(fx_in(s), year, &d, 0, &st, &p);
        cap_coal[year - 2021] = p.cap_gw[TECH_COAL];
        added[year - 2021] = p.coal_added_gw;
    }
}

/* Retirement never raises coal: 30 GW of coal, a mix half coal (cap 5 GW) half solar; retiring
 * 2 GW a year from 2022 must give, in every year, at most the coal capacity and exactly the coal
 * built beyond plan of no retirement (what retirement leaves short is built without coal), and
 * the retired 2 x (year - 2021) GW really go: capacity falls by at least that much once the
 * plan without retirement is past its cap. */
static void test_power_retirement_never_raises_coal(void **state)
{
    struct scn_scenario *s = fx_make();
    double cap0[10], add0[10], cap1[10], add1[10];
    (void)state;
    fx_const(s, P_POWER_COAL_GW, 30);
    fx_const(s, P_POWER_RESERVE, 15);
    fx_const(s, P_POWER_SOLAR_POTENTIAL, 1000);
    fx_const(s, P_POWER_SOLAR_CREDIT, 10);
    fx_const(s, P_POWER_BUILD_COAL, 50);
    fx_const(s, P_POWER_BUILD_SOLAR, 50);
    fx_const(s, P_POWER_COAL_BUILD_MAX, 5);
    run_power_years(s, cap0, add0);
    fx_const(s, P_POWER_COAL_RETIRE_FROM, 2022);
    fx_const(s, P_POWER_COAL_RETIRE_RATE, 2);
    run_power_years(s, cap1, add1);
    assert_true(add0[9] > 0); /* the test means something only if the plan builds coal */
    for (int i = 0; i < 10; i++) {
        assert_true(cap1[i] <= cap0[i] + 1e-9);
        assert_true(add1[i] <= add0[i] + 1e-9);
        if (i >= 1) assert_float_equal(cap0[i] - cap1[i], 2.0 * i, 1e-9);
    }
    fx_free(s);
}

/* Retirement schedule: 2 GW/yr from 2025: 100 GW in 2024, 100 - 2 x 3 = 94 GW in 2027, and never
 * below zero (50 GW/yr retires the whole fleet). */
static void test_power_coal_retirement_schedule(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_COAL_RETIRE_FROM, 2025);
    fx_const(s, P_POWER_COAL_RETIRE_RATE, 2);
    step(s, 2024, &d, &p);
    assert_float_equal(p.cap_gw[TECH_COAL], 100.0, 1e-9);
    step(s, 2027, &d, &p);
    assert_float_equal(p.cap_gw[TECH_COAL], 94.0, 1e-9);
    fx_const(s, P_POWER_COAL_RETIRE_RATE, 50);
    step(s, 2027, &d, &p);
    assert_float_equal(p.cap_gw[TECH_COAL], 0.0, 1e-9);
    fx_free(s);
}

/* CCUS from 2030 capturing 45 % of power plants' CO2: half the output is fitted (45 / 90), which
 * burns 20 % more: coal 36.6151 x (1 + 0.2 x 0.5) = 40.2766 Mtce, captured 0.45 x 40.2766 x
 * 2.5 t/tce = 45.3112 Mt. In 2029 nothing is captured and no extra fuel burnt. */
static void test_power_ccus_energy_penalty(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_POWER_CCUS_START, 2030);
    fx_const(s, P_POWER_CCUS_CAPTURE, 45);
    fx_const(s, P_POWER_CCUS_PENALTY, 20);
    step(s, 2029, &d, &p);
    assert_float_equal(p.fuel_mtce[FUEL_COAL], 36.6151343, 1e-6);
    assert_float_equal(p.ccus_mt, 0.0, 1e-12);
    step(s, 2030, &d, &p);
    assert_float_equal(p.fuel_mtce[FUEL_COAL], 40.2766477, 1e-6);
    assert_float_equal(p.ccus_mt, 45.3112287, 1e-6);
    fx_free(s);
}

/* Nuclear counts only from its first year: 4 GW from 2035 gives 0 in 2034 and 4 GW (29.812 TWh
 * at 7453 h) in 2035; the path 2035:0, 2040:4 gives 0 before 2035 (flat before its first point,
 * linear or spline alike). */
static void test_power_nuclear_first_year(void **state)
{
    struct scn_scenario *s = fx_make();
    static const double late[] = {2035, 0, 2040, 4};
    dem_year d = demand_of(15, 0);
    power_year p;
    (void)state;
    fx_const(s, P_YEARS_END, 2040);
    fx_const(s, P_POWER_NUCLEAR_HOURS, 7453);
    fx_const(s, P_POWER_NUCLEAR_GW, 4);
    fx_const(s, P_POWER_NUCLEAR_FIRST, 2035);
    step(s, 2034, &d, &p);
    assert_float_equal(p.cap_gw[TECH_NUCLEAR], 0.0, 1e-12);
    step(s, 2035, &d, &p);
    assert_float_equal(p.gen_twh[TECH_NUCLEAR], 29.812, 1e-9);
    fx_const(s, P_POWER_NUCLEAR_FIRST, 2000);
    fx_path(s, P_POWER_NUCLEAR_GW, 2, late);
    for (int year = 2020; year <= 2035; year++) {
        step(s, year, &d, &p);
        assert_float_equal(p.cap_gw[TECH_NUCLEAR], 0.0, 1e-12);
    }
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
    step(s, 2025, &d, &p);
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
    step(s, 2020, &d, &p);
    assert_float_equal(p.heat_gas_mtce, 1.25, 1e-9);
    assert_float_equal(p.heat_coal_mtce, 3.75, 1e-9);
    assert_float_equal(p.fuel_mtce[FUEL_COAL], 36.6151343 + 3.75, 1e-6);
    fx_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_power_coal_covers_demand),
        cmocka_unit_test(test_power_losses),
        cmocka_unit_test(test_power_merit_order),
        cmocka_unit_test(test_power_dry_year),
        cmocka_unit_test(test_power_corridor_nonfossil_part),
        cmocka_unit_test(test_power_surplus_sent_out),
        cmocka_unit_test(test_power_surplus_curtailed),
        cmocka_unit_test(test_power_storage_losses),
        cmocka_unit_test(test_power_shortfall_history_and_projection),
        cmocka_unit_test(test_power_adequacy_filled_by_mix),
        cmocka_unit_test(test_power_coal_cap_respected),
        cmocka_unit_test(test_power_retirement_never_raises_coal),
        cmocka_unit_test(test_power_coal_retirement_schedule),
        cmocka_unit_test(test_power_ccus_energy_penalty),
        cmocka_unit_test(test_power_nuclear_first_year),
        cmocka_unit_test(test_power_solar_on_scurve),
        cmocka_unit_test(test_power_heat_supply_fuel),
    };
    return cmocka_run_group_tests_name("power", tests, NULL, NULL);
}
