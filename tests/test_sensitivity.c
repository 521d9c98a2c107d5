/* tests/test_sensitivity.c - cmocka tests of sim/analysis/sensitivity.c: on the hand-computable
 * fixture (tests/engine_fixture.h) the effect of the GDP-growth lever is worked out by hand and the
 * sink lever moves only net CO2; on the default scenario every lever's greener end lowers
 * cumulative CO2 (the Engine v2 acceptance test - see LEVER SIGNS below). */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <gsl/gsl_errno.h>

#include "../sim/analysis/sensitivity.h"
#include "../report/error_text.h"
#include "engine_fixture.h"

/* ---- the fixture, by hand ---- */

/* In the fixture (engine_fixture.h) final energy is F = 20 * GDP/1000 + 10 Mtce (value-added
 * sectors and transport at 0.1 tce/10k CNY scale with GDP, households 10 Mtce); half of it is
 * electricity made from coal at 300 gce/kWh, half is coal: coal = F/2 + (F/2)/0.1229*0.3 =
 * 1.7205045 F Mtce, CO2 = 2.5 t/tce of it = 4.3012612 F Mt. All energy is coal (share 100 %).
 * GDP(y) = 1000 * (1 + g/100)^(y - 2020) with g the growth from 2021 on. */
#define FX_CO2_PER_MTCE (2.5 * (0.5 + 0.5 / 0.1229 * 0.3))

static double fx_co2(double g_pct, int year)
{
    double gdp = 1000.0 * pow(1.0 + g_pct / 100.0, year - 2020);
    return FX_CO2_PER_MTCE * (20.0 * gdp / 1000.0 + 10.0);
}

static double fx_cum(double g_pct)
{
    double sum = 0;
    for (int y = 2021; y <= 2030; y++) sum += fx_co2(g_pct, y);
    return sum;
}

/* The fixture with growth given as one point after history (2021: 5 %/yr, so constant from 2021
 * and moved whole by the lever) and a sink path that the sink lever can move. */
static scn_scenario *fixture(void)
{
    scn_scenario *s = fx_make();
    static const double growth[] = {2021, 5.0};
    static const double sink[] = {2021, 1.0};
    fx_path(s, P_ECONOMY_GDP_GROWTH, 1, growth);
    fx_path(s, P_EMIS_SINK_MT, 1, sink);
    return s;
}

static const sens_lever *find(const sens_result *r, int id)
{
    for (int i = 0; i < r->n; i++)
        if (r->lever[i].lever == id) return &r->lever[i];
    fail_msg("lever %d not in the sensitivity table", id);
    return NULL;
}

/* As given: still rising (no peak), 2030 the maximum: 4.3012612 * (20 * 1.628895 + 10) = 183.14 Mt;
 * cumulative 2021-2030 = 4.3012612 * (20 * 13.206787 + 100) = 1566.24 Mt. */
static void test_sens_fixture_as_given(void **state)
{
    scn_scenario *s = fixture();
    sens_result *r = malloc(sizeof *r);
    pp_error err;
    (void)state;
    assert_int_equal(sens_run(s, r, &err), PP_OK);
    assert_false(r->given.peak_reached);
    assert_true(r->given.v[SENS_PEAK_YEAR] == 2030);
    assert_true(fabs(r->given.v[SENS_PEAK_MT] - fx_co2(5, 2030)) < 1e-6);
    assert_true(fabs(r->given.v[SENS_CUM_CO2] - fx_cum(5)) < 1e-6);
    assert_true(fabs(r->given.v[SENS_COAL_2030] - 100.0) < 1e-9);
    {
        int ok_ends = 0; /* every end the scenario took ran once, plus the run as given */
        for (int i = 0; i < r->n; i++) ok_ends += r->lever[i].ok[SENS_LOW] + r->lever[i].ok[SENS_HIGH];
        assert_true(r->runs >= 1 + ok_ends && r->runs <= 1 + 2 * r->n);
    }
    free(r);
    free(s);
}

/* GDP growth at the plausible ends 3 and 6.5 %/yr instead of 5: the changes follow from the hand
 * formula, e.g. at 3 %: CO2 2030 = 4.3012612 * (20 * 1.343916 + 10) = 158.63 Mt, 24.51 Mt less;
 * cumulative 1446.0 Mt, 120.3 Mt less. The low end is the greener one and lowers cumulative CO2;
 * the coal share stays 100 %. */
static void test_sens_fixture_gdp_growth_by_hand(void **state)
{
    scn_scenario *s = fixture();
    sens_result *r = malloc(sizeof *r);
    const sens_lever *l;
    pp_error err;
    static const double g[SENS_ENDS] = {3.0, 6.5};
    (void)state;
    assert_int_equal(sens_run(s, r, &err), PP_OK);
    l = find(r, P_ECONOMY_GDP_GROWTH);
    assert_true(l->value_given == 5.0);
    assert_int_equal(sens_greener_end(l), SENS_LOW);
    for (int k = 0; k < SENS_ENDS; k++) {
        assert_true(l->ok[k]);
        assert_true(l->value[k] == g[k]);
        assert_true(fabs(l->delta[k][SENS_CO2_2030] - (fx_co2(g[k], 2030) - fx_co2(5, 2030))) < 1e-6);
        assert_true(fabs(l->delta[k][SENS_PEAK_MT] - (fx_co2(g[k], 2030) - fx_co2(5, 2030))) < 1e-6);
        assert_true(fabs(l->delta[k][SENS_CUM_CO2] - (fx_cum(g[k]) - fx_cum(5))) < 1e-6);
        assert_true(fabs(l->delta[k][SENS_COAL_2030]) < 1e-9);
        assert_true(l->delta[k][SENS_PEAK_YEAR] == 0); /* still rising either way */
    }
    /* the numbers in the comment, as a check on the formula itself */
    assert_true(fabs((fx_co2(3, 2030) - fx_co2(5, 2030)) - -24.51) < 0.01);
    assert_true(fabs((fx_cum(3) - fx_cum(5)) - -120.3) < 0.1);
    assert_true(l->delta[SENS_LOW][SENS_CUM_CO2] < 0 && l->delta[SENS_HIGH][SENS_CUM_CO2] > 0);
    free(r);
    free(s);
}

