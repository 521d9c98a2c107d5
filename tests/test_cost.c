/* tests/test_cost.c - the cost side of the engine (sim/model/cost*.c and the carbon price in
 * sim/model/power*.c) on the hand-computable fixture (tests/engine_fixture.h) and on the default
 * scenario: the capital recovery factor and an annualised capital cost, the learning curve after a
 * doubling, a fuel bill, O&M and carbon revenue, the stranded value of an early retirement, the
 * carbon price putting gas before coal in the merit order and lowering the default scenario's CO2,
 * the present value, and bad [costs] values refused with file, line, section and key. Every
 * expected number is worked by hand in the test's comment. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>

#include "../sim/model/cost.h"
#include "../sim/model/power_priv.h"
#include "engine_fixture.h"

/* ---- unit costs ---- */

/* CRF(8 %, 30 yr): 1.08^30 = 10.0626569; 0.08 x 10.0626569 / 9.0626569 = 0.0888274.
 * CRF(8 %, 25 yr): 1.08^25 = 6.8484752; 0.08 x 6.8484752 / 5.8484752 = 0.0936788.
 * CRF(0 %, 20 yr) = 1/20. 1 GW of solar at 4000 CNY/kW is 4 bn, repaid at 4 x 0.0936788 = 0.374715 bn a year. */
static void test_cost_crf_by_hand(void **state)
{
    (void)state;
    assert_float_equal(cost_crf(8, 30), 0.0888274, 1e-7);
    assert_float_equal(cost_crf(8, 25), 0.0936788, 1e-7);
    assert_float_equal(cost_crf(0, 20), 0.05, 1e-12);
    assert_float_equal(1.0 * 4000 / 1000.0 * cost_crf(8, 25), 0.374715, 1e-6);
}

/* One doubling at a 20 % learning rate: C = C0 (1 - 0.2) = 4000 x 0.8 = 3200 CNY/kW; two: 2560;
 * half the deployment (-1 doubling): 4000 / 0.8 = 5000. Through the scenario: deployment growing
 * 100 %/yr doubles every year from the price base year 2020, so 2021 costs 3200 and 2019 5000. */
static void test_cost_learning_after_a_doubling(void **state)
{
    struct scn_scenario *s = fx_make();
    (void)state;
    assert_float_equal(cost_learned(4000, 20, 1), 3200, 1e-9);
    assert_float_equal(cost_learned(4000, 20, 2), 2560, 1e-9);
    assert_float_equal(cost_learned(4000, 20, -1), 5000, 1e-9);
    fx_const(s, P_COSTS_SOLAR_CAPEX, 4000);
    fx_const(s, P_COSTS_SOLAR_LEARN, 20);
    fx_const(s, P_COSTS_SOLAR_GROWTH, 100);
    assert_float_equal(cost_capex(fx_in(s), TECH_SOLAR, 2020), 4000, 1e-9);
    assert_float_equal(cost_capex(fx_in(s), TECH_SOLAR, 2021), 3200, 1e-9);
    assert_float_equal(cost_capex(fx_in(s), TECH_SOLAR, 2022), 2560, 1e-9);
    fx_free(s);
}

/* Present value to 2021 at 10 %: 100 in each of 2021..2023 = 100 + 90.909091 + 82.644628 = 273.553719;
 * years before the base year do not count. */
static void test_cost_npv_by_hand(void **state)
{
    static const double v[] = {50, 100, 100, 100}; /* 2020..2023 */
    (void)state;
    assert_float_equal(cost_npv(v, 2020, 2021, 2023, 10), 273.553719, 1e-6);
}

/* ---- the year step on the fixture ---- */

/* The fixture (engine_fixture.h) with the schema's cost defaults: 100 GW of coal only, life 30 yr,
 * 3800 CNY/kW, fixed O&M 115 CNY/kW/yr, variable 20 CNY/MWh, coal 900 CNY/tce, carbon 60 CNY/t.
 * Investment: the first year's fleet is spread over the 30 years before 2020, so 100/30 GW reaches
 * its end every year and is rebuilt: 3.333333 GW x 3800 CNY/kW / 1000 = 12.666667 bn a year.
 * Annualised capital in 2030: all eleven rebuilds 2020..2030 are still being repaid:
 * 11 x 12.666667 x CRF(8 %, 30) 0.0888274 = 12.376617 bn.
 * O&M 2020: 100 GW x 115 / 1000 = 11.5 bn + 122.0504 TWh x 20 / 1000 = 2.441009 bn -> 13.941009.
 * Fuel bill 2020: coal 51.6151 Mtce (15 final + 36.6151 in power) x 900 / 1000 = 46.453591 bn.
 * Carbon revenue 2020: 36.6151 Mtce x 2.5 t/tce = 91.53779 Mt x 60 CNY/t / 1000 = 5.492267 bn.
 * System cost 2020: capital 12.666667 x 0.0888274 = 1.125147 + 13.941009 + 46.453591 = 61.519747. */
