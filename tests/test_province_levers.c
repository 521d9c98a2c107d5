/* tests/test_province_levers.c - issue 16: every shipped province passes the Engine v2 lever-sign
 * test (each lever moved to the greener end of its plausible range lowers cumulative CO2 2021-2060,
 * gross, or net for the sink), and Shanxi reproduces its published figures
 * (../shared/data/other-provinces.csv, copied into the comments below); exports by source. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include <gsl/gsl_errno.h>

#include "../sim/analysis/sensitivity.h"
#include "../report/error_text.h"
#include "../sim/model/run.h"
#include "../sim/scenario/scenario.h"

/* Counts the levers whose greener end does not lower cumulative CO2 (skipping a lever already at
 * or past that end: the plausible ranges are Chongqing's, and a province can be beyond them). */
static int wrong_signs(const char *file)
{
    scn_scenario *s = NULL;
    sens_result *r = malloc(sizeof *r);
    pp_error err;
    int bad = 0;
    assert_non_null(r);
    assert_int_equal(scn_load(file, &s, &err), PP_OK);
    assert_int_equal(sens_run(s, r, &err), PP_OK);
    for (int i = 0; i < r->n; i++) {
        const sens_lever *l = &r->lever[i];
        const pp_param *p = pp_param_get(l->lever);
        int k = sens_greener_end(l);
        double gross = l->delta[k][SENS_CUM_CO2], net = l->delta[k][SENS_CUM_NET];
        if ((l->value[k] - l->value_given) * l->greener <= 0) continue;
        if (!l->ok[k]) {
            print_error("%s: %s.%s = %g refused: %s\n", file, p->section, p->key, l->value[k], ERROR_MSG_EN(&l->refusal[k]));
            bad++;
        } else if (pp_lever_range_get(l->lever)->co2_neutral) { /* air lever: CO2 unchanged, pollutants down */
            if (gross != 0 || net != 0 || !(l->air_delta_bn[k] < 0)) {
                print_error("%s: %s.%s = %g (air lever) moves CO2 or does not lower the health damage\n", file,
                            p->section, p->key, l->value[k]);
                bad++;
            }
        } else if (!(gross < 0 || (gross == 0 && net < 0))) {
            print_error("%s: %s.%s = %g (greener end) changes cumulative CO2 by %+.1f Mt gross, %+.1f Mt net\n",
                        file, p->section, p->key, l->value[k], gross, net);
            bad++;
        }
    }
    scn_free(s);
    free(r);
    return bad;
}

static void test_shanxi_lever_signs(void **state) { (void)state; assert_int_equal(wrong_signs("scenarios/shanxi-baseline.ini"), 0); }
static void test_sichuan_lever_signs(void **state) { (void)state; assert_int_equal(wrong_signs("scenarios/sichuan-baseline.ini"), 0); }
static void test_template_lever_signs(void **state) { (void)state; assert_int_equal(wrong_signs("scenarios/template-province.ini"), 0); }

/* Shanxi against its published figures (docs/data/shanxi-observed.csv, sources in
 * scenarios/shanxi-baseline.ini; revised basis):
 *   energy use 193.84 / 200.57 / 208.59 Mtce in 2015 / 2017 / 2019 (yearbook series)  within 0.5 %
 *   energy use 2020: 208.59 x 1.006 (NBS bulletin: +0.6 %) = 209.84 Mtce               within 0.5 %
 *   energy intensity 2020 vs 2015: 209.84 / 193.84 / 1.3126 (real GDP 2016-2020:
 *     1.045 x 1.070 x 1.067 x 1.062 x 1.036) = 82.47 % of 2015, i.e. -17.5 %          within 0.5 pt
 *   energy intensity 2020 -2.88 %, energy use 2020 +0.6 % (NBS bulletin)               within 0.5 pt
 *   structure 2015 6.1 : 44.1 : 49.8 and 2019 4.9 : 44.0 : 51.1 (revised), 2020
 *     5.4 : 43.4 : 51.2 (Shanxi Bureau of Statistics, 2022)                            within 0.5 pt
 *   coal share of energy use 2017 86.42 % (energy-revolution study)                    within 0.5 pt
 *   CO2 2015 461.61 Mt, CEADs total with cement process                                within 10 %
 *   CO2 2019 564.86 Mt, CEADs: not reachable together with the published energy use
 *     (+7.6 % 2015-2019 while CEADs' coal CO2 rises +22.6 %: coke and power sent out that
 *     the balance deducts), so only bounded: 10 to 20 % below
 *   2021-2023 (re-examining the peak): intensity -10.9 % (press conference) at real GDP
 *     1.091 x 1.044 x 1.050 = 1.196 gives 209.84 x 1.196 x 0.891 = 223.6 Mtce in 2023     within 3 %,
 *     and CO2 rising from 2020 to 2023 like the coal output: no peak before 2023 */
