/* tests/test_scenarios.c - the shipped scenario files load and run, reproduce the published figures
 * they are calibrated to (the seed document's Chongqing 2015 and 2020 numbers), and tell the
 * stories their names promise (baseline peaks after 2030, the policy package by 2030, the deep
 * case reaches neutrality by 2060; Sichuan sends power out). Expected values are the published
 * ones, never this program's output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "../sim/model/run.h"
#include "../report/error_text.h"
#include "../sim/scenario/params.h"
#include "../sim/scenario/scenario.h"

static run_result *run_file(const char *file)
{
    scn_scenario *s = NULL;
    run_result *r = malloc(sizeof *r);
    pp_error err;
    char buf[1024];
    pp_status st = scn_load(file, &s, &err);
    if (st == PP_OK) st = run_simulate(s, r, &err);
    if (st != PP_OK) fprintf(stderr, "%s\n", error_text(&err, LANG_EN, buf, sizeof buf));
    assert_int_equal(st, PP_OK);
    scn_free(s);
    return r;
}

/* Seed: coal share 49.1 % (2015) and 45.8 % (2020), within 0.1 point. */
static void test_chongqing_coal_share_matches_seed(void **state)
{
    run_result *r = run_file("scenarios/chongqing-baseline.ini");
    (void)state;
    assert_float_equal(run_at(r, RV_COAL_SHARE, 2015), 49.1, 0.1);
    assert_float_equal(run_at(r, RV_COAL_SHARE, 2020), 45.8, 0.1);
    free(r);
}

/* Seed: structure 6.4:44.9:48.4 (2015; tertiary takes the rounding rest) and 7.2:40.0:52.8 (2020). */
static void test_chongqing_structure_matches_seed(void **state)
{
    run_result *r = run_file("scenarios/chongqing-baseline.ini");
    (void)state;
    assert_float_equal(run_at(r, RV_SHARE_PRIMARY, 2015), 6.4, 0.1);
    assert_float_equal(run_at(r, RV_SHARE_SECONDARY, 2015), 44.9, 0.1);
    assert_float_equal(run_at(r, RV_SHARE_PRIMARY, 2020), 7.2, 0.1);
    assert_float_equal(run_at(r, RV_SHARE_SECONDARY, 2020), 40.0, 0.1);
    assert_float_equal(run_at(r, RV_SHARE_TERTIARY, 2020), 52.8, 0.1);
    free(r);
}

/* Seed: energy intensity -19.4 % and carbon intensity -21.8 % 2015-2020 (80.6 % and 78.2 % of 2015),
 * within 0.3 point; GDP 2020 above 2.5 trillion CNY (2500 bn). */
static void test_chongqing_intensities_and_gdp_match_seed(void **state)
{
    run_result *r = run_file("scenarios/chongqing-baseline.ini");
    (void)state;
    assert_float_equal(100.0 + run_at(r, RV_EI_VS_2015, 2020), 80.6, 0.3);
    assert_float_equal(100.0 + run_at(r, RV_CI_VS_2015, 2020), 78.2, 0.3);
    assert_true(run_at(r, RV_GDP, 2020) > 2500.0);
    /* Energy plan: 88.75 Mtce in 2020; yearbook energy intensity 0.355 tce per 10k CNY. */
    assert_float_equal(run_at(r, RV_ENERGY, 2020), 88.75, 0.01);
    assert_float_equal(run_at(r, RV_EI, 2020), 0.355, 0.005);
    free(r);
}

/* Identities that could break, every year of every shipped scenario: the energy categories
 * (computed each from its own fuel) add up to total energy; gross CO2 is energy plus process CO2;
 * net is gross less the sink; final energy by sector and by fuel add to the same total. */