static void test_cost_fixture_by_hand(void **state)
{
    struct scn_scenario *s = fx_make();
    run_result *r = malloc(sizeof *r);
    pp_error err;
    (void)state;
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    assert_float_equal(run_at(r, RV_INV_COAL, 2020), 12.666667, 1e-5);
    assert_float_equal(run_at(r, RV_INV_COAL, 2027), 12.666667, 1e-5);
    assert_float_equal(run_at(r, RV_INV_SOLAR, 2025), 0, 1e-12);
    assert_float_equal(run_at(r, RV_INV_POWER, 2025), 12.666667, 1e-5);
    assert_float_equal(run_at(r, RV_INV_ENDUSE, 2025), 0, 1e-12);
    assert_float_equal(run_at(r, RV_COST_CAPITAL, 2030), 12.376617, 1e-5);
    assert_float_equal(run_at(r, RV_COST_OM, 2020), 13.941009, 1e-5);
    assert_float_equal(run_at(r, RV_COST_FUEL, 2020), 46.453591, 1e-4);
    assert_float_equal(run_at(r, RV_CARBON_PRICE, 2020), 60, 1e-12);
    assert_float_equal(run_at(r, RV_CARBON_REVENUE, 2020), 5.492267, 1e-5);
    assert_float_equal(run_at(r, RV_COST_SYSTEM, 2020), 61.519747, 1e-4);
    assert_float_equal(run_at(r, RV_STRANDED_GW, 2030), 0, 1e-12);
    free(r);
    fx_free(s);
}

/* Retiring 10 GW a year from 2025. The fleet of 2020 was built 1990..2019 (3.333333 GW a year);
 * by 2025 the vintages 1990..1995 have reached 30 years (and been rebuilt 2020..2025). In 2025 the
 * 1995 vintage leaves at its end of life and the remaining 6.666667 GW of the fall (100 - 3.333333
 * surviving 96.666667 -> 90) are the oldest left, 1996 and 1997, aged 29 and 28: undepreciated
 * 1/30 and 2/30 of 3800 CNY/kW. Stranded: 6.666667 GW and 3.333333 x 3.8 x (1 + 2)/30 = 1.266667 bn.
 * 2026: 90 -> 80, nothing reaches its end (1996 is gone), so 1998, 1999 and 2000 go, aged 28, 27
 * and 26: + 10 GW and 3.333333 x 3.8 x (2 + 3 + 4)/30 = 3.8 bn -> 16.666667 GW and 5.066667 bn. */
static void test_cost_stranded_coal_by_hand(void **state)
{
    struct scn_scenario *s = fx_make();
    run_result *r = malloc(sizeof *r);
    pp_error err;
    (void)state;
    fx_const(s, P_POWER_COAL_RETIRE_FROM, 2025);
    fx_const(s, P_POWER_COAL_RETIRE_RATE, 10);
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    assert_float_equal(run_at(r, RV_CAP_COAL, 2025), 90, 1e-9);
    assert_float_equal(run_at(r, RV_STRANDED_GW, 2024), 0, 1e-12);
    assert_float_equal(run_at(r, RV_STRANDED_GW, 2025), 6.666667, 1e-5);
    assert_float_equal(run_at(r, RV_STRANDED_BN, 2025), 1.266667, 1e-5);
    assert_float_equal(run_at(r, RV_STRANDED_GW, 2026), 16.666667, 1e-5);
    assert_float_equal(run_at(r, RV_STRANDED_BN, 2026), 5.066667, 1e-5);
    assert_float_equal(run_at(r, RV_INV_COAL, 2025), 0, 1e-12); /* nothing rebuilt while retiring */
    assert_float_equal(r->summary.stranded_gw, run_at(r, RV_STRANDED_GW, 2030), 1e-12);
    free(r);
    fx_free(s);
}

/* ---- the carbon price in the merit order ---- */

