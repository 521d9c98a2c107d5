/* tests/test_run.c - sim/model/run.c: the year loop and the summary (peak, neutrality, cumulative CO2)
 * on a fixture whose path is worked by hand, plus the indicators and shares. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <gsl/gsl_errno.h>

#include "engine_fixture.h"

/* Population grows with GDP (5 %/yr, a point every year), so every sector scales with GDP: 2020
 * is the fixture's 51.61513 Mtce and 129.037836 Mt CO2. From 2026 intensities fall 10 %/yr, so
 * CO2 = 129.037836 x 1.05^5 = 164.688611 in 2025 and x 0.945 each year after: 155.630737 (2026),
 * 147.071047 (2027), 138.982139 (2028) ... 124.114524 (2030). The sink grows 20 Mt a year from 0
 * in 2020: 160 in 2028 > 138.98 (but 140 < 147.07 in 2027), so neutral from 2028. Cumulative
 * 2021-2030 = 1445.802840 Mt (the ten values summed). */
static struct scn_scenario *peaking_world(void)
{
    struct scn_scenario *s = fx_make();
    static const double improve[] = {2025, 0, 2026, 10};
    static const double sink[] = {2020, 0, 2030, 200};
    double pop[22];
    for (int k = 0; k <= 10; k++) {
        pop[2 * k] = 2020 + k;
        pop[2 * k + 1] = 10.0 * pow(1.05, k);
    }
    fx_path(s, P_ECONOMY_POPULATION, 11, pop);
    for (int k = 0; k < SEC_COUNT; k++) fx_path(s, model_sector_param(k, 1), 2, improve);
    fx_path(s, P_EMIS_SINK_MT, 2, sink);
    return s;
}

static void test_run_path_by_hand(void **state)
{
    struct scn_scenario *s = peaking_world();
    run_result *r = malloc(sizeof *r);
    pp_error err;
    (void)state;
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    assert_int_equal(r->n_years, 11);
    assert_float_equal(run_at(r, RV_CO2, 2020), 129.037836, 1e-5);
    assert_float_equal(run_at(r, RV_CO2, 2025), 164.688611, 1e-5);
    assert_float_equal(run_at(r, RV_CO2, 2030), 124.114524, 1e-5);
    assert_float_equal(run_at(r, RV_GDP, 2030), 1000 * 1.628894627, 1e-5);
    /* energy intensity 2020: 10 x 51.61513 / 1000 = 0.5161513 tce per 10k CNY */
    assert_float_equal(run_at(r, RV_EI, 2020), 0.5161513, 1e-6);
    free(r);
    fx_free(s);
}

static void test_run_summary_by_hand(void **state)
{
    struct scn_scenario *s = peaking_world();
    run_result *r = malloc(sizeof *r);
    pp_error err;
    (void)state;
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    assert_int_equal(r->summary.peak_year, 2025);
    assert_float_equal(r->summary.peak_mt, 164.688611, 1e-5);
    assert_true(r->summary.peak_reached);
    assert_true(r->summary.peak_by_2030);
    assert_int_equal(r->summary.neutral_year, 2028);
    assert_float_equal(r->summary.cum_co2_mt, 1445.802840, 1e-4);
    free(r);
    fx_free(s);
}

/* Emissions rising to the last year: no peak, no neutrality. */
static void test_run_no_peak_when_still_rising(void **state)
{
    struct scn_scenario *s = fx_make();
    run_result *r = malloc(sizeof *r);
    pp_error err;
    (void)state;
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    assert_false(r->summary.peak_reached);
    assert_false(r->summary.peak_by_2030);
    assert_int_equal(r->summary.peak_year, 2030);
    assert_int_equal(r->summary.neutral_year, 0);
    free(r);
    fx_free(s);
}

/* Shares add to 100 every year; intensity change vs 2020 is 0 in 2020 and -0 from a flat world;
 * years outside the run (2015) give NAN. */
static void test_run_shares_and_indicators(void **state)
{
    struct scn_scenario *s = fx_make();
    run_result *r = malloc(sizeof *r);
    pp_error err;
    (void)state;
    fx_const(s, P_POWER_HYDRO_GW, 5);
    fx_const(s, P_SERVICES_OIL, 20);
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    for (int i = 0; i < r->n_years; i++) {
        double sum = r->v[RV_COAL_SHARE][i] + r->v[RV_OIL_SHARE][i] + r->v[RV_GAS_SHARE][i] + r->v[RV_NONFOSSIL_SHARE][i]
                     + r->v[RV_IMPORT_FOSSIL_SHARE][i];
        double sectors = r->v[RV_SHARE_PRIMARY][i] + r->v[RV_SHARE_SECONDARY][i] + r->v[RV_SHARE_TERTIARY][i];
        assert_float_equal(sum, 100.0, 1e-9);
        assert_float_equal(sectors, 100.0, 1e-9);
    }
    assert_float_equal(run_at(r, RV_EI_VS_2020, 2020), 0.0, 1e-12);
    assert_true(isnan(run_at(r, RV_EI_VS_2015, 2020)));
    assert_true(isnan(run_at(r, RV_CO2, 2015)));
    free(r);
    fx_free(s);
}

/* The result columns the fuel and sector tables generate keep the names front ends, exports and
 * users' scripts rely on (the v1 column names, written out here, not taken from the tables). */
static void test_run_table_columns_keep_their_names(void **state)
{
    static const struct { const char *name; int id; } cols[] = {
        {"final_agriculture_mtce", RV_FIN_AGRI}, {"final_heavy_industry_mtce", RV_FIN_HEAVY},
        {"final_other_industry_mtce", RV_FIN_OTHERIND}, {"final_hightech_mtce", RV_FIN_HIGHTECH},
        {"final_services_mtce", RV_FIN_SERVICES}, {"final_transport_mtce", RV_FIN_TRANSPORT},
        {"final_households_mtce", RV_FIN_HOUSE}, {"final_coal_mtce", RV_FIN_COAL},
        {"final_oil_mtce", RV_FIN_OIL}, {"final_gas_mtce", RV_FIN_GAS}, {"final_elec_mtce", RV_FIN_ELEC},
        {"final_heat_mtce", RV_FIN_HEAT}, {"coal_mtce", RV_COAL}, {"oil_mtce", RV_OIL}, {"gas_mtce", RV_GAS},
        {"coal_share_pct", RV_COAL_SHARE}, {"oil_share_pct", RV_OIL_SHARE}, {"gas_share_pct", RV_GAS_SHARE},
        {"co2_coal_mt", RV_CO2_COAL}, {"co2_oil_mt", RV_CO2_OIL}, {"co2_gas_mt", RV_CO2_GAS},
    };
    (void)state;
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
        if (run_var_find(cols[i].name) != cols[i].id) fail_msg("column %s is not where it was", cols[i].name);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_run_path_by_hand),
        cmocka_unit_test(test_run_summary_by_hand),
        cmocka_unit_test(test_run_no_peak_when_still_rising),
        cmocka_unit_test(test_run_shares_and_indicators),
        cmocka_unit_test(test_run_table_columns_keep_their_names),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests_name("run", tests, NULL, NULL);
}