static void test_identities_every_year(void **state)
{
    static const char *files[] = {"scenarios/chongqing-baseline.ini", "scenarios/chongqing-peak2030.ini",
                                  "scenarios/chongqing-neutral2060.ini", "scenarios/sichuan-baseline.ini"};
    (void)state;
    for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
        run_result *r = run_file(files[f]);
        for (int i = 0; i < r->n_years; i++) {
            double cats = 0, by_sector = 0, by_fuel = 0;
            for (int v = RV_COAL; v <= RV_IMPORT_FOSSIL; v++) cats += r->v[v][i];
            for (int v = RV_FIN_AGRI; v <= RV_FIN_HOUSE; v++) by_sector += r->v[v][i];
            for (int v = RV_FIN_COAL; v <= RV_FIN_HEAT; v++) by_fuel += r->v[v][i];
            /* in double: cmocka's assert_float_equal compares floats */
            assert_true(fabs(cats - r->v[RV_ENERGY][i]) < 1e-9 * r->v[RV_ENERGY][i]);
            assert_true(fabs(by_sector - r->v[RV_FIN_TOTAL][i]) < 1e-9 * by_sector);
            assert_true(fabs(by_fuel - r->v[RV_FIN_TOTAL][i]) < 1e-9 * by_fuel);
            assert_true(fabs(r->v[RV_CO2_ENERGY][i] + r->v[RV_CO2_PROCESS][i] - r->v[RV_CO2][i]) < 1e-9);
            assert_true(fabs(r->v[RV_CO2][i] - r->v[RV_CO2_SINK][i] - r->v[RV_CO2_NET][i]) < 1e-9);
            assert_true(fabs(r->v[RV_SHARE_PRIMARY][i] + r->v[RV_SHARE_SECONDARY][i]
                             + r->v[RV_SHARE_TERTIARY][i] - 100.0) < 1e-9);
        }
        free(r);
    }
}

/* The level the inventories give: CEADs gross CO2 2015 164.2 Mt (fossil fuels and cement process,
 * shared data chongqing.csv) and the yearbook-derived energy-activity CO2 2020 158.87 Mt, each within
 * 5 % with the China-specific emission factors (the IPCC high default gave 174.4 and 171). */
static void test_chongqing_co2_level_matches_inventories(void **state)
{
    run_result *r = run_file("scenarios/chongqing-baseline.ini");
    (void)state;
    assert_float_equal(run_at(r, RV_CO2, 2015), 164.2, 0.05 * 164.2);
    assert_float_equal(run_at(r, RV_CO2_ENERGY, 2020), 158.87, 0.05 * 158.87);
    free(r);
}

/* Each of these levers, moved from the low to the high end of its plausible range (levers_list.h),
 * moves cumulative CO2 2021-2060 the way its greener direction says; the electrification levers
 * also lower final energy in 2030 when raised (electricity does more work per unit than fuel). */
static double lever_run(const scn_scenario *base, const cal_result *cal, int id, double v, int var, int year)
{
    scn_scenario *c = scn_clone(base);
    run_result *r = malloc(sizeof *r);
    pp_error err;
    double out;
    assert_int_equal(scn_lever_set(c, id, v, &err), PP_OK);
    assert_int_equal(run_scenario(c, cal, r, &err), PP_OK);
    out = var < 0 ? r->summary.cum_co2_mt : run_at(r, var, year);
    free(r);
    scn_free(c);
    return out;
}