/* Short-run costs on the fixture (coal 300 gce/kWh, 2.5 t CO2/tce, 900 CNY/tce, 20 CNY/MWh; gas
 * 230 gce/kWh, 1.5 t/tce, 1800 CNY/tce, 15 CNY/MWh), CNY/kWh:
 *   coal = 0.0003 x 900 + 0.020 + p x 2.5 x 0.0003 = 0.29 + 0.00075 p  -> 0.335 at p = 60, 0.665 at 500
 *   gas  = 0.00023 x 1800 + 0.015 + p x 1.5 x 0.00023 = 0.429 + 0.000345 p -> 0.4497 at 60, 0.6015 at 500
 * (equal at p = 0.139 / 0.000405 = 343.2 CNY/t). With 50 GW of gas able to run 6000 h (300 TWh)
 * and no minimum hours, 60 CNY/t leaves all 122.0504 TWh to coal; 500 CNY/t gives them all to gas. */
static void test_cost_carbon_price_puts_gas_before_coal(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d;
    power_year p;
    power_state st;
    (void)state;
    fx_const(s, P_POWER_GAS_GW, 50);
    fx_const(s, P_POWER_GAS_HOURS, 0);
    fx_const(s, P_POWER_GAS_MAX_HOURS, 6000);
    assert_float_equal(cost_srmc(fx_in(s), TECH_COAL, 2025, 60), 0.335, 1e-12);
    assert_float_equal(cost_srmc(fx_in(s), TECH_GAS, 2025, 60), 0.4497, 1e-12);
    assert_float_equal(cost_srmc(fx_in(s), TECH_COAL, 2025, 500), 0.665, 1e-12);
    assert_float_equal(cost_srmc(fx_in(s), TECH_GAS, 2025, 500), 0.6015, 1e-12);
    memset(&d, 0, sizeof d);
    d.fuel_mtce[FUEL_ELEC] = 15;
    memset(&st, 0, sizeof st);
    power_year_step(fx_in(s), 2025, &d, 0, &st, &p);
    assert_float_equal(p.gen_twh[TECH_COAL], FX_FINAL_ELEC_TWH, 1e-6);
    assert_float_equal(p.gen_twh[TECH_GAS], 0, 1e-9);
    fx_const(s, P_COSTS_CARBON_PRICE, 500);
    fx_const(s, P_COSTS_BUILD_CARBON, 500);
    memset(&st, 0, sizeof st);
    power_year_step(fx_in(s), 2025, &d, 0, &st, &p);
    assert_float_equal(p.gen_twh[TECH_GAS], FX_FINAL_ELEC_TWH, 1e-6);
    assert_float_equal(p.gen_twh[TECH_COAL], 0, 1e-9);
    fx_free(s);
}

/* Market imports in the merit order: up to 200 TWh from other grids at 0.35 CNY/kWh, their fossil
 * half at 0.8 kg CO2/kWh: 0.35 + p x 0.5 x 0.8 / 1000 = 0.35 + 0.0004 p CNY/kWh -> 0.374 at 60
 * CNY/t (coal's 0.335 is cheaper: coal makes all 122.0504 TWh), 0.55 at 500 (coal's 0.665 is
 * dearer: the market supplies all of it, on the "other" corridor, and coal nothing). Without the
 * key (0, the default) nothing is bought before coal. */
static void test_cost_carbon_price_buys_imports_before_coal(void **state)
{
    struct scn_scenario *s = fx_make();
    dem_year d;
    power_year p;
    power_state st;
    (void)state;
    fx_const(s, P_POWER_IMPORT_MARKET, 200);
    fx_const(s, P_POWER_IMPORT_OTHER_NONFOSSIL, 50);
    fx_const(s, P_POWER_IMPORT_OTHER_EF, 0.8);
    assert_float_equal(cost_market_srmc(fx_in(s), 2025, 60), 0.374, 1e-12);
    assert_float_equal(cost_market_srmc(fx_in(s), 2025, 500), 0.55, 1e-12);
    memset(&d, 0, sizeof d);
    d.fuel_mtce[FUEL_ELEC] = 15;
    memset(&st, 0, sizeof st);
    power_year_step(fx_in(s), 2025, &d, 0, &st, &p);
    assert_float_equal(p.gen_twh[TECH_COAL], FX_FINAL_ELEC_TWH, 1e-6);
    assert_float_equal(p.market_twh, 0, 1e-12);
    fx_const(s, P_COSTS_CARBON_PRICE, 500);
    fx_const(s, P_COSTS_BUILD_CARBON, 500);
    memset(&st, 0, sizeof st);
    power_year_step(fx_in(s), 2025, &d, 0, &st, &p);
    assert_float_equal(p.market_twh, FX_FINAL_ELEC_TWH, 1e-6);
    assert_float_equal(p.corridor_twh[CORR_OTHER], FX_FINAL_ELEC_TWH, 1e-6);
    assert_float_equal(p.gen_twh[TECH_COAL], 0, 1e-9);
    assert_float_equal(p.import_twh, FX_FINAL_ELEC_TWH, 1e-6);
    fx_free(s);
}