static void test_shanxi_reproduces_published_figures(void **state)
{
    scn_scenario *s = NULL;
    run_result *r = malloc(sizeof *r);
    pp_error err;
    (void)state;
    assert_non_null(r);
    assert_int_equal(scn_load("scenarios/shanxi-baseline.ini", &s, &err), PP_OK);
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    assert_true(fabs(run_at(r, RV_ENERGY, 2015) / 193.84 - 1) <= 0.005);
    assert_true(fabs(run_at(r, RV_ENERGY, 2017) / 200.57 - 1) <= 0.005);
    assert_true(fabs(run_at(r, RV_ENERGY, 2019) / 208.59 - 1) <= 0.005);
    assert_true(fabs(run_at(r, RV_ENERGY, 2020) / 209.84 - 1) <= 0.005);
    assert_true(fabs(100.0 * run_at(r, RV_EI, 2020) / run_at(r, RV_EI, 2015) - 82.47) <= 0.5);
    assert_true(fabs(100.0 * (run_at(r, RV_EI, 2020) / run_at(r, RV_EI, 2019) - 1) - -2.88) <= 0.5);
    assert_true(fabs(100.0 * (run_at(r, RV_ENERGY, 2020) / run_at(r, RV_ENERGY, 2019) - 1) - 0.6) <= 0.5);
    assert_true(fabs(run_at(r, RV_SHARE_PRIMARY, 2015) - 6.1) <= 0.5);
    assert_true(fabs(run_at(r, RV_SHARE_SECONDARY, 2015) - 44.1) <= 0.5);
    assert_true(fabs(run_at(r, RV_SHARE_TERTIARY, 2015) - 49.8) <= 0.5);
    assert_true(fabs(run_at(r, RV_SHARE_SECONDARY, 2019) - 44.0) <= 0.5);
    assert_true(fabs(run_at(r, RV_SHARE_TERTIARY, 2019) - 51.1) <= 0.5);
    assert_true(fabs(run_at(r, RV_SHARE_PRIMARY, 2020) - 5.4) <= 0.5);
    assert_true(fabs(run_at(r, RV_SHARE_SECONDARY, 2020) - 43.4) <= 0.5);
    assert_true(fabs(run_at(r, RV_SHARE_TERTIARY, 2020) - 51.2) <= 0.5);
    assert_true(fabs(run_at(r, RV_COAL_SHARE, 2017) - 86.42) <= 0.5);
    assert_true(fabs(run_at(r, RV_CO2, 2015) / 461.61 - 1) <= 0.10);
    assert_true(run_at(r, RV_CO2, 2019) / 564.86 - 1 <= -0.10 && run_at(r, RV_CO2, 2019) / 564.86 - 1 >= -0.20);
    assert_true(fabs(run_at(r, RV_ENERGY, 2023) / 223.6 - 1) <= 0.03);
    assert_true(run_at(r, RV_CO2, 2021) > run_at(r, RV_CO2, 2020));
    assert_true(run_at(r, RV_CO2, 2023) > run_at(r, RV_CO2, 2021));
    assert_true(r->summary.peak_year >= 2023);
    scn_free(s);
    free(r);
}

/* Exports by source: Sichuan sends 130 TWh out in 2019 and its hydro makes 335.4 TWh; with
 * power.export_hydro_pct = 40 the dedicated 134.2 TWh exceed the exports, so all 130 TWh are hydro
 * and leave the non-fossil category alone: non-fossil energy = (local non-fossil generation - 130)
 * x 0.307 Mtce/TWh (coal rate 307 gce/kWh in 2019), against the proportional split's
 * non-fossil generation x (1 - 130 / local generation) x 0.307. Total energy is the same. */
static void test_exports_by_source(void **state)
{
    static const char text[] = "[scenario]\nname = x\nregion = Sichuan\ninherit = sichuan-baseline.ini\n"
                               "[power]\nexport_hydro_pct = 40\n";
    scn_scenario *base = NULL, *dedicated = NULL;
    run_result *rb = malloc(sizeof *rb), *rd = malloc(sizeof *rd);
    pp_error err;
    double nonfossil_gen = 0, local = 0;
    (void)state;
    assert_non_null(rb);
    assert_non_null(rd);
    assert_int_equal(scn_load("scenarios/sichuan-baseline.ini", &base, &err), PP_OK);
    assert_int_equal(scn_load_string(text, "scenarios/x.ini", "scenarios", &dedicated, &err), PP_OK);
    assert_int_equal(run_simulate(base, rb, &err), PP_OK);
    assert_int_equal(run_simulate(dedicated, rd, &err), PP_OK);
    assert_float_equal(run_at(rd, RV_IMPORT, 2019), -130, 1e-9);
    for (int v = RV_GEN_HYDRO; v <= RV_GEN_NUCLEAR; v++) nonfossil_gen += run_at(rd, v, 2019);
    for (int v = RV_GEN_HYDRO; v <= RV_GEN_COAL; v++) local += run_at(rd, v, 2019);
    assert_float_equal(run_at(rd, RV_NONFOSSIL, 2019), (nonfossil_gen - 130) * 0.307, 1e-6);
    assert_float_equal(run_at(rb, RV_NONFOSSIL, 2019), nonfossil_gen * (1 - 130 / local) * 0.307, 1e-6);
    assert_float_equal(run_at(rd, RV_ENERGY, 2019), run_at(rb, RV_ENERGY, 2019), 1e-6);
    assert_true(run_at(rd, RV_NONFOSSIL_SHARE, 2019) < run_at(rb, RV_NONFOSSIL_SHARE, 2019) - 1);
    scn_free(base);
    scn_free(dedicated);
    free(rb);
    free(rd);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shanxi_reproduces_published_figures),
        cmocka_unit_test(test_shanxi_lever_signs),
        cmocka_unit_test(test_sichuan_lever_signs),
        cmocka_unit_test(test_template_lever_signs),
        cmocka_unit_test(test_exports_by_source),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