static void test_levers_move_co2_the_greener_way(void **state)
{
    /* phys's levers (power's are tested with the power step): electrification's sign on CO2 depends
     * on the end-use ratios and on how clean the marginal electricity is (docs/model.md section 3) */
    static const int co2_levers[] = {P_INDUSTRY_HEAVY_SHARE, P_INDUSTRY_HIGHTECH_SHARE, P_EMIS_CEMENT_MT,
                                     P_BUILDINGS_HEAT_PUMP, P_BUILDINGS_GREEN_SHARE, P_EMIS_CCUS_MT,
                                     P_HEAVY_IMPROVE, P_SERVICES_IMPROVE, P_HEAVY_ELEC, P_SERVICES_ELEC,
                                     P_TRANSPORT_NEV_SHARE};
    static const int energy_levers[] = {P_HEAVY_ELEC, P_SERVICES_ELEC};
    scn_scenario *s = NULL;
    cal_result cal;
    pp_error err;
    (void)state;
    assert_int_equal(scn_load("scenarios/chongqing-baseline.ini", &s, &err), PP_OK);
    assert_int_equal(cal_calibrate(s, &cal, &err), PP_OK);
    for (size_t i = 0; i < sizeof co2_levers / sizeof co2_levers[0]; i++) {
        const pp_lever_range *lr = pp_lever_range_get(co2_levers[i]);
        double lo = lever_run(s, &cal, co2_levers[i], lr->lo, -1, 0);
        double hi = lever_run(s, &cal, co2_levers[i], lr->hi, -1, 0);
        if (!((hi - lo) * lr->greener < 0))
            fail_msg("%s: cumulative CO2 %.1f at %g, %.1f at %g: not lower at the greener end",
                     pp_param_get(co2_levers[i])->key, lo, lr->lo, hi, lr->hi);
    }
    for (size_t i = 0; i < sizeof energy_levers / sizeof energy_levers[0]; i++) {
        const pp_lever_range *lr = pp_lever_range_get(energy_levers[i]);
        double lo = lever_run(s, &cal, energy_levers[i], lr->lo, RV_FIN_TOTAL, 2030);
        double hi = lever_run(s, &cal, energy_levers[i], lr->hi, RV_FIN_TOTAL, 2030);
        if (!(hi < lo)) fail_msg("%s: final energy 2030 %.2f at %g, %.2f at %g: more electricity must need less",
                                 pp_param_get(energy_levers[i])->key, lo, lr->lo, hi, lr->hi);
    }
    scn_free(s);
}

/* The stories the files are named after. The baseline is current policy, whose peak year is an
 * outcome, not its story (with the Hami-Chongqing line and end-use gains it may come early); the
 * policy package must peak by 2030 and emit less, the deep case reach neutrality by 2060. */
static void test_chongqing_scenarios_tell_their_story(void **state)
{
    run_result *base = run_file("scenarios/chongqing-baseline.ini");
    run_result *peak = run_file("scenarios/chongqing-peak2030.ini");
    run_result *neutral = run_file("scenarios/chongqing-neutral2060.ini");
    (void)state;
    assert_true(peak->summary.peak_by_2030);
    assert_true(neutral->summary.neutral_year > 0 && neutral->summary.neutral_year <= 2060);
    assert_true(peak->summary.cum_co2_mt < base->summary.cum_co2_mt);
    assert_true(neutral->summary.cum_co2_mt < peak->summary.cum_co2_mt);
    /* policy files change only the future: history equals the baseline's */
    for (int year = 2015; year <= 2020; year++)
        assert_float_equal(run_at(peak, RV_CO2, year), run_at(base, RV_CO2, year), 1e-6);
    free(base);
    free(peak);
    free(neutral);
}

/* Sichuan: hydro-rich (hydro above 70 GW in 2020, per the 2020 news item) and a net exporter. */
static void test_sichuan_is_hydro_rich_exporter(void **state)
{
    run_result *r = run_file("scenarios/sichuan-baseline.ini");
    (void)state;
    assert_true(run_at(r, RV_CAP_HYDRO, 2020) > 70.0);
    assert_true(run_at(r, RV_IMPORT, 2020) < 0.0);
    /* CEADs 2019 energy CO2 159.3 + 66.22 + 43.87 = 269.39 Mt, reproduced by calibration */
    assert_float_equal(run_at(r, RV_CO2_ENERGY, 2019), 269.39, 0.01);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_chongqing_coal_share_matches_seed),
        cmocka_unit_test(test_chongqing_structure_matches_seed),
        cmocka_unit_test(test_chongqing_intensities_and_gdp_match_seed),
        cmocka_unit_test(test_identities_every_year),
        cmocka_unit_test(test_chongqing_co2_level_matches_inventories),
        cmocka_unit_test(test_levers_move_co2_the_greener_way),
        cmocka_unit_test(test_chongqing_scenarios_tell_their_story),
        cmocka_unit_test(test_sichuan_is_hydro_rich_exporter),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests_name("scenarios", tests, NULL, NULL);
}