/* ---- the default scenario ---- */

static double sum_2021_on(const run_result *r, int var)
{
    double total = 0;
    for (int y = 2021; y <= r->end_year; y++) total += run_at(r, var, y);
    return total;
}

/* The carbon-price lever at the top of its plausible range (300 CNY/t in 2030, the path shifted
 * by the same amount after 2020) lowers cumulative CO2 and coal generation 2021-2060 and makes the
 * coal built beyond plan no larger; the default scenario's own path is its mix (the
 * carbon price equals the price its new-build shares assume), so its figures do not move. */
static void test_cost_carbon_price_lowers_default_co2(void **state)
{
    scn_scenario *s = NULL;
    cal_result cal;
    run_result *a = malloc(sizeof *a), *b = malloc(sizeof *b);
    pp_error err;
    (void)state;
    assert_int_equal(scn_load("scenarios/chongqing-baseline.ini", &s, &err), PP_OK);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    assert_int_equal(run_scenario(s, &cal, a, &err), PP_OK);
    assert_float_equal(run_at(a, RV_CARBON_PRICE, 2024), 96, 1e-9);
    assert_true(a->summary.npv_system_cost_bn > 0 && a->summary.npv_system_cost_bn < a->summary.cum_system_cost_bn);
    assert_int_equal(scn_lever_set(s, P_COSTS_CARBON_PRICE, 300, &err), PP_OK);
    assert_int_equal(run_scenario(s, &cal, b, &err), PP_OK);
    assert_float_equal(run_at(b, RV_CARBON_PRICE, 2030), 300, 1e-9);
    assert_true(b->summary.cum_co2_mt < a->summary.cum_co2_mt - 1.0);
    assert_true(sum_2021_on(b, RV_GEN_COAL) < sum_2021_on(a, RV_GEN_COAL));
    assert_true(run_at(b, RV_BUILT_COAL, 2060) <= run_at(a, RV_BUILT_COAL, 2060));
    assert_true(b->summary.cum_carbon_revenue_bn > a->summary.cum_carbon_revenue_bn);
    scn_free(s);
    free(a);
    free(b);
}

/* ---- bad input ---- */

/* A [costs] value outside its range is refused at load naming the line, section and key. */
static void expect_refused(const char *line4, const char *key)
{
    char text[512];
    scn_scenario *s = NULL;
    pp_error err;
    snprintf(text, sizeof text, "[scenario]\ninherit = chongqing-baseline.ini\n[costs]\n%s\n", line4);
    memset(&err, 0, sizeof err);
    assert_int_not_equal(scn_load_string(text, "bad-cost.ini", "scenarios", &s, &err), PP_OK);
    assert_null(s);
    assert_int_equal(err.line, 4);
    assert_string_equal(err.section, "costs");
    assert_string_equal(err.key, key);
}

static void test_cost_bad_values_refused(void **state)
{
    (void)state;
    expect_refused("solar_capex_cny_kw = -100", "solar_capex_cny_kw");
    expect_refused("battery_learning_pct = 100", "battery_learning_pct");
    expect_refused("wind_learning_pct = 150", "wind_learning_pct");
    expect_refused("coal_cny_tce = 2020:900, 2030:-5", "coal_cny_tce");
    expect_refused("carbon_price_cny_t = -1", "carbon_price_cny_t");
    expect_refused("coal_life_yr = 0", "coal_life_yr");
    expect_refused("discount_rate_pct = abc", "discount_rate_pct");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cost_crf_by_hand),
        cmocka_unit_test(test_cost_learning_after_a_doubling),
        cmocka_unit_test(test_cost_npv_by_hand),
        cmocka_unit_test(test_cost_fixture_by_hand),
        cmocka_unit_test(test_cost_stranded_coal_by_hand),
        cmocka_unit_test(test_cost_carbon_price_puts_gas_before_coal),
        cmocka_unit_test(test_cost_carbon_price_buys_imports_before_coal),
        cmocka_unit_test(test_cost_carbon_price_lowers_default_co2),
        cmocka_unit_test(test_cost_bad_values_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