/* The forest sink at 12 and 22 Mt instead of 1: gross CO2 does not move at all (sinks are counted
 * after gross CO2), net CO2 falls by the sink's change in every year 2021-2030: 10 * (12 - 1) =
 * 110 Mt and 10 * (22 - 1) = 210 Mt less. */
static void test_sens_fixture_sink_moves_only_net(void **state)
{
    scn_scenario *s = fixture();
    sens_result *r = malloc(sizeof *r);
    const sens_lever *l;
    pp_error err;
    (void)state;
    assert_int_equal(sens_run(s, r, &err), PP_OK);
    l = find(r, P_EMIS_SINK_MT);
    for (int k = 0; k < SENS_ENDS; k++) {
        assert_true(l->ok[k]);
        for (int m = 0; m < SENS_METRIC_COUNT; m++)
            if (m != SENS_CUM_NET) assert_true(l->delta[k][m] == 0.0);
    }
    assert_true(fabs(l->delta[SENS_LOW][SENS_CUM_NET] - -110.0) < 1e-9);
    assert_true(fabs(l->delta[SENS_HIGH][SENS_CUM_NET] - -210.0) < 1e-9);
    free(r);
    free(s);
}

/* Every lever with a plausible range is in the table once, in schema order, with its own ends. */
static void test_sens_lists_every_lever(void **state)
{
    scn_scenario *s = fixture();
    sens_result *r = malloc(sizeof *r);
    pp_error err;
    int n = 0;
    (void)state;
    assert_int_equal(sens_run(s, r, &err), PP_OK);
    for (int id = 0; id < P_COUNT; id++) {
        const pp_lever_range *lr = pp_lever_range_get(id);
        if (!lr) continue;
        assert_true(n < r->n);
        assert_int_equal(r->lever[n].lever, id);
        assert_true(r->lever[n].value[SENS_LOW] == lr->lo && r->lever[n].value[SENS_HIGH] == lr->hi);
        n++;
    }
    assert_int_equal(n, r->n);
    assert_null(sens_metric_name(SENS_METRIC_COUNT));
    free(r);
    free(s);
}

/* ---- LEVER SIGNS: the Engine v2 acceptance test ----
 * On the default scenario, every lever moved to the greener end of its plausible range lowers
 * cumulative CO2 2021-2060 (gross, or net for a lever that acts after gross CO2, like the sink),
 * and the scenario accepts that value. (It failed on the model before Engine v2: heavy-industry
 * electrification raised CO2, solar and wind at their plausible tops were refused, CCUS changed
 * nothing.) */
static void test_sens_default_greener_end_lowers_cumulative_co2(void **state)
{
    scn_scenario *s = NULL;
    sens_result *r = malloc(sizeof *r);
    pp_error err;
    int bad = 0;
    (void)state;
    assert_int_equal(scn_load("scenarios/chongqing-baseline.ini", &s, &err), PP_OK);
    assert_int_equal(sens_run(s, r, &err), PP_OK);
    for (int i = 0; i < r->n; i++) {
        const sens_lever *l = &r->lever[i];
        const pp_param *p = pp_param_get(l->lever);
        int k = sens_greener_end(l);
        double gross = l->delta[k][SENS_CUM_CO2], net = l->delta[k][SENS_CUM_NET];
        if ((l->value[k] - l->value_given) * l->greener <= 0) continue; /* already at or past that end */
        if (!l->ok[k]) {
            print_error("%s.%s = %g refused: %s\n", p->section, p->key, l->value[k], ERROR_MSG_EN(&l->refusal[k]));
            bad++;
        } else if (pp_lever_range_get(l->lever)->co2_neutral) {
            /* A CO2-neutral lever (PP_LEVER_AIR: an end-of-pipe retrofit) cannot lower CO2, so the
             * CO2 rule becomes: it must not move CO2 at all (never raise it, and a change would mean
             * the model gave it an energy effect it does not document), and its greener end must
             * lower what it is for, the pollutants (their cumulative health damage). */
            if (gross != 0 || net != 0 || !(l->air_delta_bn[k] < 0)) {
                print_error("%s.%s = %g (air lever, greener end): CO2 %+.3f Mt gross, %+.3f Mt net, health "
                            "damage %+.3f bn CNY\n", p->section, p->key, l->value[k], gross, net, l->air_delta_bn[k]);
                bad++;
            }
        } else if (!(gross < 0 || (gross == 0 && net < 0))) {
            print_error("%s.%s = %g (greener end) changes cumulative CO2 by %+.1f Mt gross, %+.1f Mt net\n",
                        p->section, p->key, l->value[k], gross, net);
            bad++;
        }
    }
    scn_free(s);
    free(r);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sens_fixture_as_given),
        cmocka_unit_test(test_sens_fixture_gdp_growth_by_hand),
        cmocka_unit_test(test_sens_fixture_sink_moves_only_net),
        cmocka_unit_test(test_sens_lists_every_lever),
        cmocka_unit_test(test_sens_default_greener_end_lowers_cumulative_co2),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests_name("sensitivity", tests, NULL, NULL);
}
